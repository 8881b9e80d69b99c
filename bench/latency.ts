import type { Config } from '../src/config.js';
import { testImapClient } from '../test/helpers/imap.js';
import type { TestContext } from '../test/helpers/context.js';
import { startBot } from '../test/helpers/bot.js';
import { application, applicationMail } from '../test/helpers/generate.js';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Dovecot's own floor: APPEND on one connection to the EXISTS push on an idling bare imapflow client. */
export async function idleFloor(config: Config, user: string, rounds: number): Promise<number[]> {
  const watcher = testImapClient(config, user, { autoIdleDelay: 50 });
  const writer = testImapClient(config, user);
  await watcher.connect();
  await writer.connect();
  await watcher.mailboxOpen('INBOX');
  const samples: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      await new Promise((r) => setTimeout(r, 150)); // let the client enter IDLE
      const seen = new Promise<number>((resolve) => watcher.once('exists', () => resolve(performance.now())));
      const t0 = performance.now();
      await writer.append('INBOX', Buffer.from(`From: a@b.c\r\nSubject: ping ${i}\r\nMessage-ID: <floor-${i}-${Date.now()}@b.c>\r\n\r\nping\r\n`));
      samples.push((await seen) - t0);
    }
  } finally {
    await watcher.logout();
    await writer.logout();
  }
  return samples;
}

/** The bot idling in IDLE: APPEND one application, time until its acknowledgement reaches the SMTP sink. */
export async function botLatency(ctx: TestContext, rounds: number): Promise<number[]> {
  const bot = await startBot(ctx);
  const writer = testImapClient(ctx.config);
  await writer.connect();
  const samples: number[] = [];
  try {
    await new Promise((r) => setTimeout(r, 2000)); // start-up catch-up and pdf.js warm-up done
    for (let i = 0; i < rounds; i++) {
      const raw = await applicationMail(application(10_000 + i, `lat${ctx.id}`));
      const before = ctx.sink.messages.length;
      const t0 = Date.now();
      await writer.append('INBOX', raw);
      await ctx.sink.waitFor((m) => m.length > before, 30_000);
      samples.push(ctx.sink.messages[ctx.sink.messages.length - 1]!.at - t0);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await writer.logout();
    await bot.stop();
  }
  return samples;
}
