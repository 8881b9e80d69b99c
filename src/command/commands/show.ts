import { applicantCard, findApplicant } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `SHOW ref` — the record, with the current statement attached as text. */
export const show: CommandHandler = async (cmd, ctx) => {
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(found.error);
  const a = found.applicant;
  const statement = a.current_statement_id
    ? await ctx.trx.selectFrom('statement').select(['text', 'version', 'filename', 'status']).where('id', '=', a.current_statement_id).executeTakeFirst()
    : undefined;
  const note = statement ? `\n\nStatement version ${statement.version}${statement.filename ? ` (${statement.filename})` : ''}, ${statement.status}: attached.` : '\n\nNo statement on file.';
  const attachments = statement?.text
    ? [{ filename: `${a.ref}-statement.txt`, contentType: 'text/plain; charset=utf-8', base64: Buffer.from(statement.text, 'utf8').toString('base64') }]
    : undefined;
  return ok(applicantCard(a) + note, attachments);
};
