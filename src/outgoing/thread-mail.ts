import type { Transaction } from 'kysely';
import type { Database, MailAttachment, ThreadRow } from '../db/schema.js';
import type { ProgramDeps } from '../program/effects.js';
import { replyAddress } from '../thread/key.js';
import { addToOutbox } from './outbox.repository.js';

export interface ThreadMail {
  /** Idempotency key: the same key never makes a second mail. */
  key: string;
  template: string;
  to: string;
  thread: Pick<ThreadRow, 'id' | 'key'>;
  applicantId: number | null;
  view: object;
  /** One of our earlier mails this one follows (a reminder under its request). */
  follows?: string | null;
  attachments?: MailAttachment[];
}

/**
 * A mail the program starts on one of its threads: the reply address carries the thread key, so the
 * answer comes back to that thread; the view always knows the program's name and address.
 */
export async function queueThreadMail(deps: ProgramDeps, trx: Transaction<Database>, m: ThreadMail): Promise<{ id: number; created: boolean }> {
  const c = deps.config;
  return addToOutbox(
    trx,
    {
      idempotencyKey: m.key,
      kind: m.template,
      template: m.template,
      to: m.to,
      replyTo: replyAddress(c.PROGRAM_ADDRESS, m.thread.key, c.THREAD_KEY_DELIMITER),
      rendered: deps.render(m.template, { programName: c.PROGRAM_NAME, programAddress: c.PROGRAM_ADDRESS, ...m.view }),
      threadId: m.thread.id,
      applicantId: m.applicantId,
      answersMessageRowId: null,
      inReplyTo: m.follows ?? null,
      references: m.follows ? [m.follows] : [],
      attachments: m.attachments,
    },
    c.programDomain,
  );
}

/** The ids of the rows just created, to hand to the queue. */
export function createdIds(...rows: { id: number; created: boolean }[]): number[] {
  return rows.filter((r) => r.created).map((r) => r.id);
}
