import { COMMAND_NAMES, isCommandName, type CommandName } from './types.js';

/** Words longer than this are never command typos; it also bounds the distance table. */
const MAX_WORD = 12;

/** Optimal-string-alignment Damerau-Levenshtein: a swapped pair of letters ("STAUTS") costs one edit, as typos do. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Two edits on a three-letter word leave one letter in common: "YES" would become SET. Short words get one. */
function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/** The command a word most likely meant (itself when exact), or null when none is within reach. */
export function suggestCommand(word: string): CommandName | null {
  const w = word.trim().toUpperCase();
  if (isCommandName(w)) return w;
  if (w.length < 2 || w.length > MAX_WORD || !/^\p{L}+$/u.test(w)) return null;
  let best: CommandName | null = null;
  let bestDistance = allowedEdits(w) + 1;
  for (const name of COMMAND_NAMES) {
    const distance = editDistance(w, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
