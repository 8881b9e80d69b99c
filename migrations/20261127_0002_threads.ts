import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('thread')
    .addColumn('participants', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('root_message_id', 'text')
    .execute();
  await db.executeQuery(sql`UPDATE thread SET participants = ARRAY[address]`.compile(db));

  // Every Message-ID known to belong to a thread, ours and theirs: In-Reply-To/References resolve here.
  await db.schema
    .createTable('thread_message')
    .addColumn('thread_id', 'bigint', (c) => c.notNull().references('thread.id'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('thread_message_pk', ['message_id', 'thread_id'])
    .execute();
  await db.executeQuery(
    sql`INSERT INTO thread_message (thread_id, message_id, direction) SELECT thread_id, message_id, 'out' FROM outbox WHERE thread_id IS NOT NULL`.compile(db),
  );

  await db.schema
    .createTable('reply')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('message_row_id', 'bigint', (c) => c.notNull().unique().references('message.id'))
    .addColumn('thread_id', 'bigint', (c) => c.references('thread.id'))
    .addColumn('applicant_id', 'bigint', (c) => c.references('applicant.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('full_text', 'text', (c) => c.notNull())
    .addColumn('detail', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('reply_thread_idx').on('reply').column('thread_id').execute();
  await db.schema.createIndex('reply_applicant_kind_idx').on('reply').columns(['applicant_id', 'kind']).execute();

  await db.schema
    .createTable('applicant_change')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('applicant_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('message_row_id', 'bigint', (c) => c.references('message.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'jsonb')
    .addColumn('new_value', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('bounce')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('message_row_id', 'bigint', (c) => c.notNull().references('message.id'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('hard', 'boolean', (c) => c.notNull())
    .addColumn('outbox_id', 'bigint', (c) => c.references('outbox.id'))
    .addColumn('original_message_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('bounce_message_address_uq', ['message_row_id', 'address'])
    .execute();
  await db.schema.createIndex('bounce_address_idx').on('bounce').column('address').execute();

  await db.schema
    .alterTable('applicant')
    .addColumn('bounce_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('erasure_requested_at', 'timestamptz')
    .execute();

  await db.schema.createIndex('outbox_sent_at_idx').on('outbox').column('sent_at').execute();

  // Small operational state (the sending circuit breaker).
  await db.schema
    .createTable('control')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['control', 'bounce', 'applicant_change', 'reply', 'thread_message']) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable('applicant').dropColumn('bounce_count').dropColumn('withdrawn_at').dropColumn('erasure_requested_at').execute();
  await db.schema.alterTable('thread').dropColumn('participants').dropColumn('root_message_id').execute();
}
