import { exportData } from '../../export/export.js';
import type { Db } from '../../db/db.js';
import { fail, ok, type CommandHandler } from '../context.js';

const KINDS = ['applicants', 'feedback', 'threads', 'matches'] as const;

/** `EXPORT applicants|feedback|threads|matches` — a CSV attached to the answer. */
export const exportCommand: CommandHandler = async (cmd, ctx) => {
  const kind = cmd.args[0]?.toLowerCase() as (typeof KINDS)[number] | undefined;
  if (!kind || !KINDS.includes(kind)) return fail(`EXPORT what? One of: ${KINDS.join(', ')}`);
  const csv = await exportData(ctx.trx as unknown as Db, kind, 'csv');
  const rows = csv.split('\r\n').filter(Boolean).length - 1;
  const filename = `${kind}-${ctx.now.toISOString().slice(0, 10)}.csv`;
  return ok(`${kind}: ${rows} row(s), attached as ${filename}.`, [{ filename, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(csv, 'utf8').toString('base64') }]);
};
