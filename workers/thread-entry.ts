// The send workers in their own thread (and V8 isolate): reading statements and sending mail then use
// both cores instead of queueing on one event loop. Everything is built here from the config passed in.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../src/config.js';
import { createDb } from '../src/db/db.js';
import { createSmtpMailer } from '../src/outgoing/mailer.js';
import { loadTemplates } from '../src/outgoing/render.js';
import { createQueues } from '../src/queue/queues.js';
import { createLog } from '../src/shared/log.js';
import { startWorkers } from './run-workers.js';

const config = workerData.config as Config;
const log = createLog(config.LOG_LEVEL);
const db = createDb(config.DATABASE_URL, 6);
const queues = createQueues(config.REDIS_URL, config.QUEUE_PREFIX);
const mailer = createSmtpMailer(config);
const workers = startWorkers({
  db, mailer, config, log, render: loadTemplates(), enqueueSend: (id) => queues.enqueueSend(id), schedule: (job) => queues.schedule(job),
  redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY,
});

parentPort!.on('message', (msg: unknown) => {
  if (msg !== 'close') return;
  void (async () => {
    await workers.close();
    await queues.close();
    mailer.close();
    await db.destroy();
    parentPort!.postMessage('closed');
  })();
});
parentPort!.postMessage('ready');
