import { sql, type Kysely } from 'kysely';

// Written against Kysely<any> and never importing src/: a migration must keep working after the app changes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mailbox_cursor')
    .addColumn('mailbox', 'text', (c) => c.primaryKey())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('message')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('message_key', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text')
    .addColumn('raw_sha256', 'text', (c) => c.notNull())
    .addColumn('raw', 'bytea', (c) => c.notNull())
    .addColumn('raw_complete', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('subject', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('mailbox', 'text')
    .addColumn('uid', 'bigint')
    .addColumn('uid_validity', 'text')
    .addColumn('kind', 'text')
    .addColumn('folder', 'text')
    .addColumn('reason', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('processed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('message_from_idx').on('message').column('from_address').execute();
  await db.schema.createIndex('message_message_id_idx').on('message').column('message_id').execute();

  await db.schema
    .createTable('applicant')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ref', 'text', (c) =>
      c.generatedAlwaysAs(sql`'A-' || CASE WHEN id < 10000 THEN lpad(id::text, 4, '0') ELSE id::text END`).stored().unique(),
    )
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('unclear'))
    .addColumn('areas', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('institution', 'text')
    .addColumn('country', 'text')
    .addColumn('language', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('statement_status', 'text', (c) => c.notNull())
    .addColumn('current_statement_id', 'bigint')
    .addColumn('undeliverable', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('statement')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('applicant_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('message_row_id', 'bigint', (c) => c.notNull().unique().references('message.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('media_type', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('statement_applicant_version_uq', ['applicant_id', 'version'])
    .execute();

  await db.schema
    .createTable('thread')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'bigint', (c) => c.references('applicant.id'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('thread_applicant_kind_idx').on('thread').columns(['applicant_id', 'kind']).execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'bigint', (c) => c.references('thread.id'))
    .addColumn('applicant_id', 'bigint', (c) => c.references('applicant.id'))
    .addColumn('answers_message_row_id', 'bigint', (c) => c.references('message.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('in_reply_to', 'text')
    .addColumn('references', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('smtp_response', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('outbox_status_idx').on('outbox').column('status').execute();
  await db.schema.createIndex('outbox_to_sent_idx').on('outbox').columns(['to_address', 'sent_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['outbox', 'thread', 'statement', 'applicant', 'message', 'mailbox_cursor']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
