import { promises as dns } from 'node:dns';
import type { Config } from './config.js';
import type { Resolver } from './command/auth/index.js';
import { createDb, type Db } from './db/db.js';
import type { IntakeDeps } from './intake/context.js';
import { processRaw } from './intake/process.js';
import { processOversize } from './intake/oversize.js';
import { MailboxWatcher } from './mailbox/watcher.js';
import { createSmtpMailer, type Mailer } from './outgoing/mailer.js';
import { loadTemplates } from './outgoing/render.js';
import { createQueues, type Queues } from './queue/queues.js';
import { createLog, type Log } from './shared/log.js';
import { extractStatement, warmUp } from './statement/extract.js';
import { terminateOcr } from './statement/ocr.js';
import { extractFields } from './statement/fields/index.js';
import { DEFAULT_LIMITS } from './statement/types.js';
import { drain, requeueOutbox, startWorkers, type RunningWorkers } from '../workers/run-workers.js';
import { startWorkersThread } from '../workers/send-thread.js';

export interface App {
  config: Config;
  db: Db;
  log: Log;
  queues: Queues;
  intake: IntakeDeps;
  watcher: MailboxWatcher;
  /** In-process workers (tests with a custom mailer) or, with SEND_THREAD, a worker thread. */
  startWorkers(): Promise<RunningWorkers>;
  requeue(): Promise<number>;
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Builds every part from the configuration; `overrides` lets tests and benchmarks swap a port. */
export function createApp(config: Config, overrides: { log?: Log; mailer?: Mailer; dnsResolver?: Resolver } = {}): App {
  const log = overrides.log ?? createLog(config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL, 12);
  const queues = createQueues(config.REDIS_URL, config.QUEUE_PREFIX);
  const limits = { ...DEFAULT_LIMITS, timeoutMs: config.STATEMENT_TIMEOUT_MS, ocr: config.OCR_ENABLED };
  const intake: IntakeDeps = {
    db,
    config,
    log,
    render: loadTemplates(),
    enqueueSend: (id) => queues.enqueueSend(id),
    schedule: (job) => queues.schedule(job),
    extractStatement: (msg) => extractStatement(msg, limits),
    extractFields,
    // Only used when a coordinator's mail has no trusted Authentication-Results header.
    dnsResolver: overrides.dnsResolver ?? ((name, rrtype) => dns.resolve(name, rrtype)),
  };
  // Loading pdf.js takes about a second: pay it at start, not on the first applicant's mail.
  void warmUp().catch((err: unknown) => log.warn('pdf warm-up failed', { error: err }));
  const watcher = new MailboxWatcher({
    config,
    db,
    log,
    handle: (raw, origin) => processRaw(intake, raw, origin),
    handleOversize: (headers, size, origin) => processOversize(intake, headers, size, origin),
    concurrency: config.INTAKE_CONCURRENCY,
  });
  let mailer: Mailer | null = overrides.mailer ?? null;
  return {
    config,
    db,
    log,
    queues,
    intake,
    watcher,
    async startWorkers() {
      if (config.SEND_THREAD && !overrides.mailer) return startWorkersThread(config, log);
      mailer ??= createSmtpMailer(config);
      return startWorkers({
        db, mailer, config, log, render: intake.render, enqueueSend: intake.enqueueSend, schedule: intake.schedule,
        redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY,
      });
    },
    requeue: () => requeueOutbox(db, queues, config),
    drain: () => drain(db, queues, log),
    async close() {
      await watcher.stop();
      await queues.close();
      mailer?.close();
      // The OCR worker thread would keep the process alive.
      await terminateOcr();
      await db.destroy();
    },
  };
}
