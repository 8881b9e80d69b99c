import { createApp, type App } from '../../src/app.js';
import type { RunningWorkers } from '../../workers/run-workers.js';
import type { TestContext } from './context.js';

export interface RunningBot {
  app: App;
  workers: RunningWorkers;
  stop(): Promise<void>;
}

/** The whole bot in this process against the test context's real servers: watcher (IDLE) and workers. */
/** Tests never reach real DNS: a mail without a trusted header gets this resolver (no records by default). */
const noDns = async (name: string): Promise<never> => {
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

export async function startBot(ctx: TestContext, options: { dnsResolver?: (name: string, rrtype: string) => Promise<unknown> } = {}): Promise<RunningBot> {
  const app = createApp(ctx.config, { dnsResolver: options.dnsResolver ?? noDns });
  const workers = await app.startWorkers();
  await app.watcher.start();
  return {
    app,
    workers,
    async stop() {
      await app.watcher.stop();
      await workers.close();
      await app.close();
    },
  };
}

/** Polls until `check` returns a value (not undefined/false) or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
