import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/message/inbound.js';
import { effectiveDate, isCopiedConversation, isLate, threadKeysIn } from '../../../src/intake/route.js';

const ctx = { programAddresses: ['mentoring@program.test'], delimiter: '+', coordinators: [] };
const msg = (over: Partial<InboundMessage>): InboundMessage =>
  ({ to: [], cc: [], deliveredTo: [], from: { address: 'a@x.org', name: '' }, date: null, ...over }) as InboundMessage;

describe('routing decisions', () => {
  it('finds thread keys in To, Cc and Delivered-To', () => {
    const m = msg({
      to: [{ address: 'mentoring+abcdefgh2345@program.test', name: '' }],
      deliveredTo: ['mentoring+zzzzzzzz9999@program.test', 'other+abcdefgh@x.org'],
    });
    expect(threadKeysIn(m, ctx).sort()).toEqual(['abcdefgh2345', 'zzzzzzzz9999']);
  });

  it('sees a conversation the program is only copied on', () => {
    const intro = msg({ to: [{ address: 'mentee@x.org', name: '' }], cc: [{ address: 'mentoring@program.test', name: '' }] });
    expect(isCopiedConversation(intro, ctx)).toBe(true);
    const direct = msg({ to: [{ address: 'mentoring@program.test', name: '' }], cc: [{ address: 'boss@x.org', name: '' }] });
    expect(isCopiedConversation(direct, ctx)).toBe(false);
  });

  it('dates mail by its Date header unless that lies in the future', () => {
    const received = new Date('2025-01-10T00:00:00Z');
    expect(effectiveDate(msg({ date: new Date('2025-01-09T00:00:00Z') }), received).toISOString()).toBe('2025-01-09T00:00:00.000Z');
    expect(effectiveDate(msg({ date: new Date('3000-01-01T00:00:00Z') }), received)).toBe(received);
    expect(effectiveDate(msg({ date: null }), received)).toBe(received);
  });

  it('is late only after a configured deadline', () => {
    const deadline = new Date('2014-11-16T05:59:59.999Z');
    expect(isLate(new Date('2014-11-16T06:00:00Z'), deadline)).toBe(true);
    expect(isLate(new Date('2014-11-15T20:00:00Z'), deadline)).toBe(false);
    expect(isLate(new Date('2099-01-01T00:00:00Z'), null)).toBe(false);
  });
});
