import type { ApplicantRow } from '../db/schema.js';
import type { CommandContext } from './context.js';

export type ApplicantPatch = Partial<Pick<ApplicantRow, 'name' | 'role' | 'areas' | 'status' | 'institution' | 'country' | 'capacity'>>;

/** Applies a coordinator's change and keeps the before/after so UNDO can reverse it. */
export async function changeApplicant(ctx: CommandContext, applicant: ApplicantRow, patch: ApplicantPatch): Promise<ApplicantRow> {
  const before = Object.fromEntries(Object.keys(patch).map((k) => [k, applicant[k as keyof ApplicantPatch]]));
  const updated = await ctx.trx
    .updateTable('applicant')
    .set({ ...patch, updated_at: ctx.now })
    .where('id', '=', applicant.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await ctx.trx
    .insertInto('coordinator_change')
    .values({ coordinator: ctx.coordinator, applicant_id: applicant.id, audit_id: ctx.auditId, before: JSON.stringify(before), after: JSON.stringify(patch) })
    .execute();
  for (const [field, value] of Object.entries(patch)) {
    await ctx.trx
      .insertInto('applicant_change')
      .values({ applicant_id: applicant.id, message_row_id: null, field, old_value: JSON.stringify(before[field] ?? null), new_value: JSON.stringify(value) })
      .execute();
  }
  return updated;
}
