import type { Transaction } from 'kysely';
import type { ApplicantRow, Database } from '../db/schema.js';
import { addToOutbox } from '../outgoing/outbox.repository.js';
import { replyAddress } from '../thread/key.js';
import { createThread } from '../thread/thread.repository.js';
import { problemText } from '../intake/ack.js';
import type { IntakeDeps } from '../intake/context.js';
import type { StatementStatus } from '../statement/types.js';
import { applicantCard } from './applicants.js';

/**
 * Tells the coordinators about a new applicant (or one whose statement needs a human), on a notice
 * thread of that applicant: a reply with `SET role=mentor` needs no reference.
 */
export async function noticeCoordinators(deps: IntakeDeps, trx: Transaction<Database>, applicant: ApplicantRow, statementStatus: StatementStatus): Promise<number[]> {
  const c = deps.config;
  if (c.COORDINATOR_NOTICES !== 'immediate' || c.COORDINATORS.length === 0) return [];
  const review = statementStatus !== 'ok' && statementStatus !== 'ocr';
  const thread = await createThread(trx, { kind: 'notice', applicantId: applicant.id, participants: c.COORDINATORS, subject: null, rootMessageId: null });
  const view = {
    review,
    problem: problemText(statementStatus, null),
    late: applicant.status === 'late',
    roleWord: applicant.role === 'unclear' ? 'applicant' : applicant.role,
    name: applicant.name ?? applicant.email,
    ref: applicant.ref,
    card: applicantCard(applicant),
    programName: c.PROGRAM_NAME,
  };
  const ids: number[] = [];
  for (const to of c.COORDINATORS) {
    const outbox = await addToOutbox(
      trx,
      {
        idempotencyKey: `notice:${applicant.id}:${applicant.current_statement_id ?? 0}:${to}`,
        kind: 'coordinator-notice',
        template: 'coordinator-notice',
        to,
        replyTo: replyAddress(c.PROGRAM_ADDRESS, thread.key, c.THREAD_KEY_DELIMITER),
        rendered: deps.render('coordinator-notice', view),
        threadId: thread.id,
        applicantId: applicant.id,
        answersMessageRowId: null,
        inReplyTo: null,
        references: [],
      },
      c.programDomain,
    );
    if (outbox.created) ids.push(outbox.id);
  }
  return ids;
}
