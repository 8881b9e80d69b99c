import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { Database, ThreadRow } from '../db/schema.js';
import { newThreadKey } from './key.js';

type Conn = Db | Transaction<Database>;

/** The one application thread of an applicant: acknowledgements and corrections live on it. */
export async function applicationThread(trx: Conn, applicantId: number, address: string, subject: string | null): Promise<ThreadRow> {
  const existing = await trx
    .selectFrom('thread')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('kind', '=', 'application')
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing;
  return createThread(trx, { kind: 'application', applicantId, participants: [address], subject, rootMessageId: null });
}

export async function createThread(
  db: Conn,
  t: { kind: string; applicantId: number | null; participants: string[]; subject: string | null; rootMessageId: string | null },
): Promise<ThreadRow> {
  return db
    .insertInto('thread')
    .values({
      key: newThreadKey(),
      kind: t.kind,
      applicant_id: t.applicantId,
      address: t.participants[0] ?? '',
      participants: t.participants,
      subject: t.subject,
      root_message_id: t.rootMessageId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Remembers that a Message-ID belongs to a thread, so replies to it resolve there. */
export async function recordThreadMessage(db: Conn, threadId: number, messageId: string | null, direction: 'in' | 'out'): Promise<void> {
  if (!messageId) return;
  await db
    .insertInto('thread_message')
    .values({ thread_id: threadId, message_id: messageId, direction })
    .onConflict((oc) => oc.columns(['message_id', 'thread_id']).doNothing())
    .execute();
}

export async function threadByKey(db: Conn, keys: string[]): Promise<ThreadRow | undefined> {
  if (keys.length === 0) return undefined;
  return db.selectFrom('thread').selectAll().where('key', 'in', keys).executeTakeFirst();
}

/** The thread of the first of the given Message-IDs we know (In-Reply-To first, then References, newest first). */
export async function threadByMessageIds(db: Conn, messageIds: string[]): Promise<ThreadRow | undefined> {
  if (messageIds.length === 0) return undefined;
  const rows = await db
    .selectFrom('thread_message')
    .innerJoin('thread', 'thread.id', 'thread_message.thread_id')
    .selectAll('thread')
    .select('thread_message.message_id as known_id')
    .where('thread_message.message_id', 'in', messageIds.slice(0, 50))
    .orderBy('thread.id', 'desc')
    .execute();
  for (const id of messageIds) {
    const hit = rows.find((r) => r.known_id === id);
    if (hit) {
      const { known_id: _known, ...thread } = hit;
      return thread;
    }
  }
  return undefined;
}

/** An applicant's application thread named by the `[A-0012]` tag we put in subjects. */
export async function threadByApplicantRef(db: Conn, ref: string): Promise<ThreadRow | undefined> {
  return db
    .selectFrom('thread')
    .innerJoin('applicant', 'applicant.id', 'thread.applicant_id')
    .selectAll('thread')
    .where('applicant.ref', '=', ref)
    .where('thread.kind', '=', 'application')
    .executeTakeFirst();
}

export async function addParticipants(db: Conn, thread: ThreadRow, addresses: string[]): Promise<void> {
  const missing = addresses.filter((a) => !thread.participants.includes(a));
  if (missing.length === 0) return;
  await db.updateTable('thread').set({ participants: [...thread.participants, ...missing] }).where('id', '=', thread.id).execute();
}
