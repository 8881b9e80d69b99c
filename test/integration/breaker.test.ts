import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { application, applicationMail } from '../helpers/generate.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  ctx = await createTestContext({ SEND_BREAKER_PER_HOUR: '3', COORDINATORS: 'coordinator@program.test', COORDINATOR_NOTICES: 'off' });
  bot = await startBot(ctx);
});
afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

describe('the sending circuit breaker', () => {
  it('pauses sending past the hourly limit, alerts the coordinators once and keeps the rest queued', async () => {
    const apps = Array.from({ length: 6 }, (_, i) => application(i, `brk${ctx.id}`));
    // One at a time, so the count of mail sent in the last hour is exact when each is decided.
    for (const app of apps) {
      const before = await bot.app.db.selectFrom('outbox').select('id').execute();
      await appendMessages(ctx.config, [await applicationMail(app)]);
      await eventually(async () => (await bot.app.db.selectFrom('outbox').select('id').execute()).length > before.length, 15_000, 'ack queued');
    }
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('coordinator@program.test')), 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    const acks = ctx.sink.messages.filter((m) => !m.envelopeTo.includes('coordinator@program.test'));
    expect(acks).toHaveLength(3);
    const alerts = ctx.sink.to('coordinator@program.test');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.parsed.subject).toBe('mentorbox paused sending: 3 mails in the last hour');
    const queued = await bot.app.db.selectFrom('outbox').select('id').where('status', '=', 'queued').execute();
    expect(queued).toHaveLength(3);
    const control = await bot.app.db.selectFrom('control').selectAll().where('key', '=', 'send-breaker').executeTakeFirstOrThrow();
    expect((control.value as { untilMs: number }).untilMs).toBeGreaterThan(Date.now() + 50 * 60_000);
  });
});
