import { header, type InboundMessage } from '../inbound.js';
import { addressesIn, domainOf, localPart, messageIdDomain, withoutTag } from './address.js';

type Msg = Pick<InboundMessage, 'from' | 'sender' | 'replyTo' | 'returnPath' | 'headers' | 'messageId'>;

export interface OwnIdentity {
  /** The program's own addresses (mailbox, aliases, reply address); compared without +tags. */
  programAddresses: readonly string[];
  /** Domains that appear right of `@` in the Message-IDs the bot writes; matched exactly, not as suffix. */
  ownDomains: readonly string[];
}

const DAEMON_LOCAL = /^(mailer[-_]?daemon|post[-_]?master|mail[-_]?delivery[-_]?(system|subsystem))$/;

/** From, Sender or Return-Path is MAILER-DAEMON or postmaster (with or without a domain). */
export function isMailerDaemon(msg: Msg): boolean {
  const candidates = [msg.from?.address, msg.sender?.address, msg.returnPath || undefined];
  if (candidates.some((a) => a !== undefined && DAEMON_LOCAL.test(localPart(a)))) return true;
  // A From with no parsable address (`From: MAILER-DAEMON (Mail Delivery System)`).
  return msg.from === null && /^\s*"?mailer[-_]?daemon\b/i.test(header(msg, 'from') ?? '');
}

const NOREPLY_LOCAL = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|bounces?)([-_.+].*)?$|[-_.](no[-_.]?reply|bounces?)$/;

export function isNoReplyAddress(address: string): boolean {
  return NOREPLY_LOCAL.test(localPart(address));
}

/**
 * From is a no-reply or bounce address. A web form that relays a person's message usually
 * sends From noreply@ with Reply-To the person: that one is not a robot.
 */
export function isNoReplySender(msg: Msg): boolean {
  const from = msg.from?.address;
  if (!from || !isNoReplyAddress(from)) return false;
  const humanReplyTo = msg.replyTo.some((r) => r.address !== from && !isNoReplyAddress(r.address));
  return !humanReplyTo;
}

/** Mail we sent ourselves: From/Sender is a program address, or the Message-ID domain is ours. */
export function isOwnMail(msg: Msg, own: OwnIdentity): boolean {
  const ours = new Set(own.programAddresses.map((a) => withoutTag(a.toLowerCase())));
  const senders = [msg.from?.address, msg.sender?.address].filter((a): a is string => Boolean(a));
  if (senders.some((a) => ours.has(withoutTag(a)))) return true;
  const domains = new Set(own.ownDomains.map((d) => d.trim().toLowerCase()).filter(Boolean));
  if (domains.size === 0) return false;
  return domains.has(messageIdDomain(msg.messageId));
}

/** Addresses this message was delivered to (envelope first, then header recipients). */
export function recipientAddresses(msg: Pick<InboundMessage, 'headers'> & { to: { address: string }[] }): string[] {
  const envelope = ['delivered-to', 'x-original-to', 'envelope-to', 'x-envelope-to'].flatMap((name) =>
    (msg.headers.get(name) ?? []).flatMap(addressesIn),
  );
  return [...envelope, ...msg.to.map((t) => t.address)].filter((a) => domainOf(a) !== '');
}
