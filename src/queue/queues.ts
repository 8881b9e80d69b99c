import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';

export const SEND_MAIL = 'send-mail';
export const DIGEST = 'coordinator-digest';

/** Payloads carry ids only: no addresses or statement text sit in Redis. */
export const sendMailPayload = z.object({ outboxId: z.number().int().positive() });
export type SendMailPayload = z.infer<typeof sendMailPayload>;

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
  return {
    sendMail,
    async enqueueSend(outboxId) {
      await sendMail.add('send', { outboxId }, { jobId: sendMailJobId(outboxId) });
    },
    async scheduleDigest({ enabled, hour, timeZone }) {
      if (enabled) await digest.upsertJobScheduler('daily', { pattern: `0 ${hour} * * *`, tz: timeZone }, { name: 'digest', data: {} });
      else await digest.removeJobScheduler('daily');
    },
    async close() {
      await digest.close();
      await sendMail.close();
      await (connection as unknown as Redis).quit().catch(() => undefined);
    },
  };
}
