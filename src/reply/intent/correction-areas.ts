/**
 * Area changes in a reply. A labelled "Areas:" line is the whole new list; in prose each area
 * mention takes the intent of the nearest cue before it ("add", "remove", "only", "not") or just
 * after it ("Africa too", "Africa instead"), so "please add Africa and remove Europe" reads as two
 * changes. The area names and their synonyms come from the statement reader's lexicon.
 */
import { AREA_TERMS, HOME_BEFORE, ORG_AFTER, ORG_BEFORE } from '../../statement/fields/area-lexicon.js';
import { areasInLabel } from '../../statement/fields/areas.js';
import { readLabels } from '../../statement/fields/labels.js';
import { AREAS, type Area } from '../../statement/types.js';
import { clauseBefore, NEGATION, ownText, plain, plainSentences } from './text.js';

export interface AreaChange {
  areas?: Area[];
  areasAdd?: Area[];
  areasRemove?: Area[];
}

type Intent = 'set' | 'add' | 'remove';
/** An interest ('I would like Africa') adds unless the clause says it is the only one; a doubt decides nothing. */
type Cue = Intent | 'want' | 'doubt';

const w = (alt: string) => new RegExp(String.raw`(?<![\p{L}])(?:${alt})(?![\p{L}])`, 'gu');
/** Cues before a mention, folded. "not only" is listed as an addition so it beats "not" and "only". */
const CUES: ReadonlyArray<[Cue, RegExp]> = [
  ['doubt', w(String.raw`not sure (?:about|of|if|whether)|unsure (?:about|of)|wonder(?:ing)? (?:about|whether|if)|no (?:estoy )?segur[oa] (?:de|sobre)|pas sure? (?:de|pour)|je me demande`)],
  ['add', w(String.raw`not only|not just|no solo|no solamente|pas seulement|non seulement|add|adding|also|include|including|in addition(?: to)?|as well as|anad\p{L}*|agreg\p{L}*|inclu(?:ir|ya|yan)|tambien|ademas|ajout\p{L}*|inclure|aussi|egalement`)],
  ['want', w(String.raw`interested in|interest in|would like|i'd like|want|prefer|keen on|chose|selected|picked|applied for|me interesa|quisiera|prefiero|elegi|m'interesse|interessee? par|voudrais|aimerais|prefere|j'ai choisi`)],
  ['set', w(String.raw`only|just|solely|exclusively|i meant|meant|quise decir|je voulais dire|should be|should read|should say|(?:change|correct)(?: it| them| this| that| my areas?)? to|replac\p{L}*(?: it| them| this| that)? (?:with|by)|my (?:only )?areas? (?:of interest )?(?:is|are|would be)|(?:the )?correct areas? (?:is|are)|solo|solamente|unicamente|deberia ser|deberian ser|cambiar(?:lo|la|las|los)? (?:a|por)|mis areas son|mi area es|seulement|uniquement|devrai(?:en)?t etre|remplacer par|mes domaines sont|mon domaine est`)],
  ['remove', w(String.raw`remove|delete|drop|take (?:out|off)|exclude|not|no longer|don't|do not|no|without|instead of|rather than|quit(?:ar|e|en)|elimin\p{L}*|borr(?:ar|e|en)|sac(?:ar|que|quen)|excluir|ya no|sin|ni|en lugar de|en vez de|retirer|retirez|supprimer|supprimez|enlever|enlevez|oter|exclure|sans|au lieu de|plutot que|ne m'interesse(?:nt)? plus`)],
];
/** Cues right after a mention; they outrank the ones before it. */
const AFTER: ReadonlyArray<[Intent, RegExp]> = [
  ['set', /^\s*,?\s*(?:instead|en cambio|en su lugar|a la place|plutot)(?![\p{L}])(?!\s+(?:of|de|que))/u],
  ['add', /^\s*,?\s*(?:too|as well|also|tambien|aussi|egalement|(?:is|was|are|were) (?:missing|left out|omitted|not listed)|falta|manque)(?![\p{L}])/u],
  ['remove', /^\s*(?:is|was|are|were) (?:wrong|incorrect|a mistake|an error|not (?:right|correct))|^\s*(?:should(?: not|n't) be (?:there|included|listed))|^\s*(?:esta mal|no es correct|est une erreur|n'est pas correct)/u],
];
const ONLY = new RegExp(String.raw`(?<![\p{L}])(?:only|just|solely|exclusively|solo|solamente|unicamente|seulement|uniquement)(?![\p{L}])`, 'u');
/** "Africa, not Europe", "Africa instead of Europe": an addition, unless a cue before says otherwise. */
const CONTRAST_AFTER = /^\s*,?\s*(?:not|no|ni|pas|and not|y no|et non|instead of|rather than|en lugar de|en vez de|au lieu de|plutot que)(?![\p{L}])/u;
/** What may sit between areas in a bare list line: "Europe, Sister Libraries and Africa". */
const LIST_GLUE = /^[\s,;/&+.!\-–]*(?:(?:and|y|e|et|or|o|ou|the|la|las|los|el|le|les|l'|just|only|solo|seulement|please|thanks|thank you|por favor|gracias|merci|s'il vous plait)[\s,;/&+.!\-–]*)*$/u;

const TERMS = AREA_TERMS.map((t, i) => ({ area: t.area, region: i < 6, re: w(`${t.canonical}|${t.synonyms}`) }));

interface Mention {
  area: Area;
  start: number;
  end: number;
}

export function areaCorrection(text: string): AreaChange {
  const labelled = readLabels(ownText(text)).areas;
  // "Areas: Europe, Africa" is the new list; "Areas: please add Africa" is prose under a label.
  if (labelled !== undefined && !CUES.some(([, re]) => reset(re).test(plain(labelled)))) {
    const areas = areasInLabel(labelled);
    if (areas.length > 0) return { areas };
  }
  const intents = new Map<Area, Intent>();
  for (const sentence of plainSentences(text)) {
    const mentions = findMentions(sentence);
    const bareList = mentions.length > 0 && LIST_GLUE.test(stripMentions(sentence, mentions));
    for (const m of mentions) {
      const intent = bareList ? 'set' : intentOf(sentence, m);
      // The last word on an area wins: "add Africa … actually, no Africa".
      if (intent) intents.set(m.area, intent);
    }
  }
  return toChange(intents);
}

function findMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const t of TERMS) {
    for (const m of sentence.matchAll(reset(t.re))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "I am based in Europe", "the East Asia Library": a place, not a wish.
      const before = sentence.slice(Math.max(0, start - 60), start);
      if (t.region && (HOME_BEFORE.test(before) || ORG_BEFORE.test(before) || ORG_AFTER.test(sentence.slice(end)))) continue;
      out.push({ area: t.area, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function intentOf(sentence: string, m: Mention): Intent | null {
  const after = sentence.slice(m.end, m.end + 40);
  const next = AFTER.find(([, re]) => re.test(after));
  if (next) return next[0];
  const cue = nearestCueBefore(sentence, m.start);
  if (!cue) return CONTRAST_AFTER.test(after) ? 'add' : null;
  if (cue.intent === 'doubt') return null;
  if (cue.intent === 'set' || cue.intent === 'remove') return cue.intent;
  const clause = clauseBefore(sentence, m.start);
  // "I am no longer interested in Europe": an addition under a negation is a removal.
  if (NEGATION.test(clause.replace(/not only|not just|no solo|pas seulement|non seulement/g, ''))) return 'remove';
  return cue.intent === 'want' && ONLY.test(clause) ? 'set' : 'add';
}

/** The cue ending closest before `at`; on a tie the longer one ("not only" over "only"). */
function nearestCueBefore(sentence: string, at: number): { intent: Cue; end: number; length: number } | null {
  let best: { intent: Cue; end: number; length: number } | null = null;
  for (const [intent, re] of CUES) {
    for (const c of sentence.slice(0, at).matchAll(reset(re))) {
      const end = (c.index ?? 0) + c[0].length;
      if (!best || end > best.end || (end === best.end && c[0].length > best.length)) best = { intent, end, length: c[0].length };
    }
  }
  return best;
}

function stripMentions(sentence: string, mentions: Mention[]): string {
  let out = sentence;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) out = out.slice(0, m.start) + ' ' + out.slice(m.end);
  return out.replace(/(?<![\p{L}])(?:areas?|regions?|areas? de interes|domaines?|committees?|comites?)(?![\p{L}])/gu, ' ');
}

function toChange(intents: Map<Area, Intent>): AreaChange {
  const pick = (want: Intent) => AREAS.filter((a) => intents.get(a) === want);
  const [set, add, remove] = [pick('set'), pick('add'), pick('remove')];
  // A new list was given: additions join it, and removals are already left out.
  if (set.length > 0) return { areas: AREAS.filter((a) => set.includes(a) || add.includes(a)) };
  return { ...(add.length > 0 && { areasAdd: add }), ...(remove.length > 0 && { areasRemove: remove }) };
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}
