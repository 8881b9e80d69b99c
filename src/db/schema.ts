import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** pg returns bigint as string; our ids stay far below 2^53, so they are parsed to numbers in createDb. */
type Id = Generated<number>;

export interface MailboxCursorTable {
  mailbox: string;
  uid_validity: string;
  last_uid: number;
  updated_at: Timestamp;
}

export interface MessageTable {
  id: Id;
  message_key: string;
  message_id: string | null;
  raw_sha256: string;
  raw: Buffer;
  raw_complete: Generated<boolean>;
  size: number;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  sent_at: Date | null;
  received_at: Timestamp;
  origin: 'imap' | 'import';
  mailbox: string | null;
  uid: number | null;
  uid_validity: string | null;
  kind: string | null;
  folder: string | null;
  reason: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  processed_at: Date | null;
}

export interface ApplicantTable {
  id: Id;
  ref: ColumnType<string, never, never>;
  email: string;
  name: string | null;
  role: string;
  areas: string[];
  institution: string | null;
  country: string | null;
  language: string | null;
  status: string;
  statement_status: string;
  current_statement_id: number | null;
  undeliverable: Generated<boolean>;
  bounce_count: Generated<number>;
  withdrawn_at: Date | null;
  erasure_requested_at: Date | null;
  /** Mentees a mentor takes, as set by a coordinator; null: as the statement says, or the default. */
  capacity: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StatementTable {
  id: Id;
  applicant_id: number;
  message_row_id: number;
  version: number;
  source: string;
  filename: string | null;
  media_type: string | null;
  status: string;
  detail: string | null;
  text: string;
  fields: ColumnType<unknown, string, string>;
  created_at: Timestamp;
}

export interface ThreadTable {
  id: Id;
  key: string;
  kind: string;
  applicant_id: number | null;
  address: string;
  subject: string | null;
  participants: Generated<string[]>;
  root_message_id: string | null;
  created_at: Timestamp;
}

export interface ThreadMessageTable {
  thread_id: number;
  message_id: string;
  direction: 'in' | 'out';
  created_at: Timestamp;
}

export interface ReplyTable {
  id: Id;
  message_row_id: number;
  thread_id: number | null;
  applicant_id: number | null;
  kind: string;
  text: string;
  full_text: string;
  detail: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

export interface ApplicantChangeTable {
  id: Id;
  applicant_id: number;
  message_row_id: number | null;
  field: string;
  old_value: ColumnType<unknown, string, string>;
  new_value: ColumnType<unknown, string, string>;
  created_at: Timestamp;
}

export interface BounceTable {
  id: Id;
  message_row_id: number;
  address: string;
  status: string | null;
  hard: boolean;
  outbox_id: number | null;
  original_message_id: string | null;
  created_at: Timestamp;
}

export interface CommandAuditTable {
  id: Id;
  message_row_id: number;
  sender: string;
  line: string;
  name: string | null;
  decision: 'run' | 'refused' | 'confirm' | 'failed' | 'unknown' | 'unavailable';
  reason: string | null;
  result: string | null;
  auth: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

export interface ConfirmTokenTable {
  token: string;
  coordinator: string;
  message_row_id: number;
  lines: string[];
  thread_applicant_id: number | null;
  expires_at: Date;
  used_at: Date | null;
  created_at: Timestamp;
}

export interface CoordinatorChangeTable {
  id: Id;
  coordinator: string;
  applicant_id: number;
  audit_id: number | null;
  before: ColumnType<unknown, string, string>;
  after: ColumnType<unknown, string, string>;
  undone_at: Date | null;
  created_at: Timestamp;
}

export interface ControlTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'uncertain' | 'suppressed';

export interface OutboxTable {
  id: Id;
  idempotency_key: string;
  kind: string;
  template: string;
  thread_id: number | null;
  applicant_id: number | null;
  answers_message_row_id: number | null;
  to_address: string;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string | null;
  message_id: string;
  in_reply_to: string | null;
  references: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  smtp_response: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
  attachments: ColumnType<MailAttachment[] | null, string | null, string | null>;
}

/** A small attachment kept with its outbox row (a CSV export, a statement): base64 content. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  base64: string;
}

export type MatchStatus = 'active' | 'ended';
export type WatchState = 'watching' | 'confirmed' | 'alerted' | 'closed';

export interface MatchTable {
  id: Id;
  mentor_id: number;
  mentee_id: number;
  area: string | null;
  status: Generated<MatchStatus>;
  score: number | null;
  reasons: Generated<string[]>;
  batch_id: string | null;
  created_by: string;
  audit_id: number | null;
  thread_id: number | null;
  introduced_at: Date | null;
  first_contact_at: Date | null;
  first_contact_source: string | null;
  watch: Generated<WatchState>;
  watch_asked_at: Date | null;
  watch_alerted_at: Date | null;
  ended_at: Date | null;
  ended_by: string | null;
  end_reason: string | null;
  created_at: Timestamp;
}

export interface SuggestionBatchTable {
  id: string;
  created_by: string;
  pairs: ColumnType<BatchPair[], string, string>;
  quality: ColumnType<unknown, string, string>;
  used_at: Date | null;
  created_at: Timestamp;
}

/** One proposed pair of a SUGGEST ALL batch. */
export interface BatchPair {
  mentorId: number;
  menteeId: number;
  score: number;
  reasons: string[];
}

export interface FeedbackRequestTable {
  applicant_id: number;
  thread_id: number;
  requested_by: string;
  requested_at: Timestamp;
  reminded_at: Date | null;
  answered_at: Date | null;
}

export interface LetterTable {
  id: Id;
  applicant_id: number;
  requested_by: string;
  message_row_id: number | null;
  addressee: string | null;
  pdf: Buffer;
  outbox_id: number | null;
  created_at: Timestamp;
}

export interface Database {
  mailbox_cursor: MailboxCursorTable;
  message: MessageTable;
  applicant: ApplicantTable;
  statement: StatementTable;
  thread: ThreadTable;
  outbox: OutboxTable;
  thread_message: ThreadMessageTable;
  reply: ReplyTable;
  applicant_change: ApplicantChangeTable;
  bounce: BounceTable;
  control: ControlTable;
  command_audit: CommandAuditTable;
  confirm_token: ConfirmTokenTable;
  coordinator_change: CoordinatorChangeTable;
  match: MatchTable;
  suggestion_batch: SuggestionBatchTable;
  feedback_request: FeedbackRequestTable;
  letter: LetterTable;
}

export type ApplicantRow = Selectable<ApplicantTable>;
export type MessageRow = Selectable<MessageTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type ThreadRow = Selectable<ThreadTable>;
export type MatchRow = Selectable<MatchTable>;
