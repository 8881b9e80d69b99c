import type { OutboxRow } from '../db/schema.js';

export type SendDecision =
  | { action: 'send' }
  | { action: 'skip'; why: 'already-sent' | 'already-final' }
  /** A previous attempt died between "sending" and "sent": the mail may have left. Never risk a second copy. */
  | { action: 'uncertain' }
  | { action: 'suppress'; why: string }
  | { action: 'defer'; untilMs: number }
  /** The global circuit breaker: far more mail than a program sends looks like a loop. */
  | { action: 'pause'; untilMs: number; trip: boolean };

export const BREAKER_ALERT = 'breaker-alert';
const PAUSE_MS = 60 * 60 * 1000;

/** Open while a trip's pause lasts; trips when the last hour's sends reach the limit. Alerts always pass. */
export function breakerDecision(
  kind: string,
  ctx: { pausedUntilMs: number | null; sentLastHour: number; perHourLimit: number; now: number },
): SendDecision | null {
  if (kind === BREAKER_ALERT) return null;
  if (ctx.pausedUntilMs !== null && ctx.pausedUntilMs > ctx.now) return { action: 'pause', untilMs: ctx.pausedUntilMs, trip: false };
  if (ctx.sentLastHour >= ctx.perHourLimit) return { action: 'pause', untilMs: ctx.now + PAUSE_MS, trip: true };
  return null;
}

// Local parts that are machines: mail to them is either lost or starts a loop.
const ROBOT_LOCAL = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|auto-?reply|autoresponder)([+.-].*)?$/i;

export function isRobotAddress(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  return ROBOT_LOCAL.test(local);
}

export function decideSend(
  row: Pick<OutboxRow, 'status' | 'to_address'>,
  ctx: { undeliverable: boolean; programAddress: string; programDomain: string; sentToday: number; dailyCap: number; now: number; coordinator?: boolean },
): SendDecision {
  if (row.status === 'sent') return { action: 'skip', why: 'already-sent' };
  if (row.status === 'failed' || row.status === 'suppressed' || row.status === 'uncertain') return { action: 'skip', why: 'already-final' };
  if (row.status === 'sending') return { action: 'uncertain' };
  const to = row.to_address.toLowerCase();
  if (to === ctx.programAddress || to.endsWith(`@${ctx.programDomain}`) && to.startsWith(ctx.programAddress.split('@')[0] ?? '\u0000')) {
    return { action: 'suppress', why: 'own address' };
  }
  if (isRobotAddress(to)) return { action: 'suppress', why: 'robot address' };
  if (ctx.undeliverable) return { action: 'suppress', why: 'address undeliverable' };
  // Coordinators get a notice per applicant and answers to their commands: the cap is for strangers;
  // a loop with a coordinator's auto-responder is caught by the global breaker.
  if (ctx.sentToday >= ctx.dailyCap && !ctx.coordinator) return { action: 'defer', untilMs: ctx.now + 6 * 3600 * 1000 };
  return { action: 'send' };
}
