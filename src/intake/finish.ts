import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { Database } from '../db/schema.js';
import type { Folder } from './route.js';

export interface Disposition {
  kind: string;
  folder: Folder;
  reason: string | null;
}

/** Marks the message row done; from here on a second fetch only moves the IMAP copy. */
export async function finishMessage(db: Db | Transaction<Database>, rowId: number, d: Disposition): Promise<void> {
  await db
    .updateTable('message')
    .set({ kind: d.kind, folder: d.folder, reason: d.reason?.slice(0, 1000) ?? null, processed_at: new Date() })
    .where('id', '=', rowId)
    .execute();
}
