import { Worker } from 'bullmq';
import type { Db } from '../src/db/db.js';
import { queuedOutboxIds } from '../src/outgoing/outbox.repository.js';
import { DIGEST, PROGRAM, SEND_MAIL, workerConnection, type ProgramJob, type Queues, type ScheduledJob, type SendMailPayload } from '../src/queue/queues.js';
import { dueProgramJobs } from '../src/program/recover.js';
import { createProgramProcessor } from './program.worker.js';
import { queueDigest } from '../src/command/digest.js';
import type { Log } from '../src/shared/log.js';
import type { Config } from '../src/config.js';
import { createSendMailProcessor, type SendMailDeps } from './send-mail.worker.js';

export interface RunningWorkers {
  close(): Promise<void>;
}

export function startWorkers(deps: SendMailDeps & { redisUrl: string; prefix: string; concurrency: number; schedule: (job: ScheduledJob) => Promise<void> }): RunningWorkers {
  const connection = workerConnection(deps.redisUrl);
  const worker = new Worker<SendMailPayload>(SEND_MAIL, createSendMailProcessor(deps), {
    connection,
    prefix: deps.prefix,
    concurrency: deps.concurrency,
    // A send takes well under a second: a short lock lets a crashed worker's job be picked up in
    // seconds rather than the default 30 s (the row's status still prevents a second copy).
    lockDuration: 10_000,
    stalledInterval: 5_000,
  });
  worker.on('failed', (job, err) => deps.log.warn('job failed', { queue: SEND_MAIL, jobId: job?.id, attempts: job?.attemptsMade, error: err }));
  worker.on('error', (err) => deps.log.error('worker error', { queue: SEND_MAIL, error: err }));
  // The digest runs where the send workers run; BullMQ hands each scheduled run to one worker only.
  const digest = new Worker(
    DIGEST,
    async () => {
      const ids = await queueDigest(deps.db, deps.config, deps.render, new Date());
      for (const id of ids) await deps.enqueueSend(id);
      return `${ids.length} digest mail(s)`;
    },
    { connection, prefix: deps.prefix, concurrency: 1 },
  );
  digest.on('error', (err) => deps.log.error('worker error', { queue: DIGEST, error: err }));
  const program = new Worker<ProgramJob>(PROGRAM, createProgramProcessor(deps), { connection, prefix: deps.prefix, concurrency: 2 });
  program.on('failed', (job, err) => deps.log.warn('job failed', { queue: PROGRAM, jobId: job?.id, attempts: job?.attemptsMade, error: err }));
  program.on('error', (err) => deps.log.error('worker error', { queue: PROGRAM, error: err }));
  return {
    async close() {
      await program.close();
      await digest.close();
      await worker.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

/**
 * Rows committed while Redis was away, or before a crash, still reach the queue, and program jobs still
 * due are re-added (fixed jobIds make both idempotent).
 */
export async function requeueOutbox(db: Db, queues: Queues, config: Config): Promise<number> {
  const ids = await queuedOutboxIds(db);
  for (const id of ids) await queues.enqueueSend(id);
  for (const job of await dueProgramJobs(db, config, new Date())) await queues.schedule(job);
  return ids.length;
}

/**
 * Waits until nothing is waiting or running and no retry is due within a minute (`start --once`).
 * Mail held back on purpose (daily cap, circuit breaker) is left for a later run.
 */
export async function drain(db: Db, queues: Queues, log: Log, timeoutMs = 10 * 60 * 1000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queues.sendMail.getJobCounts('waiting', 'active', 'prioritized');
    const delayed = await queues.sendMail.getDelayed(0, 1000);
    const dueSoon = delayed.filter((j) => j.timestamp + (j.delay ?? 0) < Date.now() + 60_000).length;
    const busy = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) + dueSoon;
    if (busy === 0) return;
    if (Date.now() > until) {
      log.warn('drain timed out; work left for the next run', { ...counts, dueSoon });
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
