import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { addToOutbox } from './outbox.repository.js';
import type { Rendered } from './render.js';
import { BREAKER_ALERT } from './send-decision.js';

const KEY = 'send-breaker';

export async function breakerState(db: Db, now: number): Promise<{ pausedUntilMs: number | null; sentLastHour: number }> {
  const [control, sent] = await Promise.all([
    db.selectFrom('control').select('value').where('key', '=', KEY).executeTakeFirst(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sent_at', '>', new Date(now - 3600_000))
      .executeTakeFirstOrThrow(),
  ]);
  const until = (control?.value as { untilMs?: number } | undefined)?.untilMs ?? null;
  return { pausedUntilMs: until, sentLastHour: Number(sent.n) };
}

/** Opens the breaker and queues one alert per coordinator per trip; returns the alert outbox ids. */
export async function tripBreaker(db: Db, config: Config, render: (t: string, v: object) => Rendered, untilMs: number, sentLastHour: number): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const value = JSON.stringify({ untilMs, sentLastHour });
    await trx
      .insertInto('control')
      .values({ key: KEY, value, updated_at: new Date() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql`now()` }))
      .execute();
    const ids: number[] = [];
    const view = { programName: config.PROGRAM_NAME, sentLastHour, limit: config.SEND_BREAKER_PER_HOUR, resumeAt: new Date(untilMs).toUTCString() };
    for (const to of config.COORDINATORS) {
      const outbox = await addToOutbox(
        trx,
        { idempotencyKey: `${BREAKER_ALERT}:${untilMs}:${to}`, kind: BREAKER_ALERT, template: BREAKER_ALERT, to, replyTo: null, rendered: render(BREAKER_ALERT, view), threadId: null, applicantId: null, answersMessageRowId: null, inReplyTo: null, references: [] },
        config.programDomain,
      );
      if (outbox.created) ids.push(outbox.id);
    }
    return ids;
  });
}
