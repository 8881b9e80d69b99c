import type { Transaction } from 'kysely';
import type { Database, ThreadRow } from '../db/schema.js';
import { newThreadKey } from './key.js';

/** The one application thread of an applicant: acknowledgements and corrections live on it. */
export async function applicationThread(
  trx: Transaction<Database>,
  applicantId: number,
  address: string,
  subject: string | null,
): Promise<ThreadRow> {
  const existing = await trx
    .selectFrom('thread')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('kind', '=', 'application')
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing;
  return trx
    .insertInto('thread')
    .values({ key: newThreadKey(), kind: 'application', applicant_id: applicantId, address, subject })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function threadForReplyTarget(db: Transaction<Database> | import('../db/db.js').Db, keys: string[], messageIds: string[]) {
  if (keys.length > 0) {
    const byKey = await db.selectFrom('thread').selectAll().where('key', 'in', keys).executeTakeFirst();
    if (byKey) return byKey;
  }
  if (messageIds.length > 0) {
    const byId = await db
      .selectFrom('outbox')
      .innerJoin('thread', 'thread.id', 'outbox.thread_id')
      .selectAll('thread')
      .where('outbox.message_id', 'in', messageIds)
      .executeTakeFirst();
    if (byId) return byId;
  }
  return undefined;
}
