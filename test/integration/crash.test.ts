import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/db.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages, folderCounts } from '../helpers/imap.js';
import { application, applicationMail } from '../helpers/generate.js';
import { eventually } from '../helpers/bot.js';

const CLI = fileURLToPath(new URL('../../scripts/mentorbox.js', import.meta.url));
const COUNT = 60;

let ctx: TestContext;

beforeAll(async () => {
  // The real command, with its send workers in their own thread (SEND_THREAD), killed with SIGKILL.
  ctx = await createTestContext({ SEND_THREAD: 'true' });
});
afterAll(async () => {
  await ctx?.cleanup();
});

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...ctx.env }, stdio: ['ignore', 'ignore', 'pipe'] });
}

async function exit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a crash in the middle of a batch', () => {
  it('loses no message and sends no acknowledgement twice after a restart', async () => {
    const apps = Array.from({ length: COUNT }, (_, i) => application(i, ctx.id));
    await appendMessages(ctx.config, await Promise.all(apps.map((a) => applicationMail(a))));
    const db = createDb(ctx.env.DATABASE_URL!, 2);
    try {
      const first = run(['start']);
      // Kill it hard once part of the backlog is committed and part of the mail has gone out.
      await eventually(async () => {
        const row = await db.selectFrom('message').select((eb) => eb.fn.countAll<number>().as('n')).where('processed_at', 'is not', null).executeTakeFirst();
        return Number(row?.n ?? 0) >= 15 && ctx.sink.messages.length >= 3;
      }, 60_000, 'part of the batch processed');
      first.kill('SIGKILL');
      await exit(first);
      const processedAtKill = await db.selectFrom('message').select('id').where('processed_at', 'is not', null).execute();
      expect(processedAtKill.length).toBeLessThan(COUNT);

      const second = run(['start', '--once']);
      let stderr = '';
      second.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      expect(await exit(second), stderr).toBe(0);

      const applicants = await db.selectFrom('applicant').select('email').execute();
      expect(applicants.map((a) => a.email).sort()).toEqual(apps.map((a) => a.email).sort());
      const outbox = await db.selectFrom('outbox').select(['status', 'message_id', 'to_address']).execute();
      expect(outbox).toHaveLength(COUNT);
      for (const row of outbox) expect(['sent', 'uncertain']).toContain(row.status);

      const ids = ctx.sink.messages.map((m) => m.parsed.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      const recipients = ctx.sink.messages.flatMap((m) => m.envelopeTo);
      expect(new Set(recipients).size).toBe(recipients.length);
      const uncertain = outbox.filter((r) => r.status === 'uncertain').length;
      // "uncertain" rows are the at-most-once price of a kill between SMTP accept and the commit.
      expect(ctx.sink.messages.length).toBeGreaterThanOrEqual(COUNT - uncertain);
      expect(ctx.sink.messages.length).toBeLessThanOrEqual(COUNT);
      console.log(`crash test: ${processedAtKill.length}/${COUNT} committed at kill; ${uncertain} uncertain; ${ctx.sink.messages.length} sent`);

      expect(await folderCounts(ctx.config, ['INBOX', 'Processed'])).toEqual({ INBOX: 0, Processed: COUNT });
    } finally {
      await db.destroy();
    }
  });
});
