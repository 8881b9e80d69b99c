/**
 * The two places a statement says who and where the writer is: the letterhead at the top and the
 * signature under the closing. Both are short lines; the prose between them is left to others.
 */
import { nonEmptyLines } from './text.js';

export const CLOSING = String.raw`(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes|thanks)|thank\s+you(?:\s+(?:very\s+much|again))?(?:\s+for\s+[^.]{0,60})?|best|cheers|respectfully(?:\s+yours)?|cordially|(?:mes\s+)?salutations(?:\s+distingu[ée]es)?|atentamente|(?:un\s+)?(?:cordial(?:es)?\s+)?saludos?(?:\s+cordiales)?|cordialement|bien\s+[àa]\s+vous|respectueusement|atenciosamente|cumprimentos|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|с\s+уважением|з\s+повагою`;
/** A line that ends with a closing: "Sincerely,", "Mit freundlichen Grüßen / Kind regards". */
export const CLOSING_END = new RegExp(String.raw`(?:^|[\s.!/])(?:${CLOSING})\s*[,.!]?$`, 'iu');

const SALUTATION = /^(?:dear|to whom|estimad[oa]s?|querid[oa]s?|señor|señora|sres|madame|monsieur|mesdames|cher|chère|chers|hello|good day|greetings)(?![\p{L}])/iu;
/** The program's address block in a formal letter: the letterhead above it is the sender's. */
export const RECIPIENT = /^(?:the chair|chair,|to:|attn|attention:|american library association|international relations (?:office|committee|round table)|\d+\s+e(?:ast)?\.?\s+huron)/iu;
/** Lines about the program itself, which name ALA's places, not the applicant's. */
export const PROGRAM_LINE = /american library association|(?<![\p{L}])(?:ala|irrt|irc)(?![\p{L}])|mentoring|huron street|chicago, il/iu;
const MAX_HEAD = 15;
const MAX_SIGNATURE = 8;

/** Letterhead lines: up to the first salutation, recipient block or line of running prose. */
export function headerLines(text: string): string[] {
  const out: string[] = [];
  for (const line of nonEmptyLines(text).slice(0, MAX_HEAD)) {
    if (SALUTATION.test(line) || RECIPIENT.test(line) || isProse(line)) break;
    out.push(line);
  }
  return out;
}

/** Lines under the last closing; without a closing, the last few short lines. */
export function signatureLines(text: string): string[] {
  const lines = nonEmptyLines(text);
  let start = -1;
  lines.forEach((line, i) => {
    if (CLOSING_END.test(line) && i >= lines.length / 2) start = i + 1;
  });
  if (start >= 0) return lines.slice(start, start + MAX_SIGNATURE);
  const tail: string[] = [];
  for (const line of lines.slice(-6).reverse()) {
    if (isProse(line)) break;
    tail.unshift(line);
  }
  return tail;
}

/** Running text: long, many words, or a full sentence ending in a full stop. */
export function isProse(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (line.length >= 90 && words >= 12) || (words >= 9 && /[.!?]$/.test(line));
}
