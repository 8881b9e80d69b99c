import { activeMatchesOf } from '../../matching/match.repository.js';
import { findApplicant } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `UNMATCH a b`, or `UNMATCH a` when a has one active match; `reason="…"` is kept with it. */
export const unmatch: CommandHandler = async (cmd, ctx) => {
  const first = await findApplicant(ctx, cmd.refs);
  if ('error' in first) return fail(first.error);
  const other = cmd.refs.length > 1 ? await findApplicant(ctx, cmd.refs, 1) : null;
  if (other && 'error' in other) return fail(other.error);
  const a = first.applicant;
  const matches = (await activeMatchesOf(ctx.trx, a.id)).filter((m) => !other || m.mentor_id === other.applicant.id || m.mentee_id === other.applicant.id);
  if (matches.length === 0) return fail(`${a.ref} has no active match${other ? ` with ${other.applicant.ref}` : ''}: nothing changed`);
  if (matches.length > 1) return fail(`${a.ref} has ${matches.length} active matches: name the other person too (UNMATCH ${a.ref} A-…)`);
  const m = matches[0]!;
  await ctx.trx
    .updateTable('match')
    .set({ status: 'ended', ended_at: ctx.now, ended_by: ctx.coordinator, end_reason: cmd.options.reason ?? null, watch: m.watch === 'watching' ? 'closed' : m.watch })
    .where('id', '=', m.id)
    .execute();
  const people = await ctx.trx.selectFrom('applicant').select(['id', 'ref']).where('id', 'in', [m.mentor_id, m.mentee_id]).execute();
  const ref = (id: number): string => people.find((p) => p.id === id)?.ref ?? String(id);
  return ok(
    `Ended: ${ref(m.mentor_id)} no longer mentors ${ref(m.mentee_id)}. Neither was told by mail: write to them yourself. ` +
      `For a new mentor: SUGGEST ${ref(m.mentee_id)}`,
  );
};
