import { headerAll, type InboundMessage } from '../inbound.js';
import { localPart } from './address.js';
import { recipientAddresses } from './sender.js';

type Msg = Pick<InboundMessage, 'headers' | 'topContentType' | 'parts' | 'to'>;

/** Machine-readable report parts: DSN (RFC 3464/6533), MDN (RFC 8098), ARF abuse report (RFC 5965). */
export const REPORT_PART_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/global-disposition-notification',
  'message/feedback-report',
]);

/** multipart/report, a report part anywhere, or Exim's X-Failed-Recipients. */
export function isDeliveryReport(msg: Msg): boolean {
  if (msg.topContentType === 'multipart/report') return true;
  if (msg.parts.some((p) => REPORT_PART_TYPES.has(p.contentType))) return true;
  return headerAll(msg, 'x-failed-recipients').length > 0;
}

const VERP_TAG = /[+=-]verp[-=]([a-z0-9]+)$/i;

/** The key of a VERP return address (`local+verp-KEY@domain`) this message was delivered to, if any. */
export function verpKey(msg: Pick<Msg, 'headers' | 'to'>): string | null {
  for (const address of recipientAddresses(msg)) {
    const match = VERP_TAG.exec(localPart(address));
    if (match?.[1]) return match[1].toLowerCase();
  }
  return null;
}

/** Delivered to a VERP return address: only bounces are sent there. */
export function isVerpBounce(msg: Pick<Msg, 'headers' | 'to'>): boolean {
  return verpKey(msg) !== null;
}
