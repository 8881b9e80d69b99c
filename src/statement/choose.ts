import { isFullStatement, statementChars } from './body.js';
import type { ExtractStatus } from './extractors/types.js';
import { countLetters } from './normalise.js';
import type { StatementSource } from './types.js';

/** One place the statement could come from, after a first read (OCR still put off). */
export interface ReadCandidate {
  /** Stable id the caller uses to find the part's bytes again. */
  id: number;
  origin: 'body' | 'document';
  nested: boolean;
  filename: string | null;
  mediaType: string;
  source: StatementSource;
  status: ExtractStatus;
  text: string;
  detail: string | null;
}

export interface Choice {
  chosen: ReadCandidate | null;
  /** Why, in a few words (for logs and tests). */
  reason: string;
}

/** A document with fewer letters is a note ("see body"), not a statement. */
export const MIN_DOCUMENT_LETTERS = 150;

const POSITIVE_NAME =
  /(eoi|expression|interes|statement|applica|apply|mentor|mentee|motivation|cover letter|bewerbung|solicitud|candidat|заявк|lettre)/i;
const NEGATIVE_NAME = /(\bcv\b|resume|résumé|curriculum|lebenslauf|vitae|transcript|diploma|certificate|passport)/i;
const POSITIVE_TEXT = /(expression of interest|mentor|mentee|mentoring)/i;

/** Filename and opening text hints: 2 for a statement-like name, -2 for a CV-like one, +1 for statement words inside. */
export function statementHint(c: Pick<ReadCandidate, 'filename' | 'text'>): number {
  const name = (c.filename ?? '').replace(/[_\-.\s]+/g, ' ');
  const byName = (POSITIVE_NAME.test(name) ? 2 : 0) - (NEGATIVE_NAME.test(name) ? 2 : 0);
  return byName + (POSITIVE_TEXT.test(c.text.slice(0, 3000)) ? 1 : 0);
}

const isReadable = (c: ReadCandidate): boolean => c.status === 'ok' || c.status === 'ocr';
const isStrong = (c: ReadCandidate): boolean => isReadable(c) && countLetters(c.text) >= MIN_DOCUMENT_LETTERS;
/** Unreadable documents that count: an empty part only when its name says it was the statement. */
const isFailure = (c: ReadCandidate): boolean =>
  !isReadable(c) && c.status !== 'needs_ocr' && (c.status !== 'empty' || statementHint(c) > 0);

/**
 * Picks the statement among the body (and forwarded bodies) and the documents. A readable document
 * beats a cover note; a full statement in the body beats a CV or an unnamed scan; an unreadable
 * document is reported (so a human asks for a new copy) unless the body is itself a full statement.
 */
export function chooseSource(candidates: readonly ReadCandidate[]): Choice {
  const documents = candidates.filter((c) => c.origin === 'document');
  const fullBodies = candidates.filter((c) => c.origin === 'body' && c.status === 'ok' && isFullStatement(c.text));
  const fullBody = best(fullBodies, (c) => [statementChars(c.text)]);
  const contenders = documents.filter((c) => isStrong(c) || c.status === 'needs_ocr');
  const contender = best(contenders, (c) => [statementHint(c), isReadable(c) ? 1 : 0, countLetters(c.text)]);
  if (contender) return withContender(contender, fullBody, documents);
  if (fullBody) return { chosen: fullBody, reason: 'body is a full statement' };
  const failure = best(documents.filter(isFailure), (c) => [statementHint(c), c.status === 'unsupported' ? 0 : 1]);
  if (failure) return { chosen: failure, reason: 'the only document is unreadable' };
  const readable = candidates.filter((c) => isReadable(c) && countLetters(c.text) > 0);
  const short = best(readable, (c) => [countLetters(c.text), c.origin === 'body' ? 1 : 0]);
  if (short) return { chosen: short, reason: 'short text only' };
  return { chosen: null, reason: 'no attachment and an empty body' };
}

/** A readable (or OCR-able) document exists: it wins unless it looks like a CV or an unnamed scan beside a full body. */
function withContender(contender: ReadCandidate, fullBody: ReadCandidate | null, documents: readonly ReadCandidate[]): Choice {
  const hint = statementHint(contender);
  if (fullBody && (hint < 0 || (hint === 0 && !isReadable(contender)))) {
    return { chosen: fullBody, reason: 'body is a full statement; the document looks like something else' };
  }
  const namedFailure = best(documents.filter((c) => isFailure(c) && statementHint(c) > hint), (c) => [statementHint(c)]);
  if (namedFailure) return { chosen: namedFailure, reason: 'the document named as the statement is unreadable' };
  return { chosen: contender, reason: isReadable(contender) ? 'readable document' : 'document needs OCR' };
}

/** The candidate with the highest score tuple (compared left to right); the earliest wins ties. */
function best(list: readonly ReadCandidate[], score: (c: ReadCandidate) => number[]): ReadCandidate | null {
  let top: ReadCandidate | null = null;
  let topScore: number[] = [];
  for (const c of list) {
    const s = score(c);
    if (!top || compare(s, topScore) > 0) [top, topScore] = [c, s];
  }
  return top;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
