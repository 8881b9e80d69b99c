import type { Db } from '../db/db.js';
import { listApplicants } from '../applicant/applicant.repository.js';
import { toApplicant } from '../applicant/applicant.js';
import { toCsv } from '../shared/csv.js';

export const EXPORT_KINDS = ['applicants', 'messages', 'outbox'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = 'json' | 'csv';

async function rows(db: Db, kind: ExportKind): Promise<Record<string, unknown>[]> {
  switch (kind) {
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

export async function exportData(db: Db, kind: ExportKind, format: ExportFormat): Promise<string> {
  const data = await rows(db, kind);
  return format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : toCsv(data);
}
