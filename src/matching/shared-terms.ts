/**
 * Which shared terms to show as a reason. A pair of words ("digital preservation") tells a
 * coordinator more than either word, so pairs get a head start and hide the single words they
 * contain. Area and language names are left out: their own reasons already say them.
 */
import { isLanguageName } from './languages.js';

export interface SharedTerm {
  /** Stemmed key; a pair of words has a space in it. */
  key: string;
  surface: string;
  /** This term's part of the cosine. */
  weight: number;
}

/** How much more a pair of words counts than a single word when choosing what to show. */
const PAIR_PREFERENCE = 2;
/** A term far weaker than the strongest is a common word both happen to use ("library"): no reason. */
const MIN_SHARE_OF_TOP = 1 / 3;

const AREA_TERMS = new Set([
  'africa', 'america', 'europe', 'eurasia', 'asia', 'pacific', 'east asia', 'near east', 'south asia',
  'central asia', 'sister library', 'international exchange',
]);

/** Only the few terms looked at are split into words: this runs for every pair shown. */
export function pickSharedTerms(shared: readonly SharedTerm[], n: number): string[] {
  const rank = new Float64Array(shared.length);
  const order: number[] = [];
  for (const [i, t] of shared.entries()) {
    if (AREA_TERMS.has(t.key) || isLanguageName(t.key) || isLanguageName(`${t.key}s`)) continue;
    rank[i] = t.key.includes(' ') ? t.weight * PAIR_PREFERENCE : t.weight;
    order.push(i);
  }
  // Ties by key, compared plainly: localeCompare would cost more than the whole pick.
  const keyOf = (i: number) => (shared[i] as SharedTerm).key;
  order.sort((a, b) => (rank[b] as number) - (rank[a] as number) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const floor = (rank[order[0] ?? 0] ?? 0) * MIN_SHARE_OF_TOP;
  let chosen: { key: string; words: string[]; surface: string }[] = [];
  for (const i of order) {
    if (chosen.length >= n || (rank[i] as number) < floor) break;
    const { key, surface } = shared[i] as SharedTerm;
    const words = key.split(' ');
    if (words.length === 1 && chosen.some((c) => c.words.length > 1 && c.words.includes(key))) continue;
    // The pair takes the place of the first word it contains, so the order stays by weight.
    const at = words.length > 1 ? chosen.findIndex((c) => words.includes(c.key)) : -1;
    const term = { key, words, surface };
    if (at >= 0) chosen = [...chosen.slice(0, at), term, ...chosen.slice(at + 1).filter((c) => !words.includes(c.key))];
    else chosen.push(term);
  }
  return chosen.map((t) => t.surface);
}
