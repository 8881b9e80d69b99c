/**
 * Finds area names among a command's words. An area can take up to five words ("East Asia and the Pacific"), so the
 * longest run of words that is exactly an area's name, or one of the other names the statement reader knows for it
 * ("Latin America", "Europa"), becomes one arg.
 */
import { AREA_TERMS } from '../../statement/fields/area-lexicon.js';
import { fold } from '../../statement/fields/text.js';
import type { Area } from '../../statement/types.js';

const LONGEST_AREA_WORDS = 5;

/** Whole-string matchers: inside a command every word counts, so "unmatched Europe" must not read as an area. */
const MATCHERS = AREA_TERMS.map((t) => ({ area: t.area, re: new RegExp(`^(?:${t.canonical}|${t.synonyms})$`, 'u') }));

export function areaNamed(text: string): Area | null {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  const canonical = AREA_TERMS.find((t) => fold(t.area) === folded);
  if (canonical) return canonical.area;
  return MATCHERS.find((m) => m.re.test(folded))?.area ?? null;
}

export interface AreaWords {
  words: string[];
  areas: Area[];
}

/** Joins each run of words naming an area into one word, longest run first, and lists the areas found in order. */
export function groupAreas(words: readonly string[]): AreaWords {
  const out: AreaWords = { words: [], areas: [] };
  let i = 0;
  while (i < words.length) {
    const hit = longestAreaAt(words, i);
    if (hit) {
      out.words.push(words.slice(i, i + hit.length).join(' '));
      if (!out.areas.includes(hit.area)) out.areas.push(hit.area);
      i += hit.length;
    } else out.words.push(words[i++]!);
  }
  return out;
}

function longestAreaAt(words: readonly string[], start: number): { area: Area; length: number } | null {
  for (let length = Math.min(LONGEST_AREA_WORDS, words.length - start); length >= 1; length--) {
    const area = areaNamed(words.slice(start, start + length).join(' '));
    if (area) return { area, length };
  }
  return null;
}
