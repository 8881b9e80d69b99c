import { MAX_PATTERN_LINE, MOBILE_SIGNATURES, SIGNATURE_DELIMITER, UNDERSCORE_RULE } from './patterns.js';

export interface SignatureSplit {
  body: string[];
  /** The removed lines, delimiter included; empty when there was no signature. */
  signature: string[];
}

function isMobileSignature(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_PATTERN_LINE && MOBILE_SIGNATURES.some((re) => re.test(text));
}

function lastNonBlank(lines: readonly string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && (lines[i] ?? '').trim() === '') i--;
  return i;
}

/**
 * Splits one block of someone's own text (no quotes in it) at its signature: a "-- " line or an underscore rule
 * starts one that runs to the end of the block; "Sent from my iPhone" and the like count only as the block's last line,
 * since a sentence starting "Sent from …" mid-text is the person's own.
 * Sign-offs ("Best regards, Ana") are kept: email-reply-parser drops them, but they are part of what was written.
 */
export function splitBlockSignature(lines: readonly string[]): SignatureSplit {
  const delimiter = lines.findIndex((l) => SIGNATURE_DELIMITER.test(l) || UNDERSCORE_RULE.test(l));
  const body = delimiter >= 0 ? lines.slice(0, delimiter) : [...lines];
  const signature = delimiter >= 0 ? lines.slice(delimiter) : [];
  const last = lastNonBlank(body);
  if (last >= 0 && isMobileSignature(body[last] ?? '')) signature.unshift(...body.splice(last));
  return { body, signature };
}
