import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A coordinator may set how many mentees a mentor takes; null means "as the statement says, or the default".
  await db.schema.alterTable('applicant').addColumn('capacity', 'integer').execute();

  // A mentor paired with a mentee: created by a coordinator's MATCH, ended by UNMATCH, never deleted.
  await db.schema
    .createTable('match')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('mentor_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('mentee_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('area', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('score', 'real')
    .addColumn('reasons', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('batch_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('audit_id', 'bigint', (c) => c.references('command_audit.id'))
    .addColumn('thread_id', 'bigint', (c) => c.references('thread.id'))
    .addColumn('introduced_at', 'timestamptz')
    .addColumn('first_contact_at', 'timestamptz')
    .addColumn('first_contact_source', 'text')
    // watching → confirmed (the mentee said YES, or the mentor's first mail was seen) | alerted (NO or silence) | closed
    .addColumn('watch', 'text', (c) => c.notNull().defaultTo('watching'))
    .addColumn('watch_asked_at', 'timestamptz')
    .addColumn('watch_alerted_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_by', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One active match per pair and per mentee: two coordinators typing MATCH at once still give one.
  await sql`CREATE UNIQUE INDEX match_active_pair_idx ON match (mentor_id, mentee_id) WHERE status = 'active'`.execute(db);
  await sql`CREATE UNIQUE INDEX match_active_mentee_idx ON match (mentee_id) WHERE status = 'active'`.execute(db);
  await db.schema.createIndex('match_mentor_idx').on('match').column('mentor_id').execute();

  // A proposed assignment (SUGGEST ALL), kept so MATCH ALL <batch> confirms exactly what was shown.
  await db.schema
    .createTable('suggestion_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('pairs', 'jsonb', (c) => c.notNull())
    .addColumn('quality', 'jsonb', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Feedback asked of a participant at the end of the program, with its reminder.
  await db.schema
    .createTable('feedback_request')
    .addColumn('applicant_id', 'bigint', (c) => c.primaryKey().references('applicant.id'))
    .addColumn('thread_id', 'bigint', (c) => c.notNull().references('thread.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('answered_at', 'timestamptz')
    .execute();

  // Every recognition letter sent, with the PDF as mailed.
  await db.schema
    .createTable('letter')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('applicant_id', 'bigint', (c) => c.notNull().references('applicant.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('message_row_id', 'bigint', (c) => c.references('message.id'))
    .addColumn('addressee', 'text')
    .addColumn('pdf', 'bytea', (c) => c.notNull())
    .addColumn('outbox_id', 'bigint', (c) => c.references('outbox.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('letter_applicant_idx').on('letter').column('applicant_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['letter', 'feedback_request', 'suggestion_batch', 'match']) await db.schema.dropTable(t).ifExists().execute();
  await db.schema.alterTable('applicant').dropColumn('capacity').execute();
}
