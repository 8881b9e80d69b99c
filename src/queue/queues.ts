import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';

export const SEND_MAIL = 'send-mail';
export const DIGEST = 'coordinator-digest';
/** The program's own clock: first-contact checks, feedback reminders, the program's end, area digests. */
export const PROGRAM = 'program';

/** Payloads carry ids only: no addresses or statement text sit in Redis. */
export const sendMailPayload = z.object({ outboxId: z.number().int().positive() });
export type SendMailPayload = z.infer<typeof sendMailPayload>;

const id = z.number().int().positive();
export const programJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first-contact-ask'), matchId: id }),
  z.object({ kind: z.literal('first-contact-alert'), matchId: id }),
  z.object({ kind: z.literal('feedback-reminder'), applicantId: id }),
  z.object({ kind: z.literal('program-end'), at: z.string() }),
  z.object({ kind: z.literal('area-digest') }),
]);
export type ProgramJob = z.infer<typeof programJob>;
/** A program job and when it is due, decided inside a transaction and handed to the queue after commit. */
export interface ScheduledJob {
  job: ProgramJob;
  delayMs: number;
}

/** One job per (kind, subject): re-adding it (a restart's recovery, a repeated command) is a no-op. */
export function programJobId(job: ProgramJob): string {
  switch (job.kind) {
    case 'first-contact-ask':
    case 'first-contact-alert':
      return `${job.kind}-${job.matchId}`;
    case 'feedback-reminder':
      return `${job.kind}-${job.applicantId}`;
    case 'program-end':
      return `${job.kind}-${job.at.replace(/[^0-9]/g, '')}`;
    case 'area-digest':
      return `${job.kind}-manual-${Date.now()}`;
  }
}

/** BullMQ jobIds must not contain ':'; fixed ids make a second enqueue of the same mail a no-op. */
export function sendMailJobId(outboxId: number): string {
  return `send-${outboxId}`;
}

/** Producers fail fast when Redis is away (the outbox row stays queued and is re-enqueued at start). */
export function producerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
}

/** Workers wait for Redis to come back instead of failing their blocking commands. */
export function workerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

export interface Queues {
  sendMail: Queue<SendMailPayload>;
  enqueueSend(outboxId: number): Promise<void>;
  /** The daily digest's schedule: set when notices are digested, removed otherwise. */
  scheduleDigest(o: { enabled: boolean; hour: number; timeZone: string }): Promise<void>;
  schedule(s: ScheduledJob): Promise<void>;
  /** The weekly area-chair digest: set when area chairs are configured, removed otherwise. */
  scheduleAreaDigest(o: { enabled: boolean; day: number; hour: number; timeZone: string }): Promise<void>;
  program: Queue<ProgramJob>;
  close(): Promise<void>;
}

export function createQueues(redisUrl: string, prefix: string): Queues {
  const connection = producerConnection(redisUrl) as unknown as ConnectionOptions;
  const sendMail = new Queue<SendMailPayload>(SEND_MAIL, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  });
  const digest = new Queue(DIGEST, { connection, prefix });
  const program = new Queue<ProgramJob>(PROGRAM, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 90 * 24 * 3600 }, removeOnFail: { age: 90 * 24 * 3600 } },
  });
  return {
    sendMail,
    program,
    async schedule({ job, delayMs }) {
      await program.add(job.kind, job, { jobId: programJobId(job), delay: Math.max(0, Math.round(delayMs)) });
    },
    async scheduleAreaDigest({ enabled, day, hour, timeZone }) {
      if (enabled) await program.upsertJobScheduler('area-digest', { pattern: `0 ${hour} * * ${day}`, tz: timeZone }, { name: 'area-digest', data: { kind: 'area-digest' } });
      else await program.removeJobScheduler('area-digest');
    },
    async enqueueSend(outboxId) {
      await sendMail.add('send', { outboxId }, { jobId: sendMailJobId(outboxId) });
    },
    async scheduleDigest({ enabled, hour, timeZone }) {
      if (enabled) await digest.upsertJobScheduler('daily', { pattern: `0 ${hour} * * *`, tz: timeZone }, { name: 'digest', data: {} });
      else await digest.removeJobScheduler('daily');
    },
    async close() {
      await program.close();
      await digest.close();
      await sendMail.close();
      await (connection as unknown as Redis).quit().catch(() => undefined);
    },
  };
}
