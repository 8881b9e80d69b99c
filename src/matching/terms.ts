/**
 * A statement as terms for the similarity model: content words, lightly stemmed so "libraries" and
 * "library" meet, and adjacent pairs of them ("children's services"), which say more than either
 * word. Each term keeps the first form it had in the text, for reasons a person reads.
 */
import { STOP_WORDS } from './stopwords.js';
import { fold } from './text.js';

export interface TermOccurrence {
  key: string;
  surface: string;
}

/**
 * Lower-cased word → its term, or null for a word that is no term. Statements share most of their
 * words, so a run reads each distinct word once.
 */
export type WordCache = Map<string, TermOccurrence | null>;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** French elision: "l'université" is "université". */
const ELIDED = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'/;

export function terms(text: string, cache: WordCache = new Map()): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  let prev: TermOccurrence | null = null;
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const joined = prev !== null && adjacent(text, prevEnd, start);
    prevEnd = start + m[0].length;
    const word = termOf(m[0].toLowerCase(), cache);
    if (word && joined && prev) out.push(word, { key: `${prev.key} ${word.key}`, surface: `${prev.surface} ${word.surface}` });
    else if (word) out.push(word);
    prev = word;
  }
  return out;
}

function termOf(lower: string, cache: WordCache): TermOccurrence | null {
  const known = cache.get(lower);
  if (known !== undefined) return known;
  const surface = lower.replace(/’/g, "'").replace(ELIDED, '');
  const folded = fold(surface);
  const key = stem(folded);
  const term = key.length < 2 || STOP_WORDS.has(key) || STOP_WORDS.has(folded) ? null : { key, surface };
  cache.set(lower, term);
  return term;
}

/** Words form a pair across spaces with at most one hyphen or line wrap, not across punctuation. */
function adjacent(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 10) breaks += 1; // '-' or '\n'
    else if (c !== 32 && c !== 9) return false;
  }
  return breaks <= 1;
}

/**
 * Plurals and possessives only: stronger stemmers merge words a reader keeps apart
 * ("organisation"/"organ"), and the reasons must still read as the statements' words.
 */
export function stem(word: string): string {
  const w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (/[^sui]s$/.test(w)) return w.slice(0, -1);
  return w;
}
