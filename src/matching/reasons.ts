/**
 * A pair's reasons in plain words, the strongest first: what a coordinator reads before saying
 * MATCH. Each reason is ranked by what it added to the score; warnings ("no shared working hours")
 * come after the reasons, and there are never more than five lines.
 */
import { languageName } from './languages.js';
import type { PairFactors } from './score.js';
import { hoursApart } from './timezone.js';
import type { Profile, Similarity } from './types.js';
import { WEIGHTS } from './weights.js';

const MAX_REASONS = 5;
const MAX_TERMS = 3;
/** Below this the statements share only common words, which is no reason. */
const MIN_COSINE = 0.03;

interface Line {
  text: string;
  weight: number;
}

export function pairReasons(mentor: Profile, mentee: Profile, f: PairFactors, similarity: Similarity): string[] {
  const lines: (Line | null)[] = [
    areaLine(mentor, mentee, f),
    languageLine(mentor, mentee, f),
    timeLine(mentor, mentee, f),
    statementLine(mentor, mentee, f, similarity),
    careerLine(mentor, mentee, f),
  ];
  const found = lines.filter((l): l is Line => l !== null);
  const good = found.filter((l) => l.weight > 0).sort((a, b) => b.weight - a.weight);
  const warnings = found.filter((l) => l.weight <= 0);
  return [...good, ...warnings].slice(0, MAX_REASONS).map((l) => l.text);
}

function areaLine(mentor: Profile, mentee: Profile, f: PairFactors): Line | null {
  if (f.areas.length === 0) return null;
  const list = joinAnd(f.areas);
  const open = mentor.anyArea && mentee.anyArea ? ' (both open to any area)' : mentor.anyArea ? ' (mentor open to any area)' : mentee.anyArea ? ' (mentee open to any area)' : '';
  return { text: open ? `${list}${open}` : `both ${list}`, weight: WEIGHTS.area * f.fits.area };
}

/** "write" when both statements are in the language; "speak" when one of them only says so. */
function languageLine(mentor: Profile, mentee: Profile, f: PairFactors): Line | null {
  const code = f.languages.find((l) => l !== 'en');
  if (!code) return null;
  const verb = mentor.languages[0] === code && mentee.languages[0] === code ? 'write' : 'speak';
  return { text: `both ${verb} ${languageName(code)}`, weight: WEIGHTS.language * f.fits.language };
}

function timeLine(mentor: Profile, mentee: Profile, f: PairFactors): Line | null {
  if (f.overlap === null || mentor.utcOffset === null || mentee.utcOffset === null) return null;
  if (f.overlap === 0) return { text: `no shared working hours (${hoursText(hoursApart(mentor.utcOffset, mentee.utcOffset))} apart)`, weight: 0 };
  const text = hoursApart(mentor.utcOffset, mentee.utcOffset) === 0 ? 'same time zone' : `${hoursText(f.overlap)} time-zone overlap`;
  return { text, weight: WEIGHTS.time * f.fits.time };
}

function statementLine(mentor: Profile, mentee: Profile, f: PairFactors, similarity: Similarity): Line | null {
  if (f.cosine < MIN_COSINE) return null;
  const words = similarity.sharedTerms(mentee.id, mentor.id, MAX_TERMS);
  if (words.length === 0) return null;
  return { text: `statements share ${words.map((w) => `'${w}'`).join(', ')}`, weight: WEIGHTS.statement * f.fits.statement };
}

function careerLine(mentor: Profile, mentee: Profile, f: PairFactors): Line | null {
  const m = mentor.experienceYears;
  const e = mentee.experienceYears;
  if (m === null) return null;
  if (e === null) return m > 0 ? { text: `mentor has ${yearsText(m)} experience`, weight: WEIGHTS.career * 0.5 } : null;
  if (m > e) return { text: `mentor has ${yearsText(m)} experience, mentee ${e}`, weight: WEIGHTS.career * f.fits.career };
  if (m < e) return { text: `mentee has more experience (${e} years; mentor ${m})`, weight: 0 };
  return null;
}

function yearsText(n: number): string {
  return n === 1 ? "1 year's" : `${n} years'`;
}

function hoursText(h: number): string {
  return `${Number(h.toFixed(2))} h`;
}

/** "Africa and Europe"; "Near East and South Asia; Europe" when a name has its own "and". */
function joinAnd(items: readonly string[]): string {
  if (items.some((i) => i.includes(' and '))) return items.join('; ');
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
