import { summaryLine } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

const FILTERS = ['mentors', 'mentees', 'unmatched', 'late', 'review'] as const;

/** `LIST mentors|mentees|unmatched|late|review [area]`. */
export const list: CommandHandler = async (cmd, ctx) => {
  const what = cmd.args[0]?.toLowerCase() as (typeof FILTERS)[number] | undefined;
  if (!what || !FILTERS.includes(what)) return fail(`LIST what? One of: ${FILTERS.join(', ')} (and optionally an area)`);
  let q = ctx.trx.selectFrom('applicant').selectAll().orderBy('id');
  if (what === 'mentors') q = q.where('role', '=', 'mentor');
  if (what === 'mentees') q = q.where('role', '=', 'mentee');
  if (what === 'late') q = q.where('status', '=', 'late');
  if (what === 'review') q = q.where((eb) => eb.or([eb('statement_status', 'not in', ['ok', 'ocr']), eb('role', '=', 'unclear')]));
  // Nobody is matched before the matching release: "unmatched" is everyone still in the program.
  if (what === 'unmatched') q = q.where('status', 'not in', ['withdrawn', 'declined']);
  const area = cmd.options.area;
  const rows = (await q.execute()).filter((r) => !area || r.areas.includes(area));
  const title = `${what}${area ? ` in ${area}` : ''}: ${rows.length}`;
  return ok([title, ...rows.map((r) => `  ${summaryLine(r)}`)].join('\n'));
};
