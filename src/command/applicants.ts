import type { ApplicantRow } from '../db/schema.js';
import type { CommandContext } from './context.js';
import type { ApplicantRef } from './parse/index.js';

export type Found = { applicant: ApplicantRow } | { error: string };

/** The applicant a command names (by ref or address), or the one the replied-to mail was about. */
export async function findApplicant(ctx: CommandContext, refs: ApplicantRef[], index = 0): Promise<Found> {
  const ref = refs[index];
  const q = ctx.trx.selectFrom('applicant').selectAll();
  if (!ref) {
    if (index === 0 && ctx.threadApplicantId) {
      const row = await q.where('id', '=', ctx.threadApplicantId).executeTakeFirst();
      if (row) return { applicant: row };
    }
    return { error: 'name the applicant by reference (A-0012) or address' };
  }
  const row = ref.kind === 'ref' ? await q.where('ref', '=', ref.ref).executeTakeFirst() : await q.where('email', '=', ref.email).executeTakeFirst();
  return row ? { applicant: row } : { error: `no applicant ${ref.kind === 'ref' ? ref.ref : ref.email}` };
}

export function summaryLine(a: Pick<ApplicantRow, 'ref' | 'name' | 'email' | 'role' | 'areas' | 'status' | 'statement_status'>): string {
  const review = a.statement_status === 'ok' ? '' : ` [statement: ${a.statement_status}]`;
  return `${a.ref}  ${a.name ?? '(no name)'} <${a.email}>  ${a.role}  ${a.areas.join('; ') || '(no areas)'}  ${a.status}${review}`;
}

export function applicantCard(a: ApplicantRow): string {
  return [
    `${a.ref}  ${a.name ?? '(no name)'} <${a.email}>`,
    `  role:        ${a.role}`,
    `  areas:       ${a.areas.join('; ') || '(none)'}`,
    `  institution: ${a.institution ?? '-'}`,
    `  country:     ${a.country ?? '-'}`,
    `  language:    ${a.language ?? '-'}`,
    `  status:      ${a.status}${a.undeliverable ? ' (address undeliverable)' : ''}`,
    `  statement:   ${a.statement_status}`,
    `  applied:     ${a.created_at.toISOString().slice(0, 10)}, updated ${a.updated_at.toISOString().slice(0, 10)}`,
  ].join('\n');
}
