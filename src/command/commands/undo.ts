import { ok, fail, type CommandHandler } from '../context.js';

/** `UNDO` — reverses this coordinator's last change, if it is recent enough. */
export const undo: CommandHandler = async (_cmd, ctx) => {
  const since = new Date(ctx.now.getTime() - ctx.config.UNDO_WINDOW_MINUTES * 60_000);
  const last = await ctx.trx
    .selectFrom('coordinator_change')
    .innerJoin('applicant', 'applicant.id', 'coordinator_change.applicant_id')
    .select(['coordinator_change.id', 'coordinator_change.before', 'coordinator_change.applicant_id', 'coordinator_change.created_at', 'applicant.ref'])
    .where('coordinator', '=', ctx.coordinator)
    .where('undone_at', 'is', null)
    .orderBy('coordinator_change.id', 'desc')
    .forUpdate()
    .executeTakeFirst();
  if (!last) return fail('nothing to undo: you have made no change yet');
  if (last.created_at < since) return fail(`your last change (${last.ref}) is older than ${ctx.config.UNDO_WINDOW_MINUTES} minutes and can no longer be undone by mail`);
  const before = last.before as Record<string, unknown>;
  await ctx.trx.updateTable('applicant').set({ ...before, updated_at: ctx.now }).where('id', '=', last.applicant_id).execute();
  await ctx.trx.updateTable('coordinator_change').set({ undone_at: ctx.now }).where('id', '=', last.id).execute();
  const restored = Object.entries(before).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('; ') : String(v)}`).join(', ');
  return ok(`Undone: ${last.ref} is back to ${restored}.`);
};
