import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { ApplicantRow, Database } from '../db/schema.js';

type Conn = Db | Transaction<Database>;

export async function findApplicantByEmailForUpdate(trx: Transaction<Database>, email: string): Promise<ApplicantRow | undefined> {
  return trx.selectFrom('applicant').selectAll().where('email', '=', email).forUpdate().executeTakeFirst();
}

export async function findApplicantByEmail(db: Conn, email: string): Promise<ApplicantRow | undefined> {
  return db.selectFrom('applicant').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function nextStatementVersion(trx: Transaction<Database>, applicantId: number): Promise<number> {
  const row = await trx
    .selectFrom('statement')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('applicant_id', '=', applicantId)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export async function listApplicants(db: Conn): Promise<ApplicantRow[]> {
  return db.selectFrom('applicant').selectAll().orderBy('id').execute();
}
