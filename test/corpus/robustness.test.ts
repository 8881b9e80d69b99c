import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/message/parse.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages, folderCounts } from '../helpers/imap.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';
import { corpusDir, pct, readJson } from './corpus.js';

interface Entry {
  file: string;
  expect: string;
  notes?: string;
}

const dir = corpusDir('ROBUSTNESS_DIR', '../shared/corpus/robustness');
const entries = readJson<Entry[]>(join(dir, 'manifest.json'));

let ctx: TestContext;
let bot: RunningBot;
const keys = new Map<string, string[]>();

/** Messages without a Message-ID are keyed by their bytes, and Dovecot hands LF-only files back with CRLF. */
async function possibleKeys(raw: Buffer): Promise<string[]> {
  const crlf = Buffer.from(raw.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  return [...new Set([(await parseMessage(raw)).key, (await parseMessage(crlf)).key])];
}

beforeAll(async () => {
  ctx = await createTestContext({ PROGRAM_ADDRESS: 'reply@bar.com' });
  bot = await startBot(ctx);
  const raws = entries.map((e) => readFileSync(join(dir, e.file)));
  for (const [i, raw] of raws.entries()) keys.set(entries[i]!.file, await possibleKeys(raw));
  const started = Date.now();
  await appendMessages(ctx.config, raws);
  const distinct = new Set([...keys.values()].map((k) => k[0])).size;
  await eventually(async () => {
    const done = await bot.app.db.selectFrom('message').select('id').where('processed_at', 'is not', null).execute();
    const pending = await bot.app.db.selectFrom('outbox').select('id').where('status', 'in', ['queued', 'sending']).execute();
    return done.length >= distinct && pending.length === 0;
  }, 240_000, 'every robustness message processed');
  console.log(`robustness corpus: ${entries.length} files (${distinct} distinct messages) processed in ${Date.now() - started} ms`);
});

afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

async function row(file: string) {
  const found = await bot.app.db.selectFrom('message').selectAll().where('message_key', 'in', keys.get(file)!).executeTakeFirst();
  if (!found) throw new Error(`${file}: no stored message under ${keys.get(file)!.join(' or ')}`);
  return found;
}

async function answers(rowId: number) {
  return bot.app.db.selectFrom('outbox').select('id').where('answers_message_row_id', '=', rowId).execute();
}

describe(`robustness corpus ${dir}`, () => {
  it('stores every message, gives it a folder and leaves nothing behind in the mailbox', async () => {
    for (const e of entries) {
      const r = await row(e.file);
      expect(r.processed_at, e.file).not.toBeNull();
      expect(r.folder, e.file).toMatch(/processed|ignored|review|threads|feedback/);
      expect(r.raw.length, e.file).toBeGreaterThan(0);
    }
    expect((await folderCounts(ctx.config, ['INBOX'])).INBOX).toBe(0);
  });

  it('never answers a robot or a bounce', async () => {
    const robots = entries.filter((e) => e.expect === 'robot' || e.expect === 'bounce');
    let caught = 0;
    for (const e of robots) {
      const r = await row(e.file);
      if (r.kind === 'robot' || r.kind === 'spam' || r.kind === 'bounce') caught++;
      expect(await answers(r.id), e.file).toHaveLength(0);
    }
    console.log(`robustness robots and bounces recognised: ${pct(caught, robots.length)}`);
    expect(caught).toBe(robots.length);
  });

  it('stores malformed mail with a reason instead of crashing', async () => {
    for (const e of entries.filter((x) => x.expect === 'malformed')) {
      const r = await row(e.file);
      expect(r.kind, e.file).not.toBe('error');
      if (r.from_address === null) expect(r.reason, e.file).toBe('no sender address');
    }
  });

  it('takes no person for a robot and answers people only when they wrote about the program', async () => {
    const people = entries.filter((e) => ['reply', 'human', 'forward', 'auth_fail'].includes(e.expect));
    let robotsByMistake = 0;
    let answered = 0;
    for (const e of people) {
      const r = await row(e.file);
      if (r.kind === 'robot') robotsByMistake++;
      if ((await answers(r.id)).length > 0) answered++;
    }
    console.log(`robustness people: ${people.length}, taken for robots: ${robotsByMistake}, answered: ${answered}`);
    expect(robotsByMistake).toBe(0);
  });
});
