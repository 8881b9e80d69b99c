import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ensureDatabase, migrateToLatest, createDb } from './db/db.js';
import { EXPORT_KINDS, exportData, type ExportKind } from './export/export.js';
import { processRaw } from './intake/process.js';
import { errorMessage } from './shared/errors.js';

const USAGE = `usage: mentorbox <command>
  migrate                                   apply database migrations
  start [--once] [--watcher-only | --workers-only]
                                            watch the mailbox and send mail (--once: catch up, drain, exit)
  import FILE.eml...                        feed saved messages through the same pipeline
  export applicants|messages|outbox|threads|feedback|matches [--format json|csv]
`;

async function migrate(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl).catch(() => undefined); // no CREATEDB right is fine: it may exist already
  const db = createDb(databaseUrl, 1);
  try {
    const { error, results } = await migrateToLatest(db);
    for (const r of results ?? []) console.error(`migration ${r.migrationName}: ${r.status}`);
    if (error) throw new Error(`migration failed: ${errorMessage(error)}`);
  } finally {
    await db.destroy();
  }
}

async function start(app: App, flags: { once: boolean; watcherOnly: boolean; workersOnly: boolean }): Promise<void> {
  if (flags.watcherOnly && flags.workersOnly) throw new Error('--watcher-only and --workers-only exclude each other');
  await app.requeue();
  const workers = flags.watcherOnly ? null : await app.startWorkers();
  if (flags.once) {
    const started = Date.now();
    if (!flags.workersOnly) await app.watcher.runOnce();
    const caughtUp = Date.now();
    if (workers) await app.drain();
    await workers?.close();
    app.log.info('run finished', { catchUpMs: caughtUp - started, drainMs: Date.now() - caughtUp });
    return;
  }
  const c = app.config;
  await app.queues.scheduleDigest({ enabled: c.COORDINATOR_NOTICES === 'digest' && c.COORDINATORS.length > 0, hour: c.DIGEST_HOUR, timeZone: c.PROGRAM_TIMEZONE });
  await app.queues.scheduleAreaDigest({ enabled: Object.keys(c.areaChairs).length > 0, day: c.AREA_DIGEST_DAY, hour: c.DIGEST_HOUR, timeZone: c.PROGRAM_TIMEZONE });
  if (!flags.workersOnly) await app.watcher.start();
  app.log.info('mentorbox running', { watcher: !flags.workersOnly, workers: !flags.watcherOnly });
  // Outbox rows committed while Redis was unreachable reach the queue within a minute of its return.
  const requeue = setInterval(() => void app.requeue().catch((err: unknown) => app.log.warn('re-queue failed', { error: err })), 60_000);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  clearInterval(requeue);
  app.log.info('shutting down');
  await app.watcher.stop();
  await workers?.close();
}

async function importFiles(app: App, files: string[]): Promise<void> {
  for (const file of files) {
    const raw = await readFile(file);
    const outcome = await processRaw(app.intake, raw, { origin: 'import', mailbox: null, uid: null, uidValidity: null, receivedAt: new Date() });
    console.log(`${file}\t${outcome.duplicate ? 'duplicate' : outcome.kind}\t${outcome.folder}${outcome.reason ? `\t${outcome.reason}` : ''}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      once: { type: 'boolean', default: false },
      'watcher-only': { type: 'boolean', default: false },
      'workers-only': { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (command === 'migrate') {
    await migrate(config.DATABASE_URL);
    return 0;
  }
  if (command === 'export') {
    const kind = rest[0] as ExportKind;
    if (!EXPORT_KINDS.includes(kind)) throw new UsageError(`export what? one of ${EXPORT_KINDS.join(', ')}`);
    if (values.format !== 'json' && values.format !== 'csv') throw new UsageError('--format must be json or csv');
    const db = createDb(config.DATABASE_URL, 2);
    try {
      process.stdout.write(await exportData(db, kind, values.format));
    } finally {
      await db.destroy();
    }
    return 0;
  }
  if (command !== 'start' && command !== 'import') throw new UsageError(`unknown command "${command}"`);
  if (command === 'import' && rest.length === 0) throw new UsageError('import needs at least one .eml file');
  await migrate(config.DATABASE_URL);
  const app = createApp(config);
  try {
    if (command === 'start') await start(app, { once: values.once, watcherOnly: values['watcher-only'], workersOnly: values['workers-only'] });
    else await importFiles(app, rest);
  } finally {
    await app.close();
  }
  return 0;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`mentorbox: ${err.message}\n\n${USAGE}`);
    else if (err instanceof ConfigError) process.stderr.write(`mentorbox: ${err.message}\n`);
    else process.stderr.write(`mentorbox: ${errorMessage(err)}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
