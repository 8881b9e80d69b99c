export const AREAS = [
  'Africa',
  'Americas',
  'East Asia and the Pacific',
  'Europe',
  'Eurasia and Central Asia',
  'Near East and South Asia',
  'Sister Libraries',
  'International Exchanges',
] as const;

export type Area = (typeof AREAS)[number];
export type Role = 'mentor' | 'mentee' | 'unclear';

/**
 * Why a statement was (or was not) read. `ok` and `ocr` are readable; every other value means the
 * applicant is still recorded but a human must look, and the reply asks for a text PDF or DOCX.
 */
export type StatementStatus =
  | 'ok'
  | 'ocr'
  | 'missing'
  | 'empty'
  | 'encrypted'
  | 'corrupt'
  | 'unsupported'
  | 'ocr_too_little'
  | 'too_large'
  | 'timeout';

export type StatementSource = 'body' | 'pdf' | 'docx' | 'doc' | 'txt' | 'rtf' | 'odt' | 'image' | 'none';

export interface Statement {
  status: StatementStatus;
  /** The statement's text, normalised to \n line ends; '' when unreadable. */
  text: string;
  source: StatementSource;
  /** Filename of the part it came from (null for the body). */
  filename: string | null;
  /** Media type found from the bytes (not the declared Content-Type), or 'text/plain' for the body. */
  mediaType: string;
  /** true when the statement came from inside a forwarded message/rfc822 or winmail.dat. */
  nested: boolean;
  /** Human-readable detail for the stored reason, e.g. 'PDF is password-protected'. */
  detail: string | null;
}

export interface ExtractLimits {
  /** Largest single part that is read. */
  maxPartBytes: number;
  /** Pages read from a PDF (a one-page statement; a few more are tolerated). */
  maxPages: number;
  /** Time allowed for one part's extraction (OCR included). */
  timeoutMs: number;
  /** OCR scanned PDFs and images; off makes them `ocr_too_little`-free `unsupported`. */
  ocr: boolean;
  /** OCR output shorter than this (characters of letters) counts as too little. */
  minOcrLetters: number;
  /** Statement text is cut at this many characters (a 1 MB pasted body is not a one-page statement). */
  maxTextChars?: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxPartBytes: 15 * 1024 * 1024,
  maxPages: 5,
  timeoutMs: 30_000,
  ocr: true,
  minOcrLetters: 200,
  maxTextChars: 100_000,
};

export interface StatementFields {
  name: string | null;
  role: Role;
  areas: Area[];
  institution: string | null;
  country: string | null;
  /** ISO 639-1 code of the statement text, or null when too short to tell. */
  language: string | null;
}

/** What field extraction reads: the statement plus the envelope around it. */
export interface FieldInput {
  statement: string;
  /** The mail body (the cover note when the statement is an attachment; same as statement otherwise). */
  body: string;
  subject: string;
  fromName: string | null;
  fromAddress: string;
}
