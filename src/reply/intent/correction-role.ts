/**
 * The role a correction asks for. A reply says it differently from a statement: "I am a mentee",
 * "it should be mentor", "not a mentor", and it often names the wrong role the bot recorded
 * ("you have me down as a mentor"), which must not count as a claim.
 */
import { readLabels } from '../../statement/fields/labels.js';
import { MENTEE_WORD, MENTOR_WORD, NEGATION as ROLE_NEGATION } from '../../statement/fields/role-patterns.js';
import { readMention, roleOfLabel, saysEither } from '../../statement/fields/role.js';
import { ownText } from './text.js';

export type Side = 'mentor' | 'mentee';
type Score = Record<Side, number>;

const ARTICLE = String.raw`\s*(?:(?:not|no|pas)\s+)?(?:an?|un|una|une|the|el|la|le)?\s*$`;
/** A change asked for: "should be", "change it to", "please register me as". */
const CHANGE_TO = new RegExp(String.raw`(?:^|[^\p{L}])(?:should (?:be|say|read)|must be|(?:change|switch|correct|move|update)(?: it| this| that| me| my role)? (?:to|into)|(?:please |could you |can you )(?:register|put|list|mark|sign|enroll|record|change|switch|move) me (?:down |up )?as|deber[ií]a (?:ser|decir)|cambi(?:ar|e|en)(?:me|lo)? (?:a|por)|devrait être|chang(?:er|ez)(?:-moi)? (?:pour|en))${ARTICLE}`, 'u');
/** The writer about themself, now: "I am a mentee", "soy mentora", "je suis mentor", "I'm not a mentor". */
const I_AM = new RegExp(String.raw`(?:^|[^\p{L}])(?:i am|i['’]m|soy|je suis|je ne suis|my role is|mi rol es|mon rôle est)${ARTICLE}`, 'u');
/** The bot's record, not a claim: "you have me down as a", "your email says", "it lists me as". */
const RECORD = /(?:^|[^\p{L}])(?:you|your [\p{L}]+|it|the (?:email|e-mail|message|acknowledg\p{L}*|list|summary))(?:\s+(?:have|had|'ve|has))?\s+(?:listed|registered|recorded|entered|put|marked|got|noted|classified|identified|wrote|written|write|say|says|said|show|shows|list|lists|understood|took|have|has|had)(?: me)?(?: down)?(?: as)?\s*(?:an?|un|una|une)?\s*$/u;
/** Said of a role word just named: "mentor is wrong", "mentee is missing". */
const WRONG_AFTER = /^\s*(?:is|was)\s+(?:wrong|incorrect|a mistake|an error|not (?:right|correct))|^\s*(?:est|es)\s+(?:incorrect|faux|une erreur|un error|incorrecto)/u;
const WRONG = /(?<![\p{L}])(?:wrong|incorrect|mistake|error|not right|not correct|equivoc\p{L}*|erreur|faux)(?![\p{L}])/u;

const MENTOR_RE = new RegExp(MENTOR_WORD, 'gu');
const MENTEE_RE = new RegExp(MENTEE_WORD, 'gu');

/** Role wanted, or undefined when the reply does not say (or says either is fine). */
export function roleCorrection(text: string): Side | undefined {
  const own = ownText(text);
  const labelled = readLabels(own).role;
  const fromLabel = labelled ? roleOfLabel(labelled) : null;
  if (fromLabel === 'mentor' || fromLabel === 'mentee') return fromLabel;
  if (saysEither(own.toLowerCase())) return undefined;
  const score: Score = { mentor: 0, mentee: 0 };
  // Accents kept (lower case only): French 'mentore' and 'mentorée' differ only by one.
  for (const sentence of own.toLowerCase().split(/\n|(?<=[.!?])\s+/)) scoreSentence(sentence, score);
  const lead = score.mentor - score.mentee;
  if (Math.max(score.mentor, score.mentee) < 2 || Math.abs(lead) < 2) return undefined;
  return lead > 0 ? 'mentor' : 'mentee';
}

function scoreSentence(sentence: string, score: Score): void {
  let recorded: Side | null = null;
  for (const [re, side] of [[MENTOR_RE, 'mentor'], [MENTEE_RE, 'mentee']] as const) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      const before = sentence.slice(Math.max(0, at - 80), at);
      const after = sentence.slice(at + m[0].length, at + m[0].length + 40);
      const reading = readReplyMention(before, after);
      if (reading === 'record') recorded = side;
      else if (reading) score[reading.who === 'self' ? side : other(side)] += reading.weight;
    }
  }
  // "You have me as a mentor, which is wrong": the record is named only to be refused.
  if (recorded && WRONG.test(sentence)) score[other(recorded)] += 3;
}

type Reading = { who: 'self' | 'other'; weight: number } | 'record' | null;

/** One mention read the reply's way first, then the statement reader's way ("as a", "be a", "need a"). */
function readReplyMention(before: string, after: string): Reading {
  const clause = before.split(/[,;:]/).pop() ?? '';
  const negated = ROLE_NEGATION.test(clause);
  if (WRONG_AFTER.test(after)) return { who: 'other', weight: 3 };
  if (CHANGE_TO.test(before) || I_AM.test(before)) return negated ? { who: 'other', weight: 2 } : { who: 'self', weight: 4 };
  if (RECORD.test(before)) return 'record';
  // "not a mentor", "no mentee": a bare refusal of one side.
  if (/(?:^|[^\p{L}])(?:not|no|pas|ni)\s+(?:an?|un|una|une)?\s*$/u.test(before)) return { who: 'other', weight: 2 };
  return readMention(before, after);
}

function other(side: Side): Side {
  return side === 'mentor' ? 'mentee' : 'mentor';
}
