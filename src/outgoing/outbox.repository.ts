import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { Database, MailAttachment, OutboxStatus } from '../db/schema.js';
import type { Rendered } from './render.js';
import { recordThreadMessage } from '../thread/thread.repository.js';

export interface NewOutgoingMail {
  idempotencyKey: string;
  kind: string;
  template: string;
  to: string;
  replyTo: string | null;
  rendered: Rendered;
  threadId: number | null;
  applicantId: number | null;
  answersMessageRowId: number | null;
  inReplyTo: string | null;
  references: string[];
  attachments?: MailAttachment[];
}

type Conn = Db | Transaction<Database>;

/**
 * Our Message-IDs live under a host name only the bot uses, so mail that quotes one is recognised as
 * ours without mistaking colleagues' mail from the same domain for our own.
 */
export function messageIdDomain(programDomain: string): string {
  return `mentorbox.${programDomain}`;
}

/** Our Message-ID is derived from the idempotency key, so even a re-created row keeps the same id. */
export function ourMessageId(idempotencyKey: string, programDomain: string): string {
  const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24);
  return `<${digest}@${messageIdDomain(programDomain)}>`;
}

/** References of an answer: the thread so far plus the message answered, capped as mail clients do. */
export function answerReferences(msg: { references: string[]; messageId: string | null }): string[] {
  return [...msg.references, ...(msg.messageId ? [msg.messageId] : [])].slice(-20);
}

/** Inserts the mail once; a second call with the same key returns the first row's id and created=false. */
export async function addToOutbox(db: Conn, mail: NewOutgoingMail, domain: string): Promise<{ id: number; created: boolean }> {
  const inserted = await db
    .insertInto('outbox')
    .values({
      idempotency_key: mail.idempotencyKey,
      kind: mail.kind,
      template: mail.template,
      thread_id: mail.threadId,
      applicant_id: mail.applicantId,
      answers_message_row_id: mail.answersMessageRowId,
      to_address: mail.to,
      reply_to: mail.replyTo,
      subject: mail.rendered.subject,
      text_body: mail.rendered.text,
      html_body: mail.rendered.html,
      message_id: ourMessageId(mail.idempotencyKey, domain),
      in_reply_to: mail.inReplyTo,
      references: mail.references.length > 0 ? mail.references.join(' ') : null,
      last_error: null,
      smtp_response: null,
      sent_at: null,
      attachments: mail.attachments && mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    if (mail.threadId) await recordThreadMessage(db, mail.threadId, ourMessageId(mail.idempotencyKey, domain), 'out');
    return { id: inserted.id, created: true };
  }
  const existing = await db.selectFrom('outbox').select('id').where('idempotency_key', '=', mail.idempotencyKey).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** Moves a row from one status to another only if it is still in the expected one (a cheap compare-and-set). */
export async function transition(
  db: Conn,
  id: number,
  from: OutboxStatus[],
  to: OutboxStatus,
  extra: { last_error?: string | null; smtp_response?: string | null; sent_at?: Date | null } = {},
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: to, ...extra, attempts: to === 'sending' ? sql`attempts + 1` : sql`attempts` })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function queuedOutboxIds(db: Conn): Promise<number[]> {
  const rows = await db.selectFrom('outbox').select('id').where('status', '=', 'queued').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** The row and what the send decision needs about its recipient, in one round trip. */
export async function findOutboxForSend(db: Conn, id: number, sentSince: Date) {
  return db
    .selectFrom('outbox')
    .selectAll('outbox')
    .select((eb) => [
      eb.selectFrom('applicant').select('undeliverable').whereRef('applicant.email', '=', 'outbox.to_address').limit(1).as('undeliverable'),
      eb
        .selectFrom('outbox as o2')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('o2.to_address', '=', 'outbox.to_address')
        .where('o2.status', '=', 'sent')
        .where('o2.sent_at', '>', sentSince)
        .as('sent_today'),
    ])
    .where('outbox.id', '=', id)
    .executeTakeFirst();
}
