import { createHash } from 'node:crypto';
import type { AddressObject, Attachment } from 'mailparser';
import { parseMime } from './mime.js';
import type { InboundMessage, InboundPart, MailAddress } from './inbound.js';

/** HTML bigger than this is not turned into text by mailparser (a 1 MB spam page once drove it out of memory). */
const MAX_HTML_TO_PARSE = 2 * 1024 * 1024;

export function sha256Hex(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Parses raw RFC 5322 bytes into the InboundMessage every later step reads. Never throws on odd mail. */
export async function parseMessage(raw: Buffer): Promise<InboundMessage> {
  const parsed = await parseMime(withoutLeadingBlankLines(raw), {
    skipImageLinks: true,
    skipTextToHtml: true,
    keepDeliveryStatus: true,
    maxHtmlLengthToParse: MAX_HTML_TO_PARSE,
  });
  const headers = collectHeaders(parsed.headerLines ?? []);
  const rawSha256 = sha256Hex(raw);
  const messageId = normaliseMessageId(parsed.messageId ?? null);
  const html = typeof parsed.html === 'string' ? parsed.html : null;
  return {
    key: messageId ?? `sha256:${rawSha256}`,
    messageId,
    rawSha256,
    size: raw.length,
    from: firstAddress(parsed.from),
    sender: firstAddress(parsed.headers.get('sender') as AddressObject | undefined),
    replyTo: addresses(parsed.replyTo),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    deliveredTo: (headers.get('delivered-to') ?? []).map((v) => v.trim().toLowerCase()),
    returnPath: returnPath(headers.get('return-path')),
    subject: stripControl(parsed.subject ?? ''),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    inReplyTo: normaliseMessageId(parsed.inReplyTo ?? null),
    references: toArray(parsed.references).flatMap(splitIds),
    headers,
    text: stripControl(parsed.text || bodyOfEmptyMultipart(raw, headers)),
    html,
    topContentType: topContentType(headers),
    parts: (parsed.attachments ?? []).map(toPart),
  };
}

function collectHeaders(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    const name = key.toLowerCase();
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

function topContentType(headers: Map<string, string[]>): string {
  const value = headers.get('content-type')?.[0] ?? 'text/plain';
  return (value.split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
}

function returnPath(values: string[] | undefined): string | null {
  if (!values || values.length === 0) return null;
  const value = values[0] ?? '';
  const inside = /<([^>]*)>/.exec(value);
  return (inside ? inside[1] ?? '' : value).trim().toLowerCase();
}

export function normaliseMessageId(value: string | null): string | null {
  if (!value) return null;
  const ids = splitIds(value);
  return ids[0] ?? null;
}

function splitIds(value: string): string[] {
  const found = value.match(/<[^<>\s]+>/g);
  if (found) return found;
  const bare = value.trim();
  return bare && !/\s/.test(bare) ? [`<${bare}>`] : [];
}

function toArray(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const out: MailAddress[] = [];
  const walk = (entries: AddressObject['value']): void => {
    for (const entry of entries) {
      if (entry.group) walk(entry.group);
      else if (entry.address) out.push({ address: entry.address.trim().toLowerCase(), name: stripControl(entry.name ?? '').trim() });
    }
  };
  for (const obj of list) walk(obj.value);
  return out;
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): MailAddress | null {
  return addresses(value)[0] ?? null;
}

function toPart(att: Attachment & { size: number }): InboundPart {
  const disposition = att.contentDisposition === 'attachment' || att.contentDisposition === 'inline' ? att.contentDisposition : null;
  return {
    filename: att.filename ? stripControl(att.filename) : null,
    contentType: (att.contentType ?? 'application/octet-stream').toLowerCase(),
    disposition,
    contentId: att.contentId ?? att.cid ?? null,
    charset: declaredCharset(att),
    related: Boolean(att.related),
    content: att.content,
    size: att.size,
  };
}

/** NUL and other C0 controls (bar tab and newlines) break Postgres text columns and terminals. */
export function stripControl(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function declaredCharset(att: Attachment): string | null {
  const ct = att.headers?.get('content-type') as { params?: Record<string, string> } | string | undefined;
  const value = typeof ct === 'object' ? ct?.params?.charset : undefined;
  return value ? value.trim().toLowerCase() : null;
}

/** Some stored mail starts with an empty line; mailparser would then read every header as body text. */
function withoutLeadingBlankLines(raw: Buffer): Buffer {
  let at = 0;
  while (at < raw.length && (raw[at] === 0x0a || raw[at] === 0x0d || raw[at] === 0x20 || raw[at] === 0x09)) at++;
  // Only blank lines are skipped, never a folded header's leading whitespace.
  return at > 0 && raw.subarray(0, at).includes(0x0a) ? raw.subarray(at) : raw;
}

/**
 * A message that declares multipart but has no parts (no boundary lines) gives mailparser no text:
 * its body is then taken as plain text, so a human's words are not lost.
 */
function bodyOfEmptyMultipart(raw: Buffer, headers: Map<string, string[]>): string {
  if (!/^multipart\//i.test(headers.get('content-type')?.[0] ?? '')) return '';
  const text = raw.toString('utf8');
  const start = text.search(/\r?\n\r?\n/);
  if (start < 0) return '';
  const body = text.slice(start).trim();
  return /^--\S/m.test(body) ? '' : body;
}
