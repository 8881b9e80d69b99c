/**
 * The letter as rows from top to bottom, before anything is drawn: the head and the foot are laid
 * out first, so the body knows how much of the page is left and can shrink to keep one page.
 */
import type { Weight } from './fonts.js';
import { fitParagraphs, wrap, type FittedBody, type Measure } from './layout.js';

export type Row =
  | { kind: 'text'; text: string; weight: Weight; size: number; height: number; align: 'left' | 'right'; accent?: boolean }
  | { kind: 'space'; height: number }
  | { kind: 'rule'; height: number };

/** What composing needs from the fonts: a width at 1 pt, and the text as the font can draw it. */
export interface Typeface {
  measure(weight: Weight): Measure;
  drawable(text: string, weight: Weight): string;
}

export interface LetterParts {
  title: string;
  body: string;
  programName: string;
  addressee: string | null;
  dateText: string;
  signature: string[];
}

export const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 64, bottom: 56 } as const;
const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const SMALL = 10.5;
/** A requester's addressee or a configured signature could be any length; the page cannot. */
const MAX_ADDRESS_LINES = 8;
const MAX_SIGNATURE_LINES = 6;
const SIGNING_SPACE = 42;

export function composeLetter(parts: LetterParts, type: Typeface): { rows: Row[]; body: FittedBody } {
  const head = headRows(parts, type);
  const foot = footRows(parts, type);
  const room = PAGE.height - PAGE.top - PAGE.bottom - rowsHeight(head) - rowsHeight(foot);
  const paragraphs = splitParagraphs(parts.body).map((p) => type.drawable(p, 'regular'));
  const body = fitParagraphs(paragraphs, WIDTH, room, type.measure('regular'));
  return { rows: [...head, ...bodyRows(body), ...foot], body };
}

export function rowsHeight(rows: Row[]): number {
  return rows.reduce((h, r) => h + r.height, 0);
}

/** Blank lines part paragraphs; a single line break inside one is only where the template wrapped. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function headRows(parts: LetterParts, type: Typeface): Row[] {
  const addressee = parts.addressee?.split('\n').map((l) => l.trim()).filter(Boolean) ?? [];
  return [
    ...textRows(parts.programName, 'bold', 15, type, { accent: true, max: 2 }),
    { kind: 'rule', height: 16 },
    ...textRows(parts.dateText, 'regular', SMALL, type, { align: 'right', max: 1 }),
    { kind: 'space', height: 14 },
    ...(addressee.length > 0
      ? linesRows(addressee, 'regular', SMALL, type, MAX_ADDRESS_LINES)
      : textRows('To whom it may concern', 'regular', SMALL, type, { max: 1 })),
    { kind: 'space', height: 22 },
    ...textRows(parts.title, 'bold', 13, type, { max: 2 }),
    { kind: 'space', height: 10 },
  ];
}

function footRows(parts: LetterParts, type: Typeface): Row[] {
  const [first = '', ...rest] = parts.signature;
  return [
    { kind: 'space', height: 14 },
    ...textRows('With kind regards,', 'regular', SMALL, type, { max: 1 }),
    { kind: 'space', height: SIGNING_SPACE },
    ...textRows(first, 'bold', SMALL, type, { max: 2 }),
    ...linesRows(rest, 'regular', SMALL, type, MAX_SIGNATURE_LINES - 1),
  ];
}

function bodyRows(body: FittedBody): Row[] {
  return body.paragraphs.flatMap((lines, i) => [
    ...(i > 0 ? [{ kind: 'space', height: body.gap } as const] : []),
    ...lines.map((text): Row => ({ kind: 'text', text, weight: 'regular', size: body.size, height: body.lineHeight, align: 'left' })),
  ]);
}

interface TextOptions {
  align?: 'left' | 'right';
  accent?: boolean;
  /** At most this many wrapped lines; the rest is dropped. */
  max: number;
}

function textRows(text: string, weight: Weight, size: number, type: Typeface, opts: TextOptions): Row[] {
  const lines = wrap(type.drawable(text, weight), WIDTH, size, type.measure(weight)).slice(0, opts.max);
  const row = { kind: 'text', weight, size, height: size * 1.35, align: opts.align ?? 'left', accent: opts.accent } as const;
  return lines.map((line) => ({ ...row, text: line }));
}

/** Each given line wrapped on its own, all of them together capped at `max`. */
function linesRows(lines: string[], weight: Weight, size: number, type: Typeface, max: number): Row[] {
  return lines.flatMap((l) => textRows(l, weight, size, type, { max })).slice(0, max);
}
