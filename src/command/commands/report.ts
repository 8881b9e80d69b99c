import { buildReport, REPORT_COLUMNS, reportInput } from '../../feedback/report.js';
import { toCsv } from '../../shared/csv.js';
import { ok, type CommandHandler } from '../context.js';

/** `REPORT` — the Committee's report: a summary in the body, every match with its feedback as CSV. */
export const report: CommandHandler = async (_cmd, ctx) => {
  const { summary, rows } = buildReport(await reportInput(ctx.trx), ctx.config.PROGRAM_NAME, ctx.now);
  const filename = `program-report-${ctx.now.toISOString().slice(0, 10)}.csv`;
  return ok(summary, [{ filename, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(toCsv(rows, REPORT_COLUMNS), 'utf8').toString('base64') }]);
};
