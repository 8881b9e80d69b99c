import { attributionAt } from './attribution.js';
import { nextNonBlank, quoteSeparatorAt } from './cuts.js';
import { BAT_GREETING, QUOTE_LINE } from './patterns.js';
import { splitBlockSignature } from './signature.js';

export interface Trimmed {
  reply: string;
  quoted: boolean;
  signatureRemoved: boolean;
}

/** A reply's new text is at the top or bottom of the body; past this it is quoted history, never worth scanning. */
const MAX_TEXT_CHARS = 100_000;
/** Library look-ups per message (each costs a few microseconds; a hostile body could ask for thousands). */
const MAX_LIBRARY_PROBES = 20;

export function normaliseText(text: string): string {
  return text.slice(0, MAX_TEXT_CHARS).replace(/\r\n?/g, '\n').replace(/[\u00a0\u202f\u2007]/g, ' ');
}

interface QuoteMap {
  quote: boolean[];
  /** Lines from here on are an earlier message without '>' marks. */
  cutAt: number;
}

/**
 * Marks '>' lines and the attribution above each '>' block as quote, and finds where an unmarked earlier message
 * begins. An attribution followed by '>' lines only introduces that block, so text after the block (inline answers,
 * bottom posting) stays; one followed by unmarked text, or an Outlook header block, hides everything below it.
 */
function mapQuotes(lines: readonly string[]): QuoteMap {
  const quote = lines.map((l) => QUOTE_LINE.test(l));
  const probes = { left: MAX_LIBRARY_PROBES };
  for (let i = 0; i < lines.length; i++) {
    if (quote[i] || (lines[i] ?? '').trim() === '') continue;
    const separator = quoteSeparatorAt(lines, i);
    if (separator >= 0) return { quote, cutAt: separator };
    const attribution = attributionAt(lines, i, probes);
    if (attribution === null) continue;
    const start = attribution.bat ? greetingAbove(lines, i) : i;
    if (quote[nextNonBlank(lines, i + attribution.span)]) quote.fill(true, start, i + attribution.span);
    else if (attribution.strong) return { quote, cutAt: start };
    i += attribution.span - 1;
  }
  return { quote, cutAt: lines.length };
}

/** The Bat! writes "Hello X," (or "Здравствуйте, X.") on its own line above "… you wrote:"; it is part of the template. */
function greetingAbove(lines: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
  const ownLine = j === 0 || (lines[j - 1] ?? '').trim() === '';
  return j >= 0 && ownLine && BAT_GREETING.test((lines[j] ?? '').trim()) ? j : i;
}

/** Runs of unquoted lines before the cut, in order. */
function ownBlocks(lines: readonly string[], map: QuoteMap): string[][] {
  const blocks: string[][] = [[]];
  for (let i = 0; i < map.cutAt; i++) {
    if (map.quote[i]) {
      if ((blocks[blocks.length - 1] ?? []).length > 0) blocks.push([]);
    } else blocks[blocks.length - 1]?.push(lines[i] ?? '');
  }
  return blocks;
}

export function tidy(lines: readonly string[]): string {
  return lines.map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
}

export function trimText(text: string): Trimmed {
  const lines = normaliseText(text).split('\n');
  const map = mapQuotes(lines);
  const quoted = map.quote.some((q, i) => q && i < map.cutAt) || lines.slice(map.cutAt).some((l) => l.trim() !== '');
  let signatureRemoved = false;
  const parts: string[] = [];
  for (const block of ownBlocks(lines, map)) {
    const { body, signature } = splitBlockSignature(block);
    if (signature.some((l) => l.trim() !== '')) signatureRemoved = true;
    const part = tidy(body);
    if (part !== '') parts.push(part);
  }
  return { reply: parts.join('\n\n'), quoted, signatureRemoved };
}
