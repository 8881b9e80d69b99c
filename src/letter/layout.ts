/**
 * Line breaking and fitting, kept apart from pdf-lib so it can be reasoned about (and tested) with
 * any measure. Widths are linear in the font size, so a measure gives the width at 1 pt and the
 * callers multiply: one font layout per distinct word instead of one per candidate line.
 */

/** Width of `text` at a font size of 1 pt. */
export type Measure = (text: string) => number;

export interface FittedBody {
  size: number;
  lineHeight: number;
  /** Extra space between paragraphs, on top of the line height. */
  gap: number;
  paragraphs: string[][];
  truncated: boolean;
}

/** From the size a letter should have down to the smallest that still reads well when printed. */
export const BODY_SIZES = [11, 10.5, 10, 9.5, 9, 8.5] as const;
const LINE_HEIGHT = 1.4;
const PARAGRAPH_GAP = 0.6;
const ELLIPSIS = '…';

/** Memoised per word: a letter repeats "the", "of", "and" dozens of times at every size tried. */
export function memoMeasure(measure: Measure): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = measure(text)));
    return w;
  };
}

/** Greedy word wrap. A word wider than the line (a long URL, a run of '?') is cut where it overflows. */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const space = measure(' ') * size;
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = measure(word) * size;
    if (line.length > 0 && used + space + w <= width) {
      line.push(word);
      used += space + w;
      continue;
    }
    if (line.length > 0) lines.push(line.join(' '));
    const pieces = w > width ? cutWord(word, width, size, measure) : [word];
    lines.push(...pieces.slice(0, -1));
    line = [pieces[pieces.length - 1] ?? ''];
    used = measure(line[0] ?? '') * size;
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

function cutWord(word: string, width: number, size: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && measure(piece + ch) * size > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return [...pieces, piece];
}

/** Paragraphs at the largest size that fits the box; at the smallest, cut with an ellipsis. */
export function fitParagraphs(paragraphs: string[], width: number, height: number, measure: Measure): FittedBody {
  let fitted: FittedBody | undefined;
  for (const size of BODY_SIZES) {
    fitted = {
      size,
      lineHeight: size * LINE_HEIGHT,
      gap: size * PARAGRAPH_GAP,
      paragraphs: paragraphs.map((p) => wrap(p, width, size, measure)),
      truncated: false,
    };
    if (bodyHeight(fitted) <= height) return fitted;
  }
  // BODY_SIZES is not empty, so the loop ran.
  return truncate(fitted!, width, height, measure);
}

export function bodyHeight(body: Pick<FittedBody, 'paragraphs' | 'lineHeight' | 'gap'>): number {
  const lines = body.paragraphs.reduce((n, p) => n + p.length, 0);
  return lines * body.lineHeight + Math.max(0, body.paragraphs.length - 1) * body.gap;
}

/** Whole lines while they fit; the last kept line ends with an ellipsis so the cut is visible. */
function truncate(body: FittedBody, width: number, height: number, measure: Measure): FittedBody {
  const paragraphs: string[][] = [];
  let used = 0;
  for (const paragraph of body.paragraphs) {
    const gap = paragraphs.length > 0 ? body.gap : 0;
    const room = Math.floor((height - used - gap) / body.lineHeight + 1e-9);
    if (room <= 0) break;
    paragraphs.push(paragraph.slice(0, room));
    used += gap + Math.min(room, paragraph.length) * body.lineHeight;
    if (room < paragraph.length) break;
  }
  const last = paragraphs[paragraphs.length - 1];
  if (last) last[last.length - 1] = ellipsize(last[last.length - 1] ?? '', width, body.size, measure);
  return { ...body, paragraphs, truncated: true };
}

/** The line with words dropped from its end until "line …" fits. */
export function ellipsize(line: string, width: number, size: number, measure: Measure): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')} ${ELLIPSIS}`) * size > width) words.pop();
  return `${words.join(' ')} ${ELLIPSIS}`;
}
