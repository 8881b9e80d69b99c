/**
 * TF-IDF over every statement of a run: sublinear term counts times smoothed inverse document
 * frequency, each statement's vector normalised to length 1, so a pair's score is the cosine.
 * Vectors sit in flat typed arrays (term ids sorted per statement) and a pair is a merge of two
 * runs: 300,000 pairs must take well under a second.
 */
import { pickSharedTerms, type SharedTerm } from './shared-terms.js';
import { terms, type WordCache } from './terms.js';
import type { Similarity } from './types.js';

export interface Statement {
  id: number;
  text: string;
}

/** One statement's distinct terms, in first-seen order, before weighting. */
interface Counted {
  ids: number[];
  counts: number[];
  surfaces: string[];
}

export function buildSimilarity(statements: readonly Statement[]): Similarity {
  const vocabulary = new Map<string, number>();
  const keys: string[] = [];
  const df: number[] = [];
  // Per term: the last statement that used it and where it sits in that statement's lists.
  const seenIn: number[] = [];
  const slotIn: number[] = [];
  const cache: WordCache = new Map();
  const counted = statements.map((s, d): Counted => {
    const doc: Counted = { ids: [], counts: [], surfaces: [] };
    for (const t of terms(s.text, cache)) {
      let id = vocabulary.get(t.key);
      if (id === undefined) {
        id = keys.length;
        vocabulary.set(t.key, id);
        keys.push(t.key);
        df.push(0);
        seenIn.push(-1);
        slotIn.push(0);
      }
      if (seenIn[id] === d) {
        const at = slotIn[id] as number;
        doc.counts[at] = (doc.counts[at] as number) + 1;
      } else {
        seenIn[id] = d;
        slotIn[id] = doc.ids.length;
        doc.ids.push(id);
        doc.counts.push(1);
        doc.surfaces.push(t.surface);
        df[id] = (df[id] as number) + 1;
      }
    }
    return doc;
  });
  return new TfIdf(statements, counted, keys, df);
}

/** Above any statement's number of distinct terms (100,000 characters make far fewer). */
const POSITIONS = 2 ** 21;

/** Term id and position packed in one number, so the native numeric sort orders a statement's terms. */
function sortedByTerm(ids: number[]): Float64Array {
  return Float64Array.from(ids, (id, k) => id * POSITIONS + k).sort();
}

class TfIdf implements Similarity {
  private readonly index = new Map<number, number>();
  private readonly starts: Int32Array;
  private readonly termIds: Int32Array;
  private readonly weights: Float64Array;
  private readonly surfaces: string[] = [];

  constructor(statements: readonly Statement[], counted: Counted[], private readonly keys: string[], df: number[]) {
    const n = statements.length;
    const idf = df.map((f) => Math.log((n + 1) / (f + 1)) + 1);
    this.starts = new Int32Array(n + 1);
    this.termIds = new Int32Array(counted.reduce((sum, d) => sum + d.ids.length, 0));
    this.weights = new Float64Array(this.termIds.length);
    let at = 0;
    for (const [i, doc] of counted.entries()) {
      this.index.set(statements[i]?.id ?? -1, i);
      this.starts[i] = at;
      let norm = 0;
      for (const packed of sortedByTerm(doc.ids)) {
        const k = packed % POSITIONS;
        const id = (packed - k) / POSITIONS;
        const w = (1 + Math.log(doc.counts[k] as number)) * (idf[id] as number);
        this.termIds[at] = id;
        this.weights[at] = w;
        this.surfaces[at] = doc.surfaces[k] as string;
        norm += w * w;
        at += 1;
      }
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let k = this.starts[i] as number; k < at; k++) this.weights[k] = (this.weights[k] as number) * scale;
    }
    this.starts[n] = at;
  }

  score(aId: number, bId: number): number {
    const a = this.index.get(aId);
    const b = this.index.get(bId);
    if (a === undefined || b === undefined) return 0;
    const ids = this.termIds;
    const w = this.weights;
    let i = this.starts[a] as number;
    let j = this.starts[b] as number;
    const iEnd = this.starts[a + 1] as number;
    const jEnd = this.starts[b + 1] as number;
    let dot = 0;
    while (i < iEnd && j < jEnd) {
      const x = ids[i] as number;
      const y = ids[j] as number;
      if (x === y) dot += (w[i++] as number) * (w[j++] as number);
      else if (x < y) i++;
      else j++;
    }
    return Math.min(1, dot);
  }

  sharedTerms(aId: number, bId: number, n: number): string[] {
    return pickSharedTerms(this.shared(aId, bId), n);
  }

  /** Every term both statements use, with its share of the cosine and a's form of it. */
  private shared(aId: number, bId: number): SharedTerm[] {
    const a = this.index.get(aId);
    const b = this.index.get(bId);
    if (a === undefined || b === undefined) return [];
    const out: SharedTerm[] = [];
    let j = this.starts[b] as number;
    const jEnd = this.starts[b + 1] as number;
    for (let i = this.starts[a] as number; i < (this.starts[a + 1] as number) && j < jEnd; i++) {
      const x = this.termIds[i] as number;
      while (j < jEnd && (this.termIds[j] as number) < x) j++;
      if (j < jEnd && this.termIds[j] === x) {
        const weight = (this.weights[i] as number) * (this.weights[j] as number);
        out.push({ key: this.keys[x] ?? '', surface: this.surfaces[i] ?? '', weight });
      }
    }
    return out;
  }
}
