import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';
import { corpusDir, pct, readJson, sameName, sameSet } from './corpus.js';

interface Entry {
  file: string;
  kind: string;
  message_id?: string;
  date?: string;
  from_address: string;
  expected?: { name: string; email: string; role: string; areas: string[]; language?: string; country?: string };
}
interface Manifest {
  program_mailbox: string;
  external_message_ids?: Record<string, string>;
  deadline?: string;
  deadline_note?: string;
  coordinators?: { email: string }[];
  messages: Entry[];
}

const APPLICATION_KINDS = new Set(['application', 'resubmission', 'late_application']);
const ROBOT_KINDS = new Set(['auto_reply', 'bounce', 'bulk', 'spam', 'robot']);
// Mail from people that is not an application: none of it may change an applicant's statement.
const SILENT_KINDS = new Set(['intro', 'reply', 'feedback']);
// How the manifest's reply kinds must come out of sorting.
const REPLY_KINDS: Record<string, string> = { intro: 'intro', reply: 'reply', feedback: 'feedback', letter_request: 'letter_request' };

const dir = corpusDir('CORPUS_DIR', '../shared/corpus/public');
const manifest = readJson<Manifest>(join(dir, 'manifest.json'));
const minAccuracy = Number(process.env.CORPUS_MIN_ACCURACY ?? 0.9);

let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  // The receiving server's id is the one on the top-most Authentication-Results of the corpus mail.
  const trusted = new Map<string, number>();
  for (const m of manifest.messages) {
    const top = /^Authentication-Results:\s*([^;\s]+)/im.exec(readFileSync(join(dir, m.file), 'latin1'))?.[1];
    if (top) trusted.set(top, (trusted.get(top) ?? 0) + 1);
  }
  const trustedId = [...trusted].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const timeZone = /\b([A-Z][a-z]+\/[A-Za-z_]+)\b/.exec(manifest.deadline_note ?? '')?.[1] ?? 'UTC';
  ctx = await createTestContext({
    PROGRAM_ADDRESS: manifest.program_mailbox,
    ...(manifest.deadline ? { APPLICATION_DEADLINE: manifest.deadline, PROGRAM_TIMEZONE: timeZone } : {}),
    COORDINATORS: (manifest.coordinators ?? []).map((c) => c.email).join(','),
    TRUSTED_AUTHSERV_IDS: trustedId,
  });
  bot = await startBot(ctx);
  await seedProgramMail(manifest.external_message_ids ?? {});
  // Arrival order is the order of the Date headers, as in the program's real mailbox.
  const ordered = [...manifest.messages].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  await appendMessages(ctx.config, ordered.map((m) => readFileSync(join(dir, m.file))));
  const db = bot.app.db;
  await eventually(async () => {
    const done = await db.selectFrom('message').select((eb) => eb.fn.countAll<number>().as('n')).where('processed_at', 'is not', null).executeTakeFirst();
    const pending = await db.selectFrom('outbox').select('id').where('status', 'in', ['queued', 'sending']).execute();
    return Number(done?.n) >= manifest.messages.length && pending.length === 0;
  }, Number(process.env.CORPUS_WAIT_MS ?? 240_000), 'every corpus message processed and every answer sent');
  await new Promise((r) => setTimeout(r, 1000));
});

/**
 * The program's own earlier mail (a feedback request, broadcasts) is not in the corpus, only its
 * Message-IDs: register them as threads, as the bot would have when it sent them.
 */
async function seedProgramMail(ids: Record<string, string>): Promise<void> {
  const { createThread, recordThreadMessage } = await import('../../src/thread/thread.repository.js');
  for (const [messageId, description] of Object.entries(ids)) {
    const kind = /feedback/i.test(description) ? 'feedback' : 'broadcast';
    const thread = await createThread(bot.app.db, { kind, applicantId: null, participants: [], subject: description, rootMessageId: messageId });
    await recordThreadMessage(bot.app.db, thread.id, messageId, 'out');
  }
}

afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

async function rowFor(entry: Entry) {
  const q = bot.app.db.selectFrom('message').selectAll();
  return entry.message_id ? q.where('message_id', '=', entry.message_id).executeTakeFirst() : undefined;
}

describe(`corpus ${dir}`, () => {
  it('turns each application into the applicant the manifest describes', async () => {
    const apps = manifest.messages.filter((m) => APPLICATION_KINDS.has(m.kind) && m.expected);
    // The last statement from an address is what the applicant must show.
    const finalByEmail = new Map(apps.map((m) => [m.expected!.email.toLowerCase(), m]));
    let role = 0, areas = 0, name = 0, email = 0, language = 0;
    const misses: string[] = [];
    for (const entry of finalByEmail.values()) {
      const want = entry.expected!;
      const got = await bot.app.db.selectFrom('applicant').selectAll().where('email', '=', want.email.toLowerCase()).executeTakeFirst();
      if (got) email++;
      if (got?.role === want.role) role++;
      else misses.push(`${entry.file}: role ${got?.role} (want ${want.role})`);
      if (got && sameSet(got.areas, want.areas)) areas++;
      else misses.push(`${entry.file}: areas ${JSON.stringify(got?.areas)} (want ${JSON.stringify(want.areas)})`);
      if (sameName(got?.name, want.name)) name++;
      else misses.push(`${entry.file}: name ${got?.name} (want ${want.name})`);
      if (!want.language || got?.language === want.language) language++;
      else misses.push(`${entry.file}: language ${got?.language} (want ${want.language})`);
    }
    const n = finalByEmail.size;
    console.log(
      [`corpus applications: ${n}`, `  email    ${pct(email, n)}`, `  role     ${pct(role, n)}`, `  areas    ${pct(areas, n)}`, `  name     ${pct(name, n)}`, `  language ${pct(language, n)}`, ...misses.map((m) => `  miss: ${m}`)].join('\n'),
    );
    expect(email).toBe(n);
    for (const hits of [role, areas, name]) expect(hits / n).toBeGreaterThanOrEqual(minAccuracy);
  });

  it('answers every application exactly once per statement, late ones as late', async () => {
    for (const entry of manifest.messages.filter((m) => APPLICATION_KINDS.has(m.kind))) {
      const row = await rowFor(entry);
      expect(row, entry.file).toBeDefined();
      const answers = await bot.app.db.selectFrom('outbox').selectAll().where('answers_message_row_id', '=', row!.id).where('kind', '!=', 'coordinator-notice').execute();
      expect(answers, entry.file).toHaveLength(1);
      // An address the corpus later bounces may be known dead before its answer's turn: then it is held back.
      const dead = await bot.app.db.selectFrom('applicant').select('undeliverable').where('email', '=', entry.from_address.toLowerCase()).executeTakeFirst();
      expect(answers[0]!.status, entry.file).toBe(dead?.undeliverable ? answers[0]!.status === 'sent' ? 'sent' : 'suppressed' : 'sent');
      if (entry.kind === 'late_application') expect(answers[0]!.kind, entry.file).toMatch(/ack-late|statement-unreadable/);
      if (entry.kind === 'resubmission') expect(answers[0]!.kind, entry.file).toBe('ack-updated');
    }
    const late = manifest.messages.filter((m) => m.kind === 'late_application' && m.expected);
    for (const entry of late) {
      const a = await bot.app.db.selectFrom('applicant').select('status').where('email', '=', entry.expected!.email.toLowerCase()).executeTakeFirst();
      expect(a?.status, entry.file).toBe('late');
    }
  });

  it('never answers robots or spam, and answers nothing that is not an application', async () => {
    let robots = 0, caught = 0;
    for (const entry of manifest.messages.filter((m) => ROBOT_KINDS.has(m.kind) || SILENT_KINDS.has(m.kind))) {
      const row = await rowFor(entry);
      expect(row, entry.file).toBeDefined();
      const answers = await bot.app.db.selectFrom('outbox').select('id').where('answers_message_row_id', '=', row!.id).execute();
      expect(answers, `${entry.file} got an answer`).toHaveLength(0);
      if (ROBOT_KINDS.has(entry.kind)) {
        robots++;
        if (row!.kind === 'robot' || row!.kind === 'spam' || row!.kind === 'bounce') caught++;
        // The sender may also be an applicant (an out-of-office from a mentor): nothing may answer this message.
        expect(ctx.sink.messages.filter((m) => m.parsed.inReplyTo === entry.message_id), entry.file).toHaveLength(0);
      }
    }
    console.log(`corpus robots and spam recognised: ${pct(caught, robots)}`);
    expect(caught).toBe(robots);
  });

  it('files each reply on its thread and sorts it as the manifest says', async () => {
    let right = 0;
    const entries = manifest.messages.filter((m) => REPLY_KINDS[m.kind]);
    const misses: string[] = [];
    for (const entry of entries) {
      const row = await rowFor(entry);
      const reply = await bot.app.db.selectFrom('reply').selectAll().where('message_row_id', '=', row!.id).executeTakeFirst();
      if (reply?.kind === REPLY_KINDS[entry.kind]) right++;
      else misses.push(`${entry.file}: ${reply?.kind ?? row?.kind} (want ${REPLY_KINDS[entry.kind]})`);
    }
    console.log([`corpus replies sorted: ${pct(right, entries.length)}`, ...misses.map((m) => `  miss: ${m}`)].join('\n'));
    expect(right / Math.max(1, entries.length)).toBeGreaterThanOrEqual(minAccuracy);
  });

  it('runs authenticated coordinator commands once and answers in the thread; never runs a spoofed one', async () => {
    for (const entry of manifest.messages.filter((m) => m.kind === 'command' || m.kind === 'spoofed_command')) {
      const row = await rowFor(entry);
      const audits = await bot.app.db.selectFrom('command_audit').selectAll().where('message_row_id', '=', row!.id).execute();
      const answers = await bot.app.db.selectFrom('outbox').selectAll().where('answers_message_row_id', '=', row!.id).execute();
      if (entry.kind === 'command') {
        expect(audits.length, entry.file).toBeGreaterThan(0);
        expect(audits.map((a) => `${a.name}: ${a.decision}`), entry.file).toEqual(audits.map((a) => `${a.name}: run`));
        expect(answers.map((a) => a.kind), entry.file).toEqual(['command-result']);
        expect(answers[0]!.in_reply_to, entry.file).toBe(entry.message_id);
      } else {
        expect(audits.some((a) => a.decision === 'run'), entry.file).toBe(false);
        expect(answers.filter((a) => a.kind === 'command-result'), entry.file).toHaveLength(0);
      }
    }
  });

  it('turns a MATCH command into a match, introduces the pair, and sees the mentor\'s first mail as first contact', async () => {
    const matchCommands = manifest.messages.filter((m) => m.kind === 'command' && /^MATCH\s/m.test(readFileSync(join(dir, m.file), 'latin1')));
    for (const entry of matchCommands) {
      const row = await rowFor(entry);
      const audit = await bot.app.db.selectFrom('command_audit').selectAll().where('message_row_id', '=', row!.id).where('name', '=', 'MATCH').executeTakeFirstOrThrow();
      const emails = [...audit.line.matchAll(/[\w.+-]+@[\w.-]+\.\w+/g)].map((m) => m[0].toLowerCase());
      const people = await bot.app.db.selectFrom('applicant').select(['id', 'email', 'role']).where('email', 'in', emails).execute();
      const mentor = people.find((p) => p.role === 'mentor')!;
      const mentee = people.find((p) => p.role === 'mentee')!;
      const match = await bot.app.db.selectFrom('match').selectAll().where('mentor_id', '=', mentor.id).where('mentee_id', '=', mentee.id).executeTakeFirstOrThrow();
      expect(match.status, entry.file).toBe('active');
      const intros = await bot.app.db.selectFrom('outbox').select(['kind', 'to_address']).where('thread_id', '=', match.thread_id).execute();
      expect(intros.map((i) => `${i.kind} ${i.to_address}`).sort(), entry.file).toEqual([`match-intro-mentee ${mentee.email}`, `match-intro-mentor ${mentor.email}`]);
      // The corpus holds the mentor's own first mail to the mentee, the program in Cc.
      const intro = manifest.messages.find((m) => m.kind === 'intro' && m.from_address?.toLowerCase() === mentor.email);
      if (intro) expect(match.first_contact_source, intro.file).toBe('mentor mail seen');
    }
    console.log(`corpus MATCH commands turned into matches: ${matchCommands.length}`);
  });

  it('answers a matched participant\'s letter request with the letter as a PDF, addressed as asked', async () => {
    for (const entry of manifest.messages.filter((m) => m.kind === 'letter_request')) {
      const row = await rowFor(entry);
      const answer = await bot.app.db.selectFrom('outbox').selectAll().where('answers_message_row_id', '=', row!.id).executeTakeFirstOrThrow();
      const matched = await bot.app.db
        .selectFrom('match')
        .innerJoin('applicant', (j) => j.on((eb) => eb.or([eb('applicant.id', '=', eb.ref('match.mentor_id')), eb('applicant.id', '=', eb.ref('match.mentee_id'))])))
        .select('match.id')
        .where('applicant.email', '=', entry.from_address.toLowerCase())
        .executeTakeFirst();
      expect(answer.kind, entry.file).toBe(matched ? 'recognition-letter' : 'letter-not-available');
      if (!matched) continue;
      expect(answer.attachments?.map((a) => a.contentType), entry.file).toEqual(['application/pdf']);
      const letter = await bot.app.db.selectFrom('letter').selectAll().where('message_row_id', '=', row!.id).executeTakeFirstOrThrow();
      console.log(`corpus letter for ${entry.file}: addressed to ${JSON.stringify(letter.addressee)}`);
      if (/address (?:the|this|it|the letter) to/i.test(readFileSync(join(dir, entry.file), 'latin1'))) expect(letter.addressee, entry.file).not.toBeNull();
    }
  });

  it('marks a hard-bounced address undeliverable', async () => {
    for (const entry of manifest.messages.filter((m) => m.kind === 'bounce')) {
      const row = await rowFor(entry);
      expect(row!.kind, entry.file).toBe('bounce');
      const bounces = await bot.app.db.selectFrom('bounce').selectAll().where('message_row_id', '=', row!.id).execute();
      expect(bounces.length, entry.file).toBeGreaterThan(0);
      for (const b of bounces.filter((x) => x.hard)) {
        const a = await bot.app.db.selectFrom('applicant').select('undeliverable').where('email', '=', b.address).executeTakeFirst();
        if (a) expect(a.undeliverable, b.address).toBe(true);
      }
    }
  });

  it('leaves the mailbox empty: every message was moved after it was stored', async () => {
    const rows = await bot.app.db.selectFrom('message').select(['folder']).execute();
    expect(rows).toHaveLength(manifest.messages.length);
    expect(rows.every((r) => r.folder !== null)).toBe(true);
  });
});
