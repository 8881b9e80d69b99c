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
  // With a daily digest, new applicants wait for it; bounces and breaker trips never do.
  if (deps.config.COORDINATOR_NOTICES !== 'immediate') return [];
  const review = statementStatus !== 'ok' && statementStatus !== 'ocr';
  return coordinatorNotice(deps, trx, applicant, 'coordinator-notice', `notice:${applicant.id}:${applicant.current_statement_id ?? 0}`, {
    review,
    problem: problemText(statementStatus, null),
    late: applicant.status === 'late',
    roleWord: applicant.role === 'unclear' ? 'applicant' : applicant.role,
    isMentee: applicant.role === 'mentee',
  });
}

/** An applicant's address hard-bounced (or bounced too often): the coordinators should know. */
export async function noticeBounce(deps: IntakeDeps, trx: Transaction<Database>, applicant: ApplicantRow, status: string | null, rowId: number): Promise<number[]> {
  return coordinatorNotice(deps, trx, applicant, 'bounce-notice', `bounce-notice:${applicant.id}:${rowId}`, { email: applicant.email, status: status ?? 'no status' });
}

/**
 * A mail to every coordinator about one applicant, on a notice thread of that applicant: a reply with a
 * command needs no reference. `key` makes it once per coordinator.
 */
export async function coordinatorNotice(deps: Pick<IntakeDeps, 'config' | 'render'>, trx: Transaction<Database>, applicant: ApplicantRow, template: string, key: string, extra: object): Promise<number[]> {
  const c = deps.config;
  // COORDINATOR_NOTICES governs new-applicant notices only (see noticeCoordinators): bounces and alerts always go.
  if (c.COORDINATORS.length === 0) return [];
  const thread = await createThread(trx, { kind: 'notice', applicantId: applicant.id, participants: c.COORDINATORS, subject: null, rootMessageId: null });
  const view = { name: applicant.name ?? applicant.email, ref: applicant.ref, card: applicantCard(applicant), programName: c.PROGRAM_NAME, ...extra };
  const ids: number[] = [];
  for (const to of c.COORDINATORS) {
    const outbox = await addToOutbox(
      trx,
      {
        idempotencyKey: `${key}:${to}`,
        kind: template,
        template,
        to,
        replyTo: replyAddress(c.PROGRAM_ADDRESS, thread.key, c.THREAD_KEY_DELIMITER),
        rendered: deps.render(template, view),
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
