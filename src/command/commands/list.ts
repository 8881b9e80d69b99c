import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { summaryLine } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

const FILTERS = ['mentors', 'mentees', 'unmatched', 'matched', 'late', 'review'] as const;

/** `LIST mentors|mentees|unmatched|matched|late|review [area]`; "unmatched" can follow a role: `LIST mentees unmatched`. */
export const list: CommandHandler = async (cmd, ctx) => {
  const words = cmd.args.map((a) => a.toLowerCase());
  const what = words[0] as (typeof FILTERS)[number] | undefined;
  if (!what || !FILTERS.includes(what)) return fail(`LIST what? One of: ${FILTERS.join(', ')} (and optionally an area)`);
  const also = new Set(words.slice(1));
  let q = ctx.trx.selectFrom('applicant').selectAll().orderBy('id');
  if (what === 'mentors') q = q.where('role', '=', 'mentor');
  if (what === 'mentees') q = q.where('role', '=', 'mentee');
  if (what === 'late') q = q.where('status', '=', 'late');
  if (what === 'review') q = q.where((eb) => eb.or([eb('statement_status', 'not in', ['ok', 'ocr']), eb('role', '=', 'unclear')]));
  const inMatch = (eb: ExpressionBuilder<Database, 'applicant'>) =>
    eb.exists(
      eb.selectFrom('match').select('match.id').where('match.status', '=', 'active').where((m) => m.or([m('match.mentor_id', '=', m.ref('applicant.id')), m('match.mentee_id', '=', m.ref('applicant.id'))])),
    );
  // Unmatched: in the program (not late, declined or withdrawn) with a role, and in no active match.
  if (what === 'unmatched' || also.has('unmatched')) q = q.where('status', 'in', ['received', 'accepted']).where('role', 'in', ['mentor', 'mentee']).where((eb) => eb.not(inMatch(eb)));
  if (what === 'matched' || also.has('matched')) q = q.where((eb) => inMatch(eb));
  const area = cmd.options.area;
  const rows = (await q.execute()).filter((r) => !area || r.areas.includes(area));
  const title = `${[what, ...[...also].filter((w) => w === 'unmatched' || w === 'matched')].join(' ')}${area ? ` in ${area}` : ''}: ${rows.length}`;
  return ok([title, ...rows.map((r) => `  ${summaryLine(r)}`)].join('\n'));
};
