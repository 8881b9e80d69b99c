/**
 * The areas an applicant asks for. A labelled "Areas:" line is taken as written; otherwise each
 * mention is weighed in its sentence: the program's own area name counts at once, another name
 * for it counts when the sentence is about the writer's interest, and a region inside an
 * institution's name, a time zone or the writer's home counts for nothing.
 */
import { AREAS, type Area } from '../types.js';
import { AREA_TERMS, HOME_BEFORE, INTEREST, NEGATED_BEFORE, ORG_AFTER, ORG_BEFORE, type AreaTerms } from './area-lexicon.js';
import { findCityCountries, findCountries } from './countries.js';
import { readLabels } from './labels.js';
import { fold, sentences } from './text.js';

const THRESHOLD = 2;
const PROGRAM_LIST = 5;
const NO_PREFERENCE = /(?<![\p{L}])(?:no (?:particular |strong )?preference|any|open|none|sin preferencia|indiferente|aucune preference|committee|comite)(?![\p{L}])/u;
const AREA_WORD_AFTER = /^\s+(?:area|region|sub-?committee|committee)(?![\p{L}])/u;
/** The words between a country and a region that places it: ", ", " in the ", ", in West ". */
const LOCATING = /(?:,\s*|\s+)(?:(?:which|that) is |a country )?(?:in |of )?(?:the )?(?:(?:north|south|east|west|central|southern|northern|eastern|western|sub-saharan)[- ]?)*\s*$/u;
const AREA_WORD_BEFORE = /(?:areas?|regions?|area de|zone) (?:of |de |du |des )?(?:the |las |los |les |la |l')?$/u;

interface Compiled {
  area: Area;
  /** Regions can sit inside names and addresses; the two committees cannot. */
  region: boolean;
  canonical: RegExp;
  synonyms: RegExp;
}

const COMPILED: Compiled[] = AREA_TERMS.map((t) => compile(t));

function compile(t: AreaTerms): Compiled {
  const wrap = (alt: string) => new RegExp(String.raw`(?<![\p{L}])(?:${alt})(?![\p{L}])`, 'gu');
  const region = t.area !== 'Sister Libraries' && t.area !== 'International Exchanges';
  return { area: t.area, region, canonical: wrap(t.canonical), synonyms: wrap(t.synonyms) };
}

/** Areas for a statement, with the cover note as a fallback; always in AREAS order. */
export function extractAreas(statement: string, cover: string): Area[] {
  const labelled = readLabels(statement).areas;
  if (labelled !== undefined) {
    const fromLabel = areasInLabel(labelled);
    if (fromLabel.length > 0 || NO_PREFERENCE.test(fold(labelled))) return fromLabel;
  }
  const found = areasInProse(statement);
  return found.length > 0 || cover === statement ? found : areasInProse(cover);
}

/** Every area named anywhere in a labelled value ("Africa; IRRT Sister Libraries Committee"). */
export function areasInLabel(value: string): Area[] {
  const v = fold(value);
  const hit = COMPILED.filter((c) => reset(c.canonical).test(v) || reset(c.synonyms).test(v)).map((c) => c.area);
  return inOrder(hit);
}

/** Areas whose summed per-sentence weight reaches THRESHOLD. */
export function areasInProse(text: string): Area[] {
  const totals = new Map<Area, number>();
  for (const sentence of sentences(text).map(fold)) {
    const weights = COMPILED.map((c) => [c.area, sentenceWeight(sentence, c)] as const).filter(([, w]) => w > 0);
    // A sentence naming most areas is the call's own list ("Africa, Americas, East Asia…"), not a choice.
    if (weights.length >= PROGRAM_LIST) continue;
    for (const [area, w] of weights) totals.set(area, (totals.get(area) ?? 0) + w);
  }
  return inOrder([...totals].filter(([, w]) => w >= THRESHOLD).map(([a]) => a));
}

/** The strongest mention of one area in one sentence: 3 named, 2 with interest, 1 in passing, 0 excluded. */
export function sentenceWeight(sentence: string, c: Compiled): number {
  const interest = INTEREST.test(sentence);
  let best = 0;
  for (const [re, canonical] of [[c.canonical, true], [c.synonyms, false]] as const) {
    for (const m of sentence.matchAll(reset(re))) {
      const at = m.index ?? 0;
      const before = sentence.slice(Math.max(0, at - 60), at);
      const after = sentence.slice(at + m[0].length, at + m[0].length + 30);
      if (excluded(before, after, c.region)) continue;
      const named = canonical || AREA_WORD_AFTER.test(after) || AREA_WORD_BEFORE.test(before);
      best = Math.max(best, named ? 3 : interest ? 2 : 1);
    }
  }
  return best;
}

function excluded(before: string, after: string, region: boolean): boolean {
  if (!region) return NEGATED_BEFORE.test(before);
  return ORG_AFTER.test(after) || ORG_BEFORE.test(before) || HOME_BEFORE.test(before) || NEGATED_BEFORE.test(before) || locatesCountry(before);
}

/** "Nigeria in West Africa", "Nairobi, Kenya, East Africa": the region only says where a country is. */
function locatesCountry(before: string): boolean {
  const m = LOCATING.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index);
  return [...findCountries(head), ...findCityCountries(head)].some((h) => h.index + h.length === head.length);
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}

function inOrder(areas: Area[]): Area[] {
  return AREAS.filter((a) => areas.includes(a));
}
