import { AREAS } from '../../statement/types.js';
import { applicantCard, findApplicant } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `STATUS` — program counts by role, area and status; `STATUS ref` — one applicant. */
export const status: CommandHandler = async (cmd, ctx) => {
  if (cmd.refs.length > 0) {
    const found = await findApplicant(ctx, cmd.refs);
    return 'error' in found ? fail(found.error) : ok(applicantCard(found.applicant));
  }
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
  ];
  return ok(lines.join('\n'));
};
