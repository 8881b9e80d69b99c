import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { Database } from '../db/schema.js';
import type { Folder } from './route.js';

export interface Disposition {
  kind: string;
  folder: Folder;
  reason: string | null;
}

/** Another worker (or a second copy of the same bytes) finished this message first. */
export class AlreadyProcessed extends Error {
  override name = 'AlreadyProcessed';
  constructor(readonly folder: Folder) {
    super('message already processed');
  }
}

/**
 * Locks the message row for the finishing transaction; throws AlreadyProcessed when someone else
 * finished it meanwhile, so two copies fetched at once still give one applicant and one answer.
 */
export async function claimMessage(trx: Transaction<Database>, rowId: number): Promise<void> {
  const row = await trx.selectFrom('message').select(['processed_at', 'folder']).where('id', '=', rowId).forUpdate().executeTakeFirstOrThrow();
  if (row.processed_at !== null) throw new AlreadyProcessed((row.folder as Folder | null) ?? 'processed');
}

/** Marks the message row done; from here on a second fetch only moves the IMAP copy. */
export async function finishMessage(db: Db | Transaction<Database>, rowId: number, d: Disposition, alreadyClaimed = false): Promise<void> {
  const update = async (trx: Transaction<Database>): Promise<void> => {
    if (!alreadyClaimed) await claimMessage(trx, rowId);
    await trx
      .updateTable('message')
      .set({ kind: d.kind, folder: d.folder, reason: d.reason?.slice(0, 1000) ?? null, processed_at: new Date() })
      .where('id', '=', rowId)
      .execute();
  };
  if (db.isTransaction) await update(db as Transaction<Database>);
  else await (db as Db).transaction().execute(update);
}
