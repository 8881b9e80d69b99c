import type { Transaction } from 'kysely';
import type { Database, MailAttachment, ThreadRow } from '../db/schema.js';
import type { InboundMessage } from '../message/inbound.js';
import { addToOutbox, answerReferences } from '../outgoing/outbox.repository.js';
import { replyAddress } from '../thread/key.js';
import { createThread } from '../thread/thread.repository.js';
import { cleanSubject } from '../intake/ack.js';
import type { IntakeDeps, Outcome } from '../intake/context.js';
import { claimMessage, finishMessage } from '../intake/finish.js';
import { authorise, headerValues, isExpired, newConfirmToken, normaliseToken, type Authorisation } from './auth/index.js';
import { parseCommands, type ParsedCommand } from './parse/index.js';
import { runCommands, unknownText } from './run.js';
import { noEffects } from '../program/effects.js';

type Trx = Transaction<Database>;

/** A coordinator's mail: commands run, are confirmed by a one-time code, or are refused; all audited. */
export async function handleCoordinatorMail(
  deps: IntakeDeps,
  mail: { msg: InboundMessage; raw: Buffer; rowId: number; trimmed: string },
  thread: ThreadRow | null,
): Promise<Outcome> {
  const { msg, raw, rowId } = mail;
  const parsed = parseCommands(mail.trimmed, msg.subject);
  const confirm = parsed.commands.find((c) => c.name === 'CONFIRM');
  const auth = confirm || parsed.commands.length === 0 ? null : await authoriseMail(deps, msg, raw);
  return deps.db.transaction().execute(async (trx) => {
    await claimMessage(trx, rowId);
    let body: string;
    let attachments: MailAttachment[] = [];
    let effects = noEffects();
    if (parsed.commands.length === 0 && parsed.unknown.length === 0) return finish(trx, rowId, 'coordinator', 'review', 'no command found', []);
    if (confirm) ({ body, attachments, effects } = await confirmed(deps, trx, msg, rowId, confirm));
    else if (auth?.decision === 'run') ({ body, attachments, effects } = await run(deps, trx, msg, rowId, parsed.commands, thread?.applicant_id ?? null, auth));
    else if (parsed.commands.length > 0) return askToConfirm(deps, trx, msg, rowId, parsed.commands, thread, auth!);
    else body = '';
    const text = [body, unknownText(parsed.unknown)].filter(Boolean).join('\n\n');
    const outboxIds = await answer(deps, trx, msg, rowId, 'command-result', { body: text, originalSubject: cleanSubject(msg.subject || 'mentorbox') }, attachments, thread?.applicant_id ?? null);
    // The coordinator's answer first, then the mails the commands set in motion.
    return { ...(await finish(trx, rowId, 'command', 'processed', null, [...outboxIds, ...effects.outboxIds])), jobs: effects.jobs };
  });
}

async function authoriseMail(deps: IntakeDeps, msg: InboundMessage, raw: Buffer): Promise<Authorisation> {
  return authorise({
    fromAddress: msg.from!.address,
    coordinators: deps.config.COORDINATORS,
    authResults: headerValues(raw, 'Authentication-Results'),
    trustedIds: deps.config.TRUSTED_AUTHSERV_IDS,
    raw,
    resolver: deps.dnsResolver,
  });
}

async function run(deps: IntakeDeps, trx: Trx, msg: InboundMessage, rowId: number, commands: ParsedCommand[], threadApplicantId: number | null, auth: unknown) {
  const base = { config: deps.config, render: deps.render, coordinator: msg.from!.address, threadApplicantId, now: new Date() };
  const out = await runCommands(trx, base, rowId, commands, auth);
  return { body: out.texts.join('\n\n'), attachments: out.attachments, effects: out.effects };
}

/** CONFIRM CODE: runs the stored lines once, if the code is this coordinator's, unused and fresh. */
async function confirmed(deps: IntakeDeps, trx: Trx, msg: InboundMessage, rowId: number, confirm: ParsedCommand) {
  const from = msg.from!.address;
  const token = normaliseToken(confirm.args[0] ?? '');
  const row = await trx.selectFrom('confirm_token').selectAll().where('token', '=', token).where('coordinator', '=', from).forUpdate().executeTakeFirst();
  const problem = !row ? 'unknown' : row.used_at ? 'already used' : isExpired(row.created_at, new Date(), deps.config.CONFIRM_TOKEN_MINUTES * 60_000) ? 'expired' : null;
  if (!row || problem) {
    await trx.insertInto('command_audit').values({ message_row_id: rowId, sender: from, line: confirm.line, name: 'CONFIRM', decision: 'refused', reason: `code ${problem}`, result: null, auth: null }).execute();
    return { body: `> ${confirm.line}\nThat code is ${problem}: nothing was run.`, attachments: [], effects: noEffects() };
  }
  await trx.updateTable('confirm_token').set({ used_at: new Date() }).where('token', '=', token).execute();
  const stored = parseCommands(row.lines.join('\n')).commands;
  return run(deps, trx, msg, rowId, stored, row.thread_applicant_id, { source: 'confirm-token', token });
}

async function askToConfirm(deps: IntakeDeps, trx: Trx, msg: InboundMessage, rowId: number, commands: ParsedCommand[], thread: ThreadRow | null, auth: Authorisation): Promise<Outcome> {
  const from = msg.from!.address;
  const token = newConfirmToken();
  const expires = new Date(Date.now() + deps.config.CONFIRM_TOKEN_MINUTES * 60_000);
  await trx.insertInto('confirm_token').values({ token, coordinator: from, message_row_id: rowId, lines: commands.map((c) => c.line), thread_applicant_id: thread?.applicant_id ?? null, expires_at: expires }).execute();
  for (const c of commands) {
    await trx.insertInto('command_audit').values({ message_row_id: rowId, sender: from, line: c.line, name: c.name, decision: 'confirm', reason: auth.reason, result: null, auth: JSON.stringify(auth.verdict) }).execute();
  }
  const view = { token, reason: auth.reason, lines: commands.map((c) => `  ${c.line}`).join('\n'), expiresAt: expires.toUTCString(), originalSubject: 'mentorbox' };
  // A new mail to the coordinator's own address, not a reply: whoever forged the From never sees it.
  const outboxIds = await answer(deps, trx, { ...msg, messageId: null, references: [] }, rowId, 'command-confirm', view, [], thread?.applicant_id ?? null);
  return finish(trx, rowId, 'command', 'review', `unauthenticated command from a coordinator address: ${auth.reason}; confirmation code sent`, outboxIds);
}

async function answer(deps: IntakeDeps, trx: Trx, msg: InboundMessage, rowId: number, template: string, view: object, attachments: MailAttachment[], applicantId: number | null): Promise<number[]> {
  const c = deps.config;
  const to = msg.from!.address;
  const thread = await createThread(trx, { kind: 'command', applicantId, participants: [to], subject: msg.subject || null, rootMessageId: msg.messageId });
  const outbox = await addToOutbox(
    trx,
    {
      idempotencyKey: `${template}:${rowId}`,
      kind: template,
      template,
      to,
      replyTo: replyAddress(c.PROGRAM_ADDRESS, thread.key, c.THREAD_KEY_DELIMITER),
      rendered: deps.render(template, { programName: c.PROGRAM_NAME, ...view }),
      threadId: thread.id,
      applicantId: null,
      answersMessageRowId: rowId,
      inReplyTo: msg.messageId,
      references: answerReferences(msg),
      attachments,
    },
    c.programDomain,
  );
  return outbox.created ? [outbox.id] : [];
}

async function finish(trx: Trx, rowId: number, kind: string, folder: Outcome['folder'], reason: string | null, outboxIds: number[]): Promise<Outcome> {
  await finishMessage(trx, rowId, { kind, folder, reason }, true);
  return { rowId, kind, folder, reason, duplicate: false, outboxIds };
}
