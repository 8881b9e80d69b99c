import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST } from '../../src/queue/queues.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { application, applicationMail } from '../helpers/generate.js';
import { startBot, type RunningBot } from '../helpers/bot.js';

const COORD = 'coord@program.test';
let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  ctx = await createTestContext({ COORDINATORS: COORD, COORDINATOR_NOTICES: 'digest', DIGEST_HOUR: '6', PROGRAM_TIMEZONE: 'America/Chicago' });
  bot = await startBot(ctx);
});
afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

describe('the daily digest for coordinators', () => {
  it('holds new-applicant notices back and sends them in one digest when the scheduled job runs', async () => {
    // Two mentees (Americas; East Asia and the Pacific) and a mentor for the Americas.
    const mentor = application(3, `dg${ctx.id}`);
    const apps = [application(1, `dg${ctx.id}`), application(2, `dg${ctx.id}`), { ...mentor, email: `mentor.${ctx.id}@deichman.example`, areas: ['Americas'], text: mentor.text.replace('Europe and International Exchanges', 'the Americas') }];
    await appendMessages(ctx.config, await Promise.all(apps.map((a) => applicationMail(a))));
    await ctx.sink.waitFor((m) => apps.every((a) => m.some((x) => x.envelopeTo.includes(a.email))));
    expect(ctx.sink.to(COORD)).toHaveLength(0);

    await bot.app.queues.scheduleDigest({ enabled: true, hour: 6, timeZone: 'America/Chicago' });
    const connection = new Redis(ctx.config.REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(DIGEST, { connection, prefix: ctx.config.QUEUE_PREFIX });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([['daily', '0 6 * * *', 'America/Chicago']]);
      // Run it now instead of waiting for 6 o'clock.
      await queue.add('digest', {});
      await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(COORD)));
      const digest = ctx.sink.to(COORD)[0]!.parsed;
      expect(digest.subject).toBe('mentorbox digest: 3 new applicant(s)');
      for (const a of apps) expect(digest.text).toContain(a.email);
      // Each new mentee comes with the best mentors so far, or why there are none.
      const [americas, eastAsia] = digest.text!.split('\n').filter((l) => /best mentors|no suggested mentor/.test(l));
      expect(americas).toMatch(/best mentors: A-000\d .+ \(0\.\d\d\) - SUGGEST A-000\d for the reasons/);
      expect(eastAsia).toContain('no suggested mentor yet (1 share no area)');
      // A second run with nothing new sends nothing.
      await queue.add('digest', {});
      await new Promise((r) => setTimeout(r, 1500));
      expect(ctx.sink.to(COORD)).toHaveLength(1);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
