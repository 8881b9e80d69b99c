import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { Database } from '../db/schema.js';
import type { InboundMessage } from '../message/inbound.js';

export interface Origin {
  origin: 'imap' | 'import';
  mailbox: string | null;
  uid: number | null;
  uidValidity: string | null;
  receivedAt: Date;
}

export interface StoredMessage {
  rowId: number;
  /** The row was already there (same Message-ID or same raw bytes). */
  duplicate: boolean;
  /** Processing finished earlier: nothing is to be done again, only the IMAP move. */
  processed: boolean;
  folder: string | null;
}

/** Stores the raw message once; a second fetch of the same message finds the first row. */
/**
 * Above this size the raw bytes go to Postgres in slices: node-postgres sends a bytea parameter as
 * hex text, so one 34 MB message would briefly cost ~140 MB of strings and buffers in this process.
 */
export const RAW_SLICE_BYTES = 1024 * 1024;

export async function storeOnce(db: Db, msg: InboundMessage, raw: Buffer, origin: Origin, complete = true): Promise<StoredMessage> {
  if (raw.length <= RAW_SLICE_BYTES) return insertOnce(db, msg, raw, origin, complete);
  // One transaction: a crash half-way leaves no row with half a message in it.
  return db.transaction().execute(async (trx) => {
    const stored = await insertOnce(trx, msg, raw.subarray(0, RAW_SLICE_BYTES), origin, complete);
    if (stored.duplicate) return stored;
    for (let at = RAW_SLICE_BYTES; at < raw.length; at += RAW_SLICE_BYTES) {
      const slice = raw.subarray(at, at + RAW_SLICE_BYTES);
      await trx.updateTable('message').set({ raw: sql<Buffer>`raw || ${slice}` }).where('id', '=', stored.rowId).execute();
    }
    return stored;
  });
}

async function insertOnce(db: Db | Transaction<Database>, msg: InboundMessage, raw: Buffer, origin: Origin, complete: boolean): Promise<StoredMessage> {
  const inserted = await db
    .insertInto('message')
    .values({
      message_key: msg.key,
      message_id: msg.messageId,
      raw_sha256: msg.rawSha256,
      raw,
      raw_complete: complete,
      size: msg.size,
      from_address: msg.from?.address ?? null,
      from_name: msg.from?.name || null,
      subject: msg.subject || null,
      sent_at: msg.date,
      received_at: origin.receivedAt,
      origin: origin.origin,
      mailbox: origin.mailbox,
      uid: origin.uid,
      uid_validity: origin.uidValidity,
      kind: null,
      folder: null,
      reason: null,
      last_error: null,
      processed_at: null,
    })
    .onConflict((oc) => oc.column('message_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { rowId: inserted.id, duplicate: false, processed: false, folder: null };
  const existing = await db
    .selectFrom('message')
    .select(['id', 'processed_at', 'folder'])
    .where('message_key', '=', msg.key)
    .executeTakeFirstOrThrow();
  return { rowId: existing.id, duplicate: true, processed: existing.processed_at !== null, folder: existing.folder };
}

export async function recordFailure(db: Db, rowId: number, error: string): Promise<number> {
  const row = await db
    .updateTable('message')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 1000) }))
    .where('id', '=', rowId)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}
