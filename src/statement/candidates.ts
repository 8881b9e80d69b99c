import type { InboundMessage, InboundPart } from '../message/inbound.js';
import { parseMessage } from '../message/parse.js';
import { decodeTnef } from './extractors/tnef.js';
import { sniff, type Sniffed } from './sniff.js';
import type { ExtractLimits } from './types.js';

/** Where a statement might be: each mail body (outer and forwarded) and each document-like part. */
export interface Collected {
  bodies: Array<{ text: string; nested: boolean }>;
  parts: PartCandidate[];
}

export interface PartCandidate {
  filename: string | null;
  content: Buffer;
  sniffed: Sniffed;
  nested: boolean;
  charset?: string | null;
  /** The part's real size: a part too large to keep arrives with empty content. */
  size: number;
}

/** Forwarded messages inside forwarded messages: deeper than this is not an application. */
const MAX_DEPTH = 3;
const MAX_PARTS = 50;
/** Signature logos and tracking pixels are smaller; a photographed page is far larger. */
export const MIN_IMAGE_BYTES = 10 * 1024;
/** An image the HTML shows inline (cid:) is a logo unless it is as big as a pasted page scan. */
export const MIN_RELATED_IMAGE_BYTES = 100 * 1024;

const NOISE_TYPES = new Set([
  'text/vcard', 'text/x-vcard', 'text/directory', 'text/calendar', 'application/ics', 'text/x-vcalendar',
  'message/delivery-status', 'message/disposition-notification', 'message/feedback-report', 'text/rfc822-headers',
  'message/rfc822-headers', 'application/pgp-signature', 'application/pgp-keys', 'application/pgp-encrypted',
  'application/pkcs7-signature', 'application/x-pkcs7-signature', 'text/watch-html',
]);
const NOISE_EXTENSIONS = /\.(vcf|ics|p7s|asc|sig|gpg)$/i;

/** Parts that are never the statement: contact cards, invitations, reports, signatures, logos. */
export function isNoise(part: Pick<InboundPart, 'contentType' | 'filename' | 'related'>, sniffed: Sniffed, size: number): boolean {
  if (NOISE_TYPES.has(part.contentType) || NOISE_TYPES.has(sniffed.mediaType)) return true;
  if (part.filename && NOISE_EXTENSIONS.test(part.filename)) return true;
  if (sniffed.kind !== 'image') return false;
  return size < MIN_IMAGE_BYTES || (part.related && size < MIN_RELATED_IMAGE_BYTES);
}

export async function collectCandidates(msg: InboundMessage, limits: ExtractLimits): Promise<Collected> {
  const out: Collected = { bodies: [], parts: [] };
  await collectInto(out, msg, limits, 0);
  return out;
}

async function collectInto(out: Collected, msg: InboundMessage, limits: ExtractLimits, depth: number): Promise<void> {
  out.bodies.push({ text: msg.text, nested: depth > 0 });
  for (const part of msg.parts) await addPart(out, part, limits, depth);
}

async function addPart(out: Collected, part: InboundPart, limits: ExtractLimits, depth: number): Promise<void> {
  if (out.parts.length >= MAX_PARTS) return;
  const sniffed = sniff(part.content, part);
  if (isNoise(part, sniffed, part.size)) return;
  const candidate = { filename: part.filename, content: part.content, sniffed, nested: depth > 0, charset: part.charset, size: part.size };
  // Too large parts stay whole: the reader reports them as too_large instead of opening them.
  const openable = part.size <= limits.maxPartBytes && depth < MAX_DEPTH;
  if (openable && sniffed.kind === 'message') return addMessage(out, candidate, limits, depth);
  if (openable && sniffed.kind === 'tnef') return addTnef(out, candidate, limits, depth);
  out.parts.push(candidate);
}

/** A forwarded message (message/rfc822): its body and parts are candidates too, marked nested. */
async function addMessage(out: Collected, candidate: PartCandidate, limits: ExtractLimits, depth: number): Promise<void> {
  let inner: InboundMessage;
  try {
    inner = await parseMessage(candidate.content);
  } catch {
    out.parts.push(candidate);
    return;
  }
  await collectInto(out, inner, limits, depth + 1);
}

/** winmail.dat: its attachments become parts of their own; one that cannot be decoded stays as a (corrupt) part. */
async function addTnef(out: Collected, candidate: PartCandidate, limits: ExtractLimits, depth: number): Promise<void> {
  let inner: ReturnType<typeof decodeTnef>;
  try {
    inner = decodeTnef(candidate.content);
  } catch {
    out.parts.push(candidate);
    return;
  }
  for (const attachment of inner) {
    const asPart: InboundPart = {
      ...attachment,
      contentType: 'application/octet-stream',
      disposition: 'attachment',
      contentId: null,
      charset: null,
      size: attachment.content.length,
      related: false,
    };
    await addPart(out, asPart, limits, depth + 1);
  }
}
