import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Every command, run or refused, with the message it came from.
  await db.schema
    .createTable('command_audit')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('message_row_id', 'bigint', (c) => c.notNull().references('message.id'))
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('result', 'text')
    .addColumn('auth', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('command_audit_message_idx').on('command_audit').column('message_row_id').execute();

  await db.schema
    .createTable('confirm_token')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('coordinator', 'text', (c) => c.notNull())
    .addColumn('message_row_id', 'bigint', (c) => c.notNull().references('message.id'))
    .addColumn('lines', sql`text[]`, (c) => c.notNull())
    .addColumn('thread_applicant_id', 'bigint')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A coordinator's change to an applicant, kept so UNDO can reverse the last one.
  await db.schema
    .createTable('coordinator_change')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('coordinator', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('audit_id', 'bigint', (c) => c.references('command_audit.id'))
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('undone_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('coordinator_change_who_idx').on('coordinator_change').columns(['coordinator', 'created_at']).execute();

  await db.schema.alterTable('outbox').addColumn('attachments', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('attachments').execute();
  for (const t of ['coordinator_change', 'confirm_token', 'command_audit']) await db.schema.dropTable(t).ifExists().execute();
}
