/**
 * Mentor, mentee or unclear. Each mention of a role word is read in its sentence ("as a mentor"
 * claims it, "I would like a mentor" asks for the other side, "my mentor taught me" says nothing),
 * implicit cues add a little, and the side that leads by a clear margin wins.
 */
import type { Role } from '../types.js';
import { readLabels } from './labels.js';
import * as P from './role-patterns.js';
import { sentences } from './text.js';

type Side = Exclude<Role, 'unclear'>;
type Score = Record<Side, number>;

export interface RoleInput {
  statement: string;
  cover: string;
  subject: string;
}

const MARGIN = 2;
const IMPLICIT_CAP = 4;
const MENTOR_RE = new RegExp(P.MENTOR_WORD, 'gu');
const MENTEE_RE = new RegExp(P.MENTEE_WORD, 'gu');

export function extractRole(input: RoleInput): Role {
  const labelled = readLabels(input.statement).role;
  if (labelled) {
    const fromLabel = roleOfLabel(labelled);
    if (fromLabel) return fromLabel;
  }
  const texts = [...new Set([input.statement, input.cover])];
  const subject = input.subject.toLowerCase();
  if ([...texts.map((t) => t.toLowerCase()), subject].some(saysEither)) return 'unclear';
  const score: Score = { mentor: 0, mentee: 0 };
  for (const text of texts) {
    // Split before lower-casing: the splitter needs the capital that starts a sentence.
    for (const sentence of sentences(text)) scoreMentions(sentence.toLowerCase(), score, false);
    addImplicit(text.toLowerCase(), score);
  }
  scoreMentions(subject, score, true);
  return decide(score);
}

/** "Mentee", "Mentor (either is fine)" → null when both or neither are named. */
export function roleOfLabel(value: string): Role | null {
  const v = value.toLowerCase();
  const mentor = new RegExp(P.MENTOR_WORD, 'u').test(v);
  const mentee = new RegExp(P.MENTEE_WORD, 'u').test(v);
  if (mentor && mentee) return 'unclear';
  if (saysEither(v)) return 'unclear';
  return mentor ? 'mentor' : mentee ? 'mentee' : null;
}

export function saysEither(text: string): boolean {
  return P.EITHER.some((re) => re.test(text));
}

export function decide(score: Score): Role {
  const lead = score.mentor - score.mentee;
  if (Math.max(score.mentor, score.mentee) < 2 || Math.abs(lead) < MARGIN) return 'unclear';
  return lead > 0 ? 'mentor' : 'mentee';
}

/** Adds the weight of every role word in one sentence. In a subject a bare "(mentee)" is a claim. */
function scoreMentions(sentence: string, score: Score, isSubject: boolean): void {
  for (const [re, side] of [[MENTOR_RE, 'mentor'], [MENTEE_RE, 'mentee']] as const) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      const before = sentence.slice(Math.max(0, at - 80), at);
      const after = sentence.slice(at + m[0].length, at + m[0].length + 40);
      const reading = readMention(before, after) ?? (isSubject ? { who: 'self', weight: 3 } : null);
      if (!reading) continue;
      const target = reading.who === 'self' ? side : opposite(side);
      score[target] += reading.weight;
    }
  }
}

interface Reading {
  who: 'self' | 'other';
  weight: number;
}

/** What one mention says about the writer, from the words around it; null for "my mentor". */
export function readMention(before: string, after: string): Reading | null {
  // Negation reaches to the start of the clause: "I do not yet feel ready to serve as a mentor".
  const clause = before.slice(-70).split(/[,;:]/).pop() ?? '';
  const negated = P.NEGATION.test(clause);
  if (P.SELF_BEFORE.test(before) || P.SELF_AFTER.test(after) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))) {
    if (negated) return { who: 'other', weight: 2 };
    return { who: 'self', weight: P.PAST_BEFORE.test(before) ? 1 : 4 };
  }
  if (P.POSSESSIVE_BEFORE.test(before) || P.VERB_AFTER.test(after)) return null;
  // "I don't need a mentor" leans the other way, as "not ready to be a mentor" does.
  if (P.OTHER_BEFORE.test(before)) return negated ? { who: 'self', weight: 2 } : { who: 'other', weight: 3 };
  if (P.INDEFINITE_BEFORE.test(before) && P.RELATIVE_AFTER.test(after)) return { who: 'other', weight: 2 };
  return null;
}

/** Implicit cues count once each, and at most IMPLICIT_CAP per side, so they never outvote a claim. */
function addImplicit(text: string, score: Score): void {
  const implicit: Score = { mentor: 0, mentee: 0 };
  for (const cue of P.IMPLICIT) if (cue.re.test(text)) implicit[cue.side] += cue.weight;
  score.mentor += Math.min(IMPLICIT_CAP, implicit.mentor);
  score.mentee += Math.min(IMPLICIT_CAP, implicit.mentee);
}

function opposite(side: Side): Side {
  return side === 'mentor' ? 'mentee' : 'mentor';
}
