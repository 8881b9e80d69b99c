import { sql } from 'kysely';
import type { Db } from '../db/db.js';

export interface Cursor {
  uidValidity: string;
  lastUid: number;
}

export async function loadCursor(db: Db, mailbox: string): Promise<Cursor | null> {
  const row = await db.selectFrom('mailbox_cursor').selectAll().where('mailbox', '=', mailbox).executeTakeFirst();
  return row ? { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) } : null;
}

/** Never moves backwards within one UIDVALIDITY: two catch-ups finishing out of order cannot rewind it. */
export async function saveCursor(db: Db, mailbox: string, cursor: Cursor): Promise<void> {
  await db
    .insertInto('mailbox_cursor')
    .values({ mailbox, uid_validity: cursor.uidValidity, last_uid: cursor.lastUid, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('mailbox').doUpdateSet((eb) => ({
        uid_validity: eb.ref('excluded.uid_validity'),
        last_uid: sql<number>`CASE WHEN mailbox_cursor.uid_validity = excluded.uid_validity
          THEN greatest(mailbox_cursor.last_uid, excluded.last_uid) ELSE excluded.last_uid END`,
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** A UIDVALIDITY change means every UID we knew is void: start over (store-once dedupes by Message-ID). */
export function startUid(cursor: Cursor | null, uidValidity: string): { from: number; resync: boolean } {
  if (!cursor) return { from: 1, resync: false };
  if (cursor.uidValidity !== uidValidity) return { from: 1, resync: true };
  return { from: cursor.lastUid + 1, resync: false };
}
