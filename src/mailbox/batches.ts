export interface Listed {
  uid: number;
  size: number;
}

/**
 * Splits the listed messages into download batches bounded by count and bytes, keeping memory flat
 * on a large backlog; messages over the size limit go into `oversize` and are never downloaded.
 */
export function planBatches(listed: Listed[], o: { maxMessageBytes: number; batchCount: number; batchBytes: number }) {
  const sorted = [...listed].sort((a, b) => a.uid - b.uid);
  const oversize = sorted.filter((m) => m.size > o.maxMessageBytes);
  const batches: Listed[][] = [];
  let current: Listed[] = [];
  let bytes = 0;
  for (const m of sorted) {
    if (m.size > o.maxMessageBytes) continue;
    if (current.length > 0 && (current.length >= o.batchCount || bytes + m.size > o.batchBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += m.size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversize };
}

/** The cursor may only pass UIDs that are done: it stops just before the first failure. */
export function cursorAfter(uids: number[], failed: Set<number>, previous: number): number {
  let last = previous;
  for (const uid of [...uids].sort((a, b) => a - b)) {
    if (failed.has(uid)) break;
    last = Math.max(last, uid);
  }
  return last;
}

/** Runs tasks with at most `limit` in flight; results keep the input order. */
export async function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: 'fulfilled', value: await run(items[i] as T) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * Like `pool`, but items with the same key run one after another in input order: two mails from one
 * sender in one batch must be seen in arrival order (a resubmission after the first application).
 */
export async function poolByKey<T, R>(items: T[], key: (item: T) => string, limit: number, run: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const lanes = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    lanes.set(k, [...(lanes.get(k) ?? []), i]);
  });
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  await pool([...lanes.values()], limit, async (indexes) => {
    for (const i of indexes) {
      try {
        results[i] = { status: 'fulfilled', value: await run(items[i] as T) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  });
  return results;
}

/**
 * Lane keys for a batch: mails from one sender, and a reply with the mail it answers, share a lane,
 * so they are processed in arrival order (a mentee's answer after the mentor's introduction).
 */
export function conversationLanes(items: { uid: number; sender: string; messageId: string | null; inReplyTo: string | null }[]): Map<number, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const byMessageId = new Map<string, string>();
  for (const m of items) {
    const key = `from:${m.sender}`;
    if (!parent.has(key)) parent.set(key, key);
    if (m.messageId) byMessageId.set(m.messageId, key);
  }
  for (const m of items) {
    const answered = m.inReplyTo ? byMessageId.get(m.inReplyTo) : undefined;
    if (answered) union(answered, `from:${m.sender}`);
  }
  return new Map(items.map((m) => [m.uid, find(`from:${m.sender}`)]));
}

/**
 * Cuts a batch around each barrier (a coordinator's mail), which then runs alone: a command sees every
 * mail that arrived before it (MATCH in a backlog finds the applications ahead of it), and every mail
 * after it sees what it did (the mentor's first mail finds the match).
 */
export function segmentsAround<T>(items: T[], isBarrier: (item: T) => boolean): T[][] {
  const segments: T[][] = [];
  let current: T[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push(current);
    current = [];
  };
  for (const item of items) {
    if (isBarrier(item)) {
      close();
      segments.push([item]);
    } else current.push(item);
  }
  close();
  return segments;
}
