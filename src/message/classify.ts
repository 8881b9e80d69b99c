/**
 * Robot and spam classification of inbound messages: which messages the bot must never answer.
 * Every decision is a small named pure check (see ./checks/); `robotReason` runs them in order
 * and names the first that matched.
 */
import type { InboundMessage } from './inbound.js';
import { hasAutoReplyHeader, hasEmptyReturnPath, isAutoSubmitted, isBulkPrecedence, isExchangeAutoReply } from './checks/headers.js';
import { isBulkSender, isListMail } from './checks/list.js';
import { isDeliveryReport, isVerpBounce } from './checks/report.js';
import { isMailerDaemon, isNoReplySender, isOwnMail, type OwnIdentity } from './checks/sender.js';
import { advanceFeeScore, isAdvanceFeeFraud } from './checks/spam.js';
import { isOutOfOfficeSubject } from './checks/subject.js';

export { bounceInfo, type BounceInfo, type BounceRecipient } from './checks/bounce.js';
export type { OwnIdentity } from './checks/sender.js';

/**
 * Why a message is machine-made (never answered):
 * - `own-mail`              From/Sender is a program address, or the Message-ID domain is one of ours (a loop)
 * - `delivery-report`       multipart/report, a DSN/MDN/ARF part, or X-Failed-Recipients (bounces, read receipts)
 * - `verp-bounce`           delivered to a `+verp-KEY` return address
 * - `mailer-daemon`         From/Sender/Return-Path is MAILER-DAEMON or postmaster
 * - `auto-submitted`        Auto-Submitted other than `no` (RFC 3834)
 * - `x-autoreply`           X-Autoreply, X-Autorespond and similar auto-responder headers
 * - `exchange-auto-reply`   Exchange-generated (X-MS-Exchange-Inbox-Rules-Loop, -Generated-Message-Source, NDR);
 *                           X-Auto-Response-Suppress alone does NOT count (Outlook sets it on human mail)
 * - `precedence`            Precedence bulk, junk, list or auto_reply
 * - `list`                  List-Id, List-Post and other list-server headers, or a Mailman/Google Groups "via" rewrite
 * - `bulk-sender`           ESP campaign headers or X-Mailer, or List-Unsubscribe
 * - `empty-return-path`     Return-Path: <> (the null envelope sender)
 * - `noreply-sender`        From noreply@/bounce@ with no person's Reply-To
 * - `out-of-office-subject` an out-of-office/auto-reply subject in one of ~30 languages
 *
 * A message without a From is not a robot by that alone: it is malformed, and handled as such.
 */
export type RobotReason =
  | 'own-mail'
  | 'delivery-report'
  | 'verp-bounce'
  | 'mailer-daemon'
  | 'auto-submitted'
  | 'x-autoreply'
  | 'exchange-auto-reply'
  | 'precedence'
  | 'list'
  | 'bulk-sender'
  | 'empty-return-path'
  | 'noreply-sender'
  | 'out-of-office-subject';

export type ClassifyContext = OwnIdentity;

type Check = readonly [RobotReason, (msg: InboundMessage, ctx: ClassifyContext) => boolean];

/** Order matters only for the name reported: own mail first (loops), then bounces, then the rest. */
export const ROBOT_CHECKS: readonly Check[] = [
  ['own-mail', (m, ctx) => isOwnMail(m, ctx)],
  ['delivery-report', (m) => isDeliveryReport(m)],
  ['verp-bounce', (m) => isVerpBounce(m)],
  ['mailer-daemon', (m) => isMailerDaemon(m)],
  ['auto-submitted', (m) => isAutoSubmitted(m)],
  ['x-autoreply', (m) => hasAutoReplyHeader(m)],
  ['exchange-auto-reply', (m) => isExchangeAutoReply(m)],
  ['precedence', (m) => isBulkPrecedence(m)],
  ['list', (m) => isListMail(m)],
  ['bulk-sender', (m) => isBulkSender(m)],
  ['empty-return-path', (m) => hasEmptyReturnPath(m)],
  ['noreply-sender', (m) => isNoReplySender(m)],
  ['out-of-office-subject', (m) => isOutOfOfficeSubject(m.subject)],
];

/** The first reason this message is machine-made, or null for a message a person wrote. */
export function robotReason(msg: InboundMessage, ctx: ClassifyContext): RobotReason | null {
  for (const [reason, check] of ROBOT_CHECKS) {
    if (check(msg, ctx)) return reason;
  }
  return null;
}

/** Every robot reason that applies (for logs and the corpus check). */
export function robotReasons(msg: InboundMessage, ctx: ClassifyContext): RobotReason[] {
  return ROBOT_CHECKS.filter(([, check]) => check(msg, ctx)).map(([reason]) => reason);
}

/** Bounce reasons: the message reports on delivery of mail we sent. */
export function isBounceReason(reason: RobotReason | null): boolean {
  return reason === 'delivery-report' || reason === 'verp-bounce' || reason === 'mailer-daemon';
}

/**
 * Advance-fee fraud, e.g. `advance-fee (score 17: money-millions, fund-release, …)`, or null.
 * Conservative by design: a real application must never be caught, so a miss is the lesser evil.
 */
export function spamReason(msg: InboundMessage): string | null {
  const score = advanceFeeScore(msg);
  if (!isAdvanceFeeFraud(score)) return null;
  return `advance-fee (score ${score.score}: ${score.signals.join(', ')})`;
}
