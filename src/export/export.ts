import type { Db } from '../db/db.js';
import { listApplicants } from '../applicant/applicant.repository.js';
import { toApplicant } from '../applicant/applicant.js';
import { toCsv } from '../shared/csv.js';
import { listMatches } from '../feedback/report.js';

export const EXPORT_KINDS = ['applicants', 'messages', 'outbox', 'threads', 'feedback', 'matches'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = 'json' | 'csv';

async function rows(db: Db, kind: ExportKind): Promise<Record<string, unknown>[]> {
  switch (kind) {
    case 'matches':
      return (await listMatches(db)).map((m) => ({
        id: m.id, mentor: m.mentor.ref, mentorName: m.mentor.name, mentorEmail: m.mentor.email, mentee: m.mentee.ref, menteeName: m.mentee.name,
        menteeEmail: m.mentee.email, area: m.area, status: m.status, createdBy: m.createdBy, createdAt: m.createdAt, introducedAt: m.introducedAt,
        firstContactAt: m.firstContactAt, firstContactSource: m.firstContactSource, watch: m.watch,
      }));
    case 'applicants':
      return (await listApplicants(db)).map((r) => ({ ...toApplicant(r) }));
    case 'messages':
      return (
        await db
          .selectFrom('message')
          .select(['id', 'message_key', 'from_address', 'subject', 'sent_at', 'received_at', 'origin', 'size', 'raw_complete', 'kind', 'folder', 'reason', 'attempts', 'last_error', 'processed_at'])
          .orderBy('id')
          .execute()
      ).map((r) => ({
        id: r.id, messageKey: r.message_key, from: r.from_address, subject: r.subject, sentAt: r.sent_at, receivedAt: r.received_at,
        origin: r.origin, size: r.size, complete: r.raw_complete, kind: r.kind, folder: r.folder, reason: r.reason,
        attempts: r.attempts, lastError: r.last_error, processedAt: r.processed_at,
      }));
    case 'threads':
      return (
        await db
          .selectFrom('thread')
          .leftJoin('applicant', 'applicant.id', 'thread.applicant_id')
          .select((eb) => [
            'thread.id', 'thread.key', 'thread.kind', 'thread.participants', 'thread.subject', 'thread.created_at', 'applicant.ref',
            eb.selectFrom('reply').select((r) => r.fn.countAll<number>().as('n')).whereRef('reply.thread_id', '=', 'thread.id').as('replies'),
            eb.selectFrom('reply').select((r) => r.fn.max('reply.created_at').as('m')).whereRef('reply.thread_id', '=', 'thread.id').as('last_reply_at'),
          ])
          .orderBy('thread.id')
          .execute()
      ).map((r) => ({
        id: r.id, key: r.key, kind: r.kind, applicant: r.ref, participants: r.participants, subject: r.subject,
        replies: Number(r.replies ?? 0), lastReplyAt: r.last_reply_at, createdAt: r.created_at,
      }));
    case 'feedback':
      return (
        await db
          .selectFrom('reply')
          .leftJoin('applicant', 'applicant.id', 'reply.applicant_id')
          .select(['reply.id', 'reply.thread_id', 'reply.text', 'reply.created_at', 'applicant.ref', 'applicant.email', 'applicant.role'])
          .where('reply.kind', '=', 'feedback')
          .orderBy('reply.id')
          .execute()
      ).map((r) => ({ id: r.id, applicant: r.ref, email: r.email, role: r.role, threadId: r.thread_id, feedback: r.text, receivedAt: r.created_at }));
    case 'outbox':
      return (
        await db
          .selectFrom('outbox')
          .select(['id', 'idempotency_key', 'kind', 'to_address', 'subject', 'message_id', 'in_reply_to', 'status', 'attempts', 'last_error', 'created_at', 'sent_at', 'applicant_id', 'thread_id'])
          .orderBy('id')
          .execute()
      ).map((r) => ({
        id: r.id, idempotencyKey: r.idempotency_key, kind: r.kind, to: r.to_address, subject: r.subject, messageId: r.message_id,
        inReplyTo: r.in_reply_to, status: r.status, attempts: r.attempts, lastError: r.last_error, createdAt: r.created_at,
        sentAt: r.sent_at, applicantId: r.applicant_id, threadId: r.thread_id,
      }));
  }
}

/** CSV columns, fixed so an empty export still has its header row. */
const COLUMNS: Record<ExportKind, string[]> = {
  applicants: ['id', 'ref', 'email', 'name', 'role', 'areas', 'institution', 'country', 'language', 'status', 'statementStatus', 'undeliverable', 'createdAt', 'updatedAt'],
  messages: ['id', 'messageKey', 'from', 'subject', 'sentAt', 'receivedAt', 'origin', 'size', 'complete', 'kind', 'folder', 'reason', 'attempts', 'lastError', 'processedAt'],
  outbox: ['id', 'idempotencyKey', 'kind', 'to', 'subject', 'messageId', 'inReplyTo', 'status', 'attempts', 'lastError', 'createdAt', 'sentAt', 'applicantId', 'threadId'],
  threads: ['id', 'key', 'kind', 'applicant', 'participants', 'subject', 'replies', 'lastReplyAt', 'createdAt'],
  feedback: ['id', 'applicant', 'email', 'role', 'threadId', 'feedback', 'receivedAt'],
  matches: ['id', 'mentor', 'mentorName', 'mentorEmail', 'mentee', 'menteeName', 'menteeEmail', 'area', 'status', 'createdBy', 'createdAt', 'introducedAt', 'firstContactAt', 'firstContactSource', 'watch'],
};

export async function exportData(db: Db, kind: ExportKind, format: ExportFormat): Promise<string> {
  const data = await rows(db, kind);
  return format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : toCsv(data, COLUMNS[kind]);
}
