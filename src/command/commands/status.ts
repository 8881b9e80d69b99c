import { AREAS } from '../../statement/types.js';
import { applicantCard, findApplicant } from '../applicants.js';
import { fail, ok, type CommandContext, type CommandHandler } from '../context.js';
import { matchesOf } from '../../matching/match.repository.js';

/** The matches of one applicant, newest last, as the card's tail. */
async function matchLines(ctx: CommandContext, applicantId: number): Promise<string[]> {
  const matches = await matchesOf(ctx.trx, applicantId);
  if (matches.length === 0) return ['  matches:     none'];
  const others = await ctx.trx.selectFrom('applicant').select(['id', 'ref', 'name']).where('id', 'in', matches.map((m) => (m.mentor_id === applicantId ? m.mentee_id : m.mentor_id))).execute();
  return matches.map((m) => {
    const otherId = m.mentor_id === applicantId ? m.mentee_id : m.mentor_id;
    const o = others.find((x) => x.id === otherId);
    const role = m.mentor_id === applicantId ? 'mentors' : 'mentored by';
    const contact = m.first_contact_at ? `first contact ${m.first_contact_at.toISOString().slice(0, 10)}` : m.watch === 'alerted' ? 'no first contact (alerted)' : 'first contact not confirmed yet';
    const state = m.status === 'active' ? `since ${m.created_at.toISOString().slice(0, 10)}, ${contact}` : `ended ${m.ended_at?.toISOString().slice(0, 10) ?? ''}`;
    return `  match:       ${role} ${o?.ref ?? otherId} ${o?.name ?? ''} (${state})`;
  });
}

/** `STATUS` — program counts by role, area and status; `STATUS ref` — one applicant. */
export const status: CommandHandler = async (cmd, ctx) => {
  if (cmd.refs.length > 0) {
    const found = await findApplicant(ctx, cmd.refs);
    if ('error' in found) return fail(found.error);
    return ok([applicantCard(found.applicant), ...(await matchLines(ctx, found.applicant.id))].join('\n'));
  }
  const matches = await ctx.trx.selectFrom('match').select(['status', 'watch', 'first_contact_at']).execute();
  const active = matches.filter((m) => m.status === 'active');
  const rows = await ctx.trx.selectFrom('applicant').select(['role', 'areas', 'status', 'statement_status', 'undeliverable']).execute();
  const count = (pred: (r: (typeof rows)[number]) => boolean): number => rows.filter(pred).length;
  const lines = [
    `Applicants: ${rows.length}`,
    `  mentors ${count((r) => r.role === 'mentor')}, mentees ${count((r) => r.role === 'mentee')}, role unclear ${count((r) => r.role === 'unclear')}`,
    '',
    'By area (mentors / mentees):',
    ...AREAS.map((a) => `  ${a}: ${count((r) => r.role === 'mentor' && r.areas.includes(a))} / ${count((r) => r.role === 'mentee' && r.areas.includes(a))}`),
    '',
    'By status:',
    ...[...new Set(rows.map((r) => r.status))].sort().map((s) => `  ${s}: ${count((r) => r.status === s)}`),
    '',
    `Statements needing review: ${count((r) => r.statement_status !== 'ok' && r.statement_status !== 'ocr')}`,
    `Undeliverable addresses: ${count((r) => r.undeliverable)}`,
    '',
    `Matches: ${active.length} active (first contact confirmed ${active.filter((m) => m.first_contact_at).length}, no contact and alerted ${active.filter((m) => m.watch === 'alerted').length}), ${matches.length - active.length} ended`,
  ];
  return ok(lines.join('\n'));
};
