import {
  FROM_LINE, HEADER_KEY_LINES, MAX_PATTERN_LINE, ONE_LINE_HEADER_BLOCK, QUOTE_SEPARATORS, UNDERSCORE_RULE,
} from './patterns.js';

/** Outlook's block is From plus at least two of Sent/To/Subject/Cc within the next few lines. */
const HEADER_BLOCK_REACH = 6;
const MIN_OTHER_KEYS = 2;

const isBlank = (line: string | undefined): boolean => (line ?? '').trim() === '';

export function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

/** "From: … / Sent: … / To: … / Subject: …" (or De/Enviado/Para/Asunto, Von/Gesendet/An/Betreff, De/Envoyé/À/Objet). */
export function isHeaderBlock(lines: readonly string[], i: number): boolean {
  const first = (lines[i] ?? '').trim();
  if (first.length > MAX_PATTERN_LINE || !FROM_LINE.test(first)) return false;
  if (ONE_LINE_HEADER_BLOCK.test(first)) return true;
  const seen = new Set<number>();
  const end = Math.min(lines.length, i + 1 + HEADER_BLOCK_REACH);
  for (let j = i + 1; j < end; j++) {
    const line = (lines[j] ?? '').trim();
    HEADER_KEY_LINES.forEach((re, k) => {
      if (line.length <= MAX_PATTERN_LINE && re.test(line)) seen.add(k);
    });
  }
  return seen.size >= MIN_OTHER_KEYS;
}

/**
 * Lines after which the rest is an earlier message with no '>' marks (Outlook, forwards, Samsung/Android mail),
 * so nothing below can be new text. Returns the index to cut at, or -1.
 */
export function quoteSeparatorAt(lines: readonly string[], i: number): number {
  const line = (lines[i] ?? '').trim();
  if (line.length > MAX_PATTERN_LINE) return -1;
  if (QUOTE_SEPARATORS.some((re) => re.test(line))) return ruleAbove(lines, i);
  if (UNDERSCORE_RULE.test(line)) return isHeaderBlock(lines, nextNonBlank(lines, i + 1)) ? i : -1;
  return isHeaderBlock(lines, i) ? ruleAbove(lines, i) : -1;
}

/** A "---" or underscore rule just above a separator belongs to it (Discourse footers, Outlook mobile). */
function ruleAbove(lines: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j])) j--;
  const above = (lines[j] ?? '').trim();
  return j >= 0 && (/^-{3,}$/.test(above) || UNDERSCORE_RULE.test(above)) ? j : i;
}
