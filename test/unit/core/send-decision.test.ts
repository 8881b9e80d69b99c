import { describe, expect, it } from 'vitest';
import { decideSend, isRobotAddress } from '../../../src/outgoing/send-decision.js';

const ctx = { undeliverable: false, programAddress: 'mentoring@program.test', programDomain: 'program.test', sentToday: 0, dailyCap: 3, now: 1000 };

describe('decideSend', () => {
  it('sends a queued mail to a person', () => {
    expect(decideSend({ status: 'queued', to_address: 'a@x.org' }, ctx)).toEqual({ action: 'send' });
  });
  it('never sends twice, and never guesses after an interrupted send', () => {
    expect(decideSend({ status: 'sent', to_address: 'a@x.org' }, ctx)).toEqual({ action: 'skip', why: 'already-sent' });
    expect(decideSend({ status: 'sending', to_address: 'a@x.org' }, ctx)).toEqual({ action: 'uncertain' });
  });
  it('suppresses mail to robots, to ourselves and to dead addresses', () => {
    expect(decideSend({ status: 'queued', to_address: 'MAILER-DAEMON@x.org' }, ctx)).toMatchObject({ action: 'suppress' });
    expect(decideSend({ status: 'queued', to_address: 'mentoring+abc@program.test' }, ctx)).toMatchObject({ action: 'suppress', why: 'own address' });
    expect(decideSend({ status: 'queued', to_address: 'a@x.org' }, { ...ctx, undeliverable: true })).toMatchObject({ action: 'suppress' });
  });
  it('defers past the daily cap per recipient', () => {
    expect(decideSend({ status: 'queued', to_address: 'a@x.org' }, { ...ctx, sentToday: 3 })).toEqual({ action: 'defer', untilMs: 1000 + 6 * 3600 * 1000 });
  });
  it('knows robot local parts', () => {
    expect(['noreply@x.org', 'no-reply@x.org', 'postmaster@x.org', 'bounces+123@x.org'].every(isRobotAddress)).toBe(true);
    expect(['noreen@x.org', 'replyto.jane@x.org'].some(isRobotAddress)).toBe(false);
  });
});

describe('breakerDecision', () => {
  it('trips at the hourly limit, stays open while paused, and lets the alert itself through', async () => {
    const { breakerDecision } = await import('../../../src/outgoing/send-decision.js');
    const base = { pausedUntilMs: null, sentLastHour: 10, perHourLimit: 100, now: 1000 };
    expect(breakerDecision('ack', base)).toBeNull();
    expect(breakerDecision('ack', { ...base, sentLastHour: 100 })).toEqual({ action: 'pause', untilMs: 1000 + 3600_000, trip: true });
    expect(breakerDecision('ack', { ...base, pausedUntilMs: 5000 })).toEqual({ action: 'pause', untilMs: 5000, trip: false });
    expect(breakerDecision('ack', { ...base, pausedUntilMs: 500 })).toBeNull();
    expect(breakerDecision('breaker-alert', { ...base, sentLastHour: 1000, pausedUntilMs: 5000 })).toBeNull();
  });
});

describe('the daily cap and coordinators', () => {
  it('does not hold back mail to a coordinator', async () => {
    const { decideSend } = await import('../../../src/outgoing/send-decision.js');
    const ctx = { undeliverable: false, programAddress: 'p@x.test', programDomain: 'x.test', sentToday: 50, dailyCap: 10, now: 0 };
    expect(decideSend({ status: 'queued', to_address: 'dana@x.org' }, { ...ctx, coordinator: true })).toEqual({ action: 'send' });
    expect(decideSend({ status: 'queued', to_address: 'dana@x.org' }, ctx).action).toBe('defer');
  });
});
