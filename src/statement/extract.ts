import type { InboundMessage } from '../message/inbound.js';
import { cleanBody } from './body.js';
import { collectCandidates, type PartCandidate } from './candidates.js';
import { chooseSource, statementHint, type ReadCandidate } from './choose.js';
import { extractorFor, sourceOf, type Extracted } from './extractors/index.js';
import { warmUpPdf } from './extractors/pdf.js';
import { countLetters } from './normalise.js';
import { tesseractEngine, type OcrEngine } from './ocr.js';
import { describe, withTimeout } from './timeout.js';
import { DEFAULT_LIMITS, type ExtractLimits, type Statement } from './types.js';

export interface ExtractDeps {
  /** OCR engine for scans and photos; defaults to the shared tesseract.js worker. */
  ocr?: OcrEngine;
}

/** At most this many documents of one message are opened (the most statement-like first). */
const MAX_DOCUMENTS = 10;
/** All documents of one message share this many per-part timeouts (OCR of the chosen one comes on top). */
const BUDGET_IN_TIMEOUTS = 2;

/**
 * Finds and reads the statement of an application. Never throws: every failure is a status with a
 * detail, so the applicant is still recorded and a human is asked to look.
 */
export async function extractStatement(msg: InboundMessage, limits: ExtractLimits = DEFAULT_LIMITS, deps: ExtractDeps = {}): Promise<Statement> {
  try {
    const collected = await collectCandidates(msg, limits);
    const parts = [...collected.parts].sort((a, b) => priority(b) - priority(a)).slice(0, MAX_DOCUMENTS);
    const bodies = collected.bodies.map((body, i) => bodyCandidate(-1 - i, body.text, body.nested, limits));
    const documents = await readParts(parts, limits);
    const { chosen } = chooseSource([...bodies, ...documents]);
    if (!chosen) return statement({ status: 'missing', text: '', detail: 'no attachment and an empty body' }, null);
    if (chosen.status !== 'needs_ocr') return statement(chosen, chosen);
    const part = parts[chosen.id] as PartCandidate;
    const ocr = deps.ocr ?? tesseractEngine;
    return statement(await readPart(part, limits, limits.timeoutMs, ocr), chosen);
  } catch (error) {
    return statement({ status: 'corrupt', text: '', detail: `statement could not be extracted: ${describe(error)}` }, null);
  }
}

/** Which documents to open first when a message has too many: named like a statement, then text formats before images. */
function priority(part: PartCandidate): number {
  const textFormat = part.sniffed.kind === 'image' || part.sniffed.kind === 'unknown' ? 0 : 1;
  return statementHint({ filename: part.filename, text: '' }) * 10 + textFormat;
}

/** Loads pdf.js before the first message (its first document costs ~1 s). OCR stays lazy: most mail never needs it. */
export function warmUp(): Promise<void> {
  return warmUpPdf();
}

function bodyCandidate(id: number, text: string, nested: boolean, limits: ExtractLimits): ReadCandidate {
  const clean = cleanBody(text, limits.maxTextChars);
  const status = countLetters(clean) > 0 ? 'ok' : 'empty';
  return { id, origin: 'body', nested, filename: null, mediaType: 'text/plain', source: 'body', status, text: clean, detail: null };
}

/** First read of every document, one after the other (pdf.js and OCR are CPU-bound), OCR put off. */
async function readParts(parts: readonly PartCandidate[], limits: ExtractLimits): Promise<ReadCandidate[]> {
  const deadline = Date.now() + limits.timeoutMs * BUDGET_IN_TIMEOUTS;
  const read: ReadCandidate[] = [];
  for (const [id, part] of parts.entries()) {
    const result = await readPart(part, limits, Math.min(limits.timeoutMs, deadline - Date.now()), null);
    const { nested, filename, sniffed } = part;
    read.push({ id, origin: 'document', nested, filename, mediaType: sniffed.mediaType, source: sourceOf(sniffed.kind), ...result });
  }
  return read;
}

async function readPart(part: PartCandidate, limits: ExtractLimits, timeoutMs: number, ocr: OcrEngine | null): Promise<Extracted> {
  if (part.size > limits.maxPartBytes) {
    return { status: 'too_large', text: '', detail: `attachment is ${mb(part.size)} MB; the limit is ${mb(limits.maxPartBytes)} MB` };
  }
  if (timeoutMs <= 0) return { status: 'timeout', text: '', detail: 'time for reading this message used up before this attachment' };
  const read = extractorFor(part.sniffed);
  return withTimeout(timeoutMs, (signal) => read(part.content, { limits, ocr, signal, declaredCharset: part.charset ?? null }));
}

function statement(result: Extracted, from: ReadCandidate | null): Statement {
  return {
    status: result.status === 'needs_ocr' ? 'unsupported' : result.status,
    text: result.status === 'ok' || result.status === 'ocr' ? result.text : '',
    source: from?.source ?? 'none',
    filename: from?.filename ?? null,
    mediaType: from?.mediaType ?? 'text/plain',
    nested: from?.nested ?? false,
    detail: result.detail,
  };
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
