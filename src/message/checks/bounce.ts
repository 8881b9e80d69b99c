import { header, type InboundMessage } from '../inbound.js';
import { addressesIn } from './address.js';
import { isMailerDaemon } from './sender.js';
import { isDeliveryReport, verpKey } from './report.js';

export interface BounceRecipient {
  address: string;
  /** Enhanced status code `x.y.z` (RFC 3463); null when the report gives none. */
  status: string | null;
  /** DSN action: failed, delayed, delivered, relayed, expanded; null when unknown. */
  action: string | null;
}

export interface BounceInfo {
  recipients: BounceRecipient[];
  /** Message-ID of the mail that bounced, from the returned headers; null when not returned. */
  originalMessageId: string | null;
  /** A permanent failure (5.x.x) for at least one recipient: stop mailing that address. */
  hard: boolean;
  /** Key of the VERP return address the bounce came back to (`…+verp-KEY@…`), if any. */
  verpKey: string | null;
}

type Msg = Pick<InboundMessage, 'headers' | 'topContentType' | 'parts' | 'to' | 'from' | 'sender' | 'replyTo' | 'returnPath' | 'messageId' | 'text' | 'inReplyTo'>;

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const STATUS_RE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

/** Delivery details of a bounce (DSN, Exim/Postfix plain-text, VERP), or null when it is not one. */
export function bounceInfo(msg: Msg): BounceInfo | null {
  const verp = verpKey(msg);
  if (!isDeliveryReport(msg) && !isMailerDaemon(msg) && verp === null) return null;
  if (msg.topContentType === 'multipart/report' && /report-type\s*=\s*"?disposition-notification/i.test(header(msg, 'content-type') ?? '')) {
    return null; // a read receipt, not a bounce
  }
  const dsn = msg.parts.filter((p) => DSN_TYPES.has(p.contentType)).flatMap((p) => parseDeliveryStatus(p.content.toString('utf8')));
  const recipients = dsn.length > 0 ? dsn : recipientsFromText(msg);
  // With no recipient named (a terse VERP bounce), the return address already says who it was.
  const textStatus = STATUS_RE.exec(msg.text.slice(0, 4000))?.[0] ?? null;
  const hard = recipients.length > 0 ? recipients.some(isHardFailure) : textStatus?.startsWith('5') === true;
  return { recipients, originalMessageId: originalMessageId(msg), hard, verpKey: verp };
}

export function isHardFailure(r: BounceRecipient): boolean {
  const failed = r.action === null || r.action === 'failed';
  return failed && r.status !== null && r.status.startsWith('5');
}

/** Per-recipient blocks of an RFC 3464 delivery-status body (the per-message block is skipped). */
export function parseDeliveryStatus(body: string): BounceRecipient[] {
  const blocks = body.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  const out: BounceRecipient[] = [];
  for (const block of blocks) {
    const fields = parseFields(block);
    const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
    if (!recipient) continue;
    const address = addressesIn(recipient.replace(/^[^;]*;/, ''))[0] ?? recipient.replace(/^[^;]*;/, '').trim().toLowerCase();
    const status = STATUS_RE.exec(fields.get('status') ?? '')?.[0] ?? statusFromDiagnostic(fields.get('diagnostic-code') ?? '');
    const action = (fields.get('action') ?? '').trim().toLowerCase() || null;
    out.push({ address, status, action });
  }
  return out;
}

function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

function statusFromDiagnostic(diagnostic: string): string | null {
  const enhanced = STATUS_RE.exec(diagnostic);
  if (enhanced) return enhanced[0];
  const basic = /\b([45])\d\d\b/.exec(diagnostic);
  return basic ? `${basic[1]}.0.0` : null;
}

/** Bounces without a DSN part: Exim's X-Failed-Recipients, Postfix's `<addr>: … said: 550 5.1.1 …`. */
function recipientsFromText(msg: Msg): BounceRecipient[] {
  const failed = (msg.headers.get('x-failed-recipients') ?? []).flatMap(addressesIn);
  const out = new Map<string, BounceRecipient>();
  for (const address of failed) out.set(address, { address, status: null, action: 'failed' });
  for (const match of msg.text.matchAll(/^\s*<([^<>\s]+@[^<>\s]+)>:\s*([\s\S]*?)(?=\n\s*\n|\n\s*<[^<>\s]+@|$)/gm)) {
    const address = (match[1] ?? '').toLowerCase();
    const status = statusFromDiagnostic(match[2] ?? '');
    out.set(address, { address, status, action: 'failed' });
  }
  const anyStatus = STATUS_RE.exec(msg.text.slice(0, 4000))?.[0] ?? null;
  for (const r of out.values()) r.status ??= anyStatus;
  return [...out.values()];
}

/** Message-ID from the returned message or its headers (message/rfc822, text/rfc822-headers). */
function originalMessageId(msg: Msg): string | null {
  for (const part of msg.parts) {
    if (!/^(message\/(rfc822|global)|text\/rfc822-headers|message\/global-headers)$/.test(part.contentType)) continue;
    const head = part.content.toString('utf8').replace(/\r\n/g, '\n').split(/\n\s*\n/)[0] ?? '';
    const id = /^message-id:\s*(<[^<>\s]+>)/im.exec(head.replace(/\n[ \t]+/g, ' '));
    if (id?.[1]) return id[1];
  }
  // Exim and qmail paste the returned headers into the text; some MTAs only thread to the original.
  const inline = /^\s*message-id:\s*(<[^<>\s]+>)/im.exec(msg.text);
  return inline?.[1] ?? msg.inReplyTo;
}
