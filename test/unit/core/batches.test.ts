import { describe, expect, it } from 'vitest';
import { cursorAfter, planBatches, pool } from '../../../src/mailbox/batches.js';
import { startUid } from '../../../src/mailbox/cursor.js';

describe('download batches', () => {
  it('bounds batches by count and bytes and never downloads oversize mail', () => {
    const listed = [5, 1, 3, 2, 4].map((uid) => ({ uid, size: uid === 3 ? 1000 : 10 }));
    const { batches, oversize } = planBatches(listed, { maxMessageBytes: 500, batchCount: 2, batchBytes: 100 });
    expect(oversize.map((m) => m.uid)).toEqual([3]);
    expect(batches.map((b) => b.map((m) => m.uid))).toEqual([[1, 2], [4, 5]]);
    const bytes = planBatches(listed, { maxMessageBytes: 5000, batchCount: 10, batchBytes: 1005 });
    expect(bytes.batches.map((b) => b.map((m) => m.uid))).toEqual([[1, 2], [3], [4, 5]]);
  });

  it('stops the cursor just before the first failure', () => {
    expect(cursorAfter([3, 1, 2], new Set(), 0)).toBe(3);
    expect(cursorAfter([1, 2, 3], new Set([2]), 0)).toBe(1);
    expect(cursorAfter([4, 5], new Set([4]), 3)).toBe(3);
  });

  it('starts over after a UIDVALIDITY change', () => {
    expect(startUid(null, '7')).toEqual({ from: 1, resync: false });
    expect(startUid({ uidValidity: '7', lastUid: 41 }, '7')).toEqual({ from: 42, resync: false });
    expect(startUid({ uidValidity: '7', lastUid: 41 }, '8')).toEqual({ from: 1, resync: true });
  });

  it('runs a pool with bounded concurrency and keeps the order', async () => {
    let active = 0;
    let peak = 0;
    const results = await pool([30, 10, 20, 5], 2, async (ms) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, ms));
      active--;
      if (ms === 20) throw new Error('boom');
      return ms * 2;
    });
    expect(peak).toBe(2);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'x'))).toEqual([60, 20, 'x', 10]);
  });
});

describe('poolByKey', () => {
  it('keeps one key in order while other keys run alongside', async () => {
    const order: string[] = [];
    const items = [
      { k: 'a', v: 'a1', ms: 30 },
      { k: 'b', v: 'b1', ms: 5 },
      { k: 'a', v: 'a2', ms: 1 },
    ];
    const { poolByKey } = await import('../../../src/mailbox/batches.js');
    const results = await poolByKey(items, (i) => i.k, 4, async (i) => {
      await new Promise((r) => setTimeout(r, i.ms));
      order.push(i.v);
      return i.v;
    });
    expect(order).toEqual(['b1', 'a1', 'a2']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : ''))).toEqual(['a1', 'b1', 'a2']);
  });
});

describe('conversationLanes', () => {
  it('puts a reply in the lane of the mail it answers, and one sender in one lane', async () => {
    const { conversationLanes } = await import('../../../src/mailbox/batches.js');
    const lanes = conversationLanes([
      { uid: 1, sender: 'mentor@x.org', messageId: '<intro@x.org>', inReplyTo: null },
      { uid: 2, sender: 'other@y.org', messageId: '<o@y.org>', inReplyTo: null },
      { uid: 3, sender: 'mentee@z.org', messageId: '<r@z.org>', inReplyTo: '<intro@x.org>' },
      { uid: 4, sender: 'mentee@z.org', messageId: '<r2@z.org>', inReplyTo: null },
    ]);
    expect(lanes.get(3)).toBe(lanes.get(1));
    expect(lanes.get(4)).toBe(lanes.get(1));
    expect(lanes.get(2)).not.toBe(lanes.get(1));
  });
});
