import type { InboundMessage } from '../message/inbound.js';
import { addToOutbox, answerReferences } from '../outgoing/outbox.repository.js';
import { findApplicantByEmailForUpdate, nextStatementVersion } from '../applicant/applicant.repository.js';
import { isReadable, mergeFields } from '../applicant/applicant.js';
import { applicationThread, createThread, recordThreadMessage } from '../thread/thread.repository.js';
import { replyAddress } from '../thread/key.js';
import type { Statement, StatementFields } from '../statement/types.js';
import { ackTemplate, ackView } from './ack.js';
import type { IntakeDeps, Outcome } from './context.js';
import { claimMessage, finishMessage } from './finish.js';
import { noticeCoordinators } from '../command/notices.js';

/**
 * Records an application in one transaction: applicant (created or updated), the statement as a new
 * version, the application thread, the acknowledgement in the outbox, and the message marked done.
 */
export async function registerApplication(
  deps: IntakeDeps,
  msg: InboundMessage,
  rowId: number,
  statement: Statement,
  fields: StatementFields,
  late: boolean,
): Promise<Outcome> {
  const email = msg.from!.address;
  const readable = isReadable(statement.status);
  return deps.db.transaction().execute(async (trx) => {
    await claimMessage(trx, rowId);
    const previous = await findApplicantByEmailForUpdate(trx, email);
    const applicant =
      previous ??
      (await trx
        .insertInto('applicant')
        .values({
          email,
          name: fields.name ?? (msg.from?.name || null),
          role: readable ? fields.role : 'unclear',
          areas: readable ? [...fields.areas] : [],
          institution: readable ? fields.institution : null,
          country: readable ? fields.country : null,
          language: readable ? fields.language : null,
          status: late ? 'late' : 'received',
          statement_status: statement.status,
          current_statement_id: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow());
    const version = previous ? await nextStatementVersion(trx, applicant.id) : 1;
    const stored = await trx
      .insertInto('statement')
      .values({
        applicant_id: applicant.id,
        message_row_id: rowId,
        version,
        source: statement.source,
        filename: statement.filename,
        media_type: statement.mediaType,
        status: statement.status,
        detail: statement.detail,
        text: statement.text,
        fields: JSON.stringify(fields),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const updated = await trx
      .updateTable('applicant')
      .set({
        ...(previous ? mergeFields(previous, fields, readable) : {}),
        statement_status: statement.status,
        current_statement_id: stored.id,
        updated_at: new Date(),
      })
      .where('id', '=', applicant.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // A new applicant has no thread yet: create it without looking first.
    const thread = previous
      ? await applicationThread(trx, applicant.id, email, msg.subject || null)
      : await createThread(trx, { kind: 'application', applicantId: applicant.id, participants: [email], subject: msg.subject || null, rootMessageId: msg.messageId });
    await recordThreadMessage(trx, thread.id, msg.messageId, 'in');
    const template = ackTemplate({ readable, late: updated.status === 'late', updated: previous !== undefined });
    const view = ackView({
      applicant: updated,
      statement,
      version,
      subject: msg.subject,
      fromName: msg.from?.name || null,
      programName: deps.config.PROGRAM_NAME,
      programAddress: deps.config.PROGRAM_ADDRESS,
      deadline: deps.config.deadline,
      late: updated.status === 'late',
    });
    const outbox = await addToOutbox(
      trx,
      {
        idempotencyKey: `ack:${applicant.id}:${stored.id}`,
        kind: template,
        template,
        to: email,
        replyTo: replyAddress(deps.config.PROGRAM_ADDRESS, thread.key, deps.config.THREAD_KEY_DELIMITER),
        rendered: deps.render(template, view),
        threadId: thread.id,
        applicantId: applicant.id,
        answersMessageRowId: rowId,
        inReplyTo: msg.messageId,
        references: answerReferences(msg),
      },
      deps.config.programDomain,
    );
    const kind = previous ? 'resubmission' : late ? 'late_application' : 'application';
    const folder = readable ? 'processed' : 'review';
    const reason = readable ? null : `statement ${statement.status}${statement.detail ? `: ${statement.detail}` : ''}`;
    await finishMessage(trx, rowId, { kind, folder, reason }, true);
    // Coordinators hear of new applicants, and of any statement that needs a human.
    const notices = !previous || !readable ? await noticeCoordinators(deps, trx, updated, statement.status) : [];
    return { rowId, kind, folder, reason, duplicate: false, outboxIds: [outbox.id, ...notices] };
  });
}
