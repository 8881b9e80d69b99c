import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { ApplicantRow, Database, MatchRow } from '../db/schema.js';

type Conn = Db | Transaction<Database>;

export async function activeMatchesOf(db: Conn, applicantId: number): Promise<MatchRow[]> {
  return db
    .selectFrom('match')
    .selectAll()
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('mentor_id', '=', applicantId), eb('mentee_id', '=', applicantId)]))
    .orderBy('id')
    .execute();
}

/** Every match a person has had, ended ones too: a letter recognises work done before an UNMATCH. */
export async function matchesOf(db: Conn, applicantId: number): Promise<MatchRow[]> {
  return db
    .selectFrom('match')
    .selectAll()
    .where((eb) => eb.or([eb('mentor_id', '=', applicantId), eb('mentee_id', '=', applicantId)]))
    .orderBy('id')
    .execute();
}

export async function activePair(db: Conn, mentorId: number, menteeId: number): Promise<MatchRow | undefined> {
  return db.selectFrom('match').selectAll().where('status', '=', 'active').where('mentor_id', '=', mentorId).where('mentee_id', '=', menteeId).executeTakeFirst();
}

/** Active mentees per mentor. */
export async function mentorLoads(db: Conn): Promise<Map<number, number>> {
  const rows = await db.selectFrom('match').select(['mentor_id']).select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'active').groupBy('mentor_id').execute();
  return new Map(rows.map((r) => [r.mentor_id, Number(r.n)]));
}

export async function matchedMenteeIds(db: Conn): Promise<Set<number>> {
  const rows = await db.selectFrom('match').select('mentee_id').where('status', '=', 'active').execute();
  return new Set(rows.map((r) => r.mentee_id));
}

export async function lockMatch(trx: Transaction<Database>, id: number): Promise<MatchRow | undefined> {
  return trx.selectFrom('match').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function applicantsByIds(db: Conn, ids: number[]): Promise<Map<number, ApplicantRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('applicant').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The mentor's introduction left: the first-contact clock starts now, not when MATCH was typed. */
export async function markIntroduced(db: Conn, threadId: number, at: Date): Promise<number[]> {
  const rows = await db.updateTable('match').set({ introduced_at: at }).where('thread_id', '=', threadId).where('introduced_at', 'is', null).returning('id').execute();
  return rows.map((r) => r.id);
}

/** First contact is known (the mentee said YES, or the mentor's first mail copied the program): the watch ends. */
export async function confirmFirstContact(db: Conn, matchId: number, at: Date, source: string): Promise<boolean> {
  const r = await db
    .updateTable('match')
    .set({ first_contact_at: at, first_contact_source: source, watch: 'confirmed' })
    .where('id', '=', matchId)
    .where('first_contact_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
