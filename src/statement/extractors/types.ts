import { countLetters, normaliseText } from '../normalise.js';
import type { OcrEngine } from '../ocr.js';
import type { ExtractLimits, StatementStatus } from '../types.js';

/**
 * `needs_ocr` never leaves src/statement: it marks a scanned PDF or a photo whose OCR was put off
 * until the part is chosen (OCR costs seconds; typing and text layers cost milliseconds).
 */
export type ExtractStatus = StatementStatus | 'needs_ocr';

export interface Extracted {
  status: ExtractStatus;
  /** Normalised text; '' unless the status is readable (`ok`, `ocr`). */
  text: string;
  detail: string | null;
}

export interface ExtractContext {
  limits: ExtractLimits;
  /** null while choosing (OCR put off); the engine once a part that needs it is chosen. */
  ocr: OcrEngine | null;
  /** Aborted on timeout, so an extractor can free what it holds (pdf.js document, OCR worker). */
  signal: AbortSignal;
  /** The charset the sender declared for a text part; used only when the bytes are not UTF-8. */
  declaredCharset?: string | null;
}

/** One format's reader. Throwing is allowed: the caller turns an exception into `corrupt`. */
export type Extractor = (bytes: Buffer, ctx: ExtractContext) => Promise<Extracted>;

/** Below this many letters a text layer counts as no text (page numbers, a scanner's stamp). */
export const MIN_TEXT_LETTERS = 20;

export function failed(status: ExtractStatus, detail: string): Extracted {
  return { status, text: '', detail };
}

/** Normalises text and decides between `ok` and `empty`. */
export function fromText(raw: string, ctx: ExtractContext, what: string): Extracted {
  const text = normaliseText(raw, ctx.limits.maxTextChars);
  if (countLetters(text) < MIN_TEXT_LETTERS) return failed('empty', `${what} has no text`);
  return { status: 'ok', text, detail: null };
}

/** What a scanned page or a photo becomes: OCR now, OCR later, or not at all. */
export async function viaOcr(ctx: ExtractContext, what: string, read: (engine: OcrEngine) => Promise<string>): Promise<Extracted> {
  if (!ctx.limits.ocr) return failed('unsupported', `${what} has no text layer and OCR is off`);
  if (!ctx.ocr) return failed('needs_ocr', `${what} needs OCR`);
  const text = normaliseText(await read(ctx.ocr), ctx.limits.maxTextChars);
  const letters = countLetters(text);
  if (letters < ctx.limits.minOcrLetters) {
    return { status: 'ocr_too_little', text: '', detail: `OCR of ${what} read only ${letters} letters` };
  }
  return { status: 'ocr', text, detail: null };
}
