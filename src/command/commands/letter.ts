import { linkLetterMail, makeLetter } from '../../letter/send-letter.js';
import { createdIds, queueThreadMail } from '../../outgoing/thread-mail.js';
import { applicationThread } from '../../thread/thread.repository.js';
import { findApplicant } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `LETTER A-0012 [to="Dr. Ana Ruiz, Director"]` — the participant gets their letter; the coordinator a copy. */
export const letter: CommandHandler = async (cmd, ctx) => {
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(found.error);
  const a = found.applicant;
  const addressee = cmd.options.to ?? null;
  const made = await makeLetter(ctx, ctx.trx, { applicant: a, requestedBy: ctx.coordinator, messageRowId: null, addressee, now: ctx.now });
  if (!made.ok) return fail(`No letter for ${a.ref}: ${made.why}.`);
  const thread = await applicationThread(ctx.trx, a.id, a.email, null);
  const name = a.name ?? a.email;
  const outbox = await queueThreadMail(ctx, ctx.trx, {
    key: `recognition-letter:audit:${ctx.auditId}`, template: 'recognition-letter', to: a.email, thread, applicantId: a.id,
    view: { greetingName: name, addressee, hasAddressee: addressee !== null }, attachments: [made.attachment],
  });
  await linkLetterMail(ctx.trx, made.letterId, outbox.id);
  return ok(`Letter of recognition sent to ${a.ref} ${name} <${a.email}>; a copy is attached.`, [made.attachment], { outboxIds: createdIds(outbox), jobs: [] });
};
