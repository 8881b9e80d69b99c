import { Worker } from 'node:worker_threads';
import type { Config } from '../src/config.js';
import type { Log } from '../src/shared/log.js';
import type { RunningWorkers } from './run-workers.js';

/** Runs the send workers in a worker thread; resolves once they are listening. */
export async function startWorkersThread(config: Config, log: Log): Promise<RunningWorkers> {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './thread-entry.js' : './thread-entry.ts', import.meta.url);
  const worker = compiled
    ? new Worker(entry, { workerData: { config } })
    : new Worker(new URL('../scripts/thread-bootstrap.mjs', import.meta.url), { workerData: { config, entry: entry.href } });
  let closing = false;
  worker.on('error', (err) => log.error('send thread failed', { error: err }));
  worker.on('exit', (code) => {
    if (!closing) log.error('send thread stopped unexpectedly; mail waits in the queue until restart', { code });
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('close');
      await Promise.race([closed, new Promise((r) => setTimeout(r, 15_000))]);
      await worker.terminate();
    },
  };
}
