import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MailAttachment } from '../db/schema.js';
import { parseMessage } from '../message/parse.js';

/** Larger originals are not forwarded: the mentor gets the text instead. */
const MAX_ORIGINAL_BYTES = 8 * 1024 * 1024;
const DOCUMENT_SOURCES = new Set(['pdf', 'docx', 'doc', 'odt', 'rtf', 'txt']);

/**
 * The mentee's statement for the mentor: the document exactly as the mentee sent it when we still have
 * it, otherwise the text we read from it (a pasted body, a scan read by OCR, a nested forward).
 */
export async function statementAttachment(trx: Transaction<Database>, applicant: ApplicantRow): Promise<MailAttachment[]> {
  if (!applicant.current_statement_id) return [];
  const statement = await trx
    .selectFrom('statement')
    .innerJoin('message', 'message.id', 'statement.message_row_id')
    .select(['statement.text', 'statement.source', 'statement.filename', 'statement.media_type', 'statement.status', 'message.raw', 'message.raw_complete'])
    .where('statement.id', '=', applicant.current_statement_id)
    .executeTakeFirst();
  if (!statement) return [];
  const original = statement.status === 'ok' && DOCUMENT_SOURCES.has(statement.source) && statement.filename && statement.raw_complete
    ? await originalPart(statement.raw, statement.filename)
    : null;
  if (original) return [{ filename: statement.filename!, contentType: statement.media_type ?? 'application/octet-stream', base64: original.toString('base64') }];
  if (!statement.text.trim()) return [];
  const base = (applicant.name ?? applicant.ref).replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');
  return [{ filename: `${base || applicant.ref}-statement.txt`, contentType: 'text/plain; charset=utf-8', base64: Buffer.from(statement.text, 'utf8').toString('base64') }];
}

async function originalPart(raw: Buffer, filename: string): Promise<Buffer | null> {
  const msg = await parseMessage(raw);
  const part = msg.parts.find((p) => p.filename === filename && p.content.length > 0 && p.content.length <= MAX_ORIGINAL_BYTES);
  return part?.content ?? null;
}
