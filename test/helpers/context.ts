import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb, ensureDatabase, migrateToLatest } from '../../src/db/db.js';
import { SmtpSink } from './smtp-sink.js';

const BASE_DB = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestContext {
  id: string;
  config: Config;
  env: Record<string, string>;
  sink: SmtpSink;
  imapUser: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh world per test file: its own database (created and migrated), its own queue prefix, its own
 * IMAP user on the shared Dovecot, and its own SMTP sink.
 */
export async function createTestContext(overrides: Record<string, string> = {}, options: { parseMail?: boolean } = {}): Promise<TestContext> {
  const id = randomBytes(4).toString('hex');
  const dbUrl = new URL(BASE_DB);
  dbUrl.pathname = `/mb_test_${id}`;
  await ensureDatabase(dbUrl.toString());
  const db = createDb(dbUrl.toString(), 1);
  const { error } = await migrateToLatest(db);
  await db.destroy();
  if (error) throw error;
  const sink = new SmtpSink('bot', 'secret', { parse: options.parseMail ?? true });
  const smtpPort = await sink.start();
  const imapUser = `prog-${id}@test.local`;
  const env: Record<string, string> = {
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `mbtest-${id}`,
    IMAP_HOST: process.env.IMAP_HOST ?? '127.0.0.1',
    IMAP_PORT: process.env.IMAP_PORT ?? '31143',
    IMAP_SECURE: 'false',
    IMAP_USER: imapUser,
    IMAP_PASSWORD: 'test',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
    SMTP_USER: sink.user,
    SMTP_PASSWORD: sink.password,
    PROGRAM_ADDRESS: 'mentoring@program.test',
    PROGRAM_NAME: 'Test Mentoring Program',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OCR_ENABLED: 'true',
    ...overrides,
  };
  return {
    id,
    config: loadConfig(env),
    env,
    sink,
    imapUser,
    async cleanup() {
      await sink.stop();
      await dropDatabase(dbUrl.toString());
    },
  };
}

export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
