import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages, folderCounts } from '../helpers/imap.js';
import { composeMail, fixture } from '../helpers/mail.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  ctx = await createTestContext({ APPLICATION_DEADLINE: '2099-12-31' });
  bot = await startBot(ctx);
});

afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

const applicant = (email: string) => bot.app.db.selectFrom('applicant').selectAll().where('email', '=', email).executeTakeFirstOrThrow();

function withAttachment(from: string, file: string, messageId: string, text = 'Dear Committee,\n\nplease find attached my expression of interest.\n\nBest regards'): Promise<Buffer> {
  return composeMail({
    from,
    to: 'mentoring@program.test',
    subject: 'Expression of interest',
    text,
    messageId,
    attachments: [{ filename: file.replace(/^statement/, 'EOI'), content: fixture(`statement/${file}`) }],
  });
}

describe('statements in attachments', () => {
  it('reads a DOCX, then takes a PDF resubmission as an update and keeps both versions', async () => {
    const email = 'zoe.okafor@harbourcity.example';
    await appendMessages(ctx.config, [await withAttachment(`Zoe Marlowe-Okafor <${email}>`, 'statement.docx', '<docx-1@harbourcity.example>')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)));
    const first = await applicant(email);
    expect(first).toMatchObject({ name: 'Zoe Marlowe-Okafor', role: 'mentee', statement_status: 'ok', country: 'South Africa' });
    expect(first.areas).toEqual(['Africa']);

    await appendMessages(ctx.config, [await withAttachment(`Zoe Marlowe-Okafor <${email}>`, 'statement.pdf', '<pdf-2@harbourcity.example>', 'Here is my statement again as a PDF.')]);
    await ctx.sink.waitFor((m) => m.filter((x) => x.envelopeTo.includes(email)).length === 2);
    const updated = await applicant(email);
    expect(updated.id).toBe(first.id);
    const statements = await bot.app.db.selectFrom('statement').select(['version', 'source']).where('applicant_id', '=', first.id).orderBy('version').execute();
    expect(statements).toEqual([{ version: 1, source: 'docx' }, { version: 2, source: 'pdf' }]);
    const second = ctx.sink.to(email)[1]!.parsed;
    expect(second.text).toContain('we have updated your application');
    expect(second.text).toContain('version 2');
    // Both acknowledgements travel on the one application thread.
    expect(second.replyTo?.value[0]?.address).toBe(ctx.sink.to(email)[0]!.parsed.replyTo?.value[0]?.address);
  });

  it('records an applicant whose PDF is encrypted, asks for a text PDF or DOCX and sets the mail aside', async () => {
    const email = 'locked.pdf@library.example';
    await appendMessages(ctx.config, [await withAttachment(`Pat Locke <${email}>`, 'statement-encrypted.pdf', '<enc-1@library.example>')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)));
    expect(await applicant(email)).toMatchObject({ statement_status: 'encrypted', name: 'Pat Locke', role: 'unclear' });
    const reply = ctx.sink.to(email)[0]!.parsed;
    expect(reply.text).toContain('password-protected');
    expect(reply.text).toContain('text PDF');
    const row = await bot.app.db.selectFrom('message').selectAll().where('message_id', '=', '<enc-1@library.example>').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ folder: 'review', kind: 'application' });
    expect(row.reason).toMatch(/^statement encrypted/);
    await eventually(async () => (await folderCounts(ctx.config, ['Needs review']))['Needs review'] === 1, 10_000, 'moved to Needs review');
  });

  it('reads a scanned PDF by OCR and says so', async () => {
    const email = 'scanned@library.example';
    await appendMessages(ctx.config, [await withAttachment(`Sam Scanner <${email}>`, 'statement-scanned.pdf', '<scan-1@library.example>')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)), 60_000);
    const a = await applicant(email);
    expect(a.statement_status).toBe('ocr');
    expect(a.role).toBe('mentee');
    expect(ctx.sink.to(email)[0]!.parsed.text).toContain('recognised from a scanned image');
  });

  it('keeps working after the server drops the connection', async () => {
    // What a server restart or a NAT timeout looks like to the client: the socket just closes.
    const client = (bot.app.watcher as unknown as { client: { close(): void } | null }).client;
    expect(client).not.toBeNull();
    client!.close();
    const email = 'after.drop@library.example';
    await appendMessages(ctx.config, [await withAttachment(`Drew Reconnect <${email}>`, 'statement.docx', '<drop-1@library.example>')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)), 30_000);
    expect((await applicant(email)).role).toBe('mentee');
  });

  it('resyncs by Message-ID when UIDVALIDITY changes', async () => {
    await bot.app.db.updateTable('mailbox_cursor').set({ uid_validity: '1', last_uid: 999_999 }).execute();
    const email = 'after.resync@library.example';
    await appendMessages(ctx.config, [await withAttachment(`Rhea Sync <${email}>`, 'statement.pdf', '<resync-1@library.example>')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)), 30_000);
    const cursor = await bot.app.db.selectFrom('mailbox_cursor').selectAll().executeTakeFirstOrThrow();
    expect(cursor.uid_validity).not.toBe('1');
    expect(Number(cursor.last_uid)).toBeLessThan(999_999);
  });
});

describe('the deadline and the size limit', () => {
  let late: TestContext;
  let lateBot: RunningBot;

  beforeAll(async () => {
    late = await createTestContext({ APPLICATION_DEADLINE: '2020-01-31', MAX_MESSAGE_BYTES: '60000' });
    lateBot = await startBot(late);
  });
  afterAll(async () => {
    await lateBot?.stop();
    await late?.cleanup();
  });

  it('stores a late application as late and answers kindly', async () => {
    const email = 'late.comer@library.example';
    await appendMessages(late.config, [await withAttachment(`Lee Late <${email}>`, 'statement.docx', '<late-1@library.example>')]);
    await late.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)));
    const a = await lateBot.app.db.selectFrom('applicant').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(a.status).toBe('late');
    const text = late.sink.to(email)[0]!.parsed.text ?? '';
    expect(text).toContain('after the deadline');
    expect(text).toContain('we will be in touch if places open');
  });

  it('does not download a message over the limit, records it and answers "too large" once', async () => {
    const email = 'big.file@library.example';
    const big = await composeMail({
      from: `Bea Big <${email}>`,
      to: 'mentoring@program.test',
      subject: 'My application',
      text: 'Attached.',
      messageId: '<big-1@library.example>',
      attachments: [{ filename: 'photo.png', content: fixture('statement/statement-photo.png') }],
    });
    expect(big.length).toBeGreaterThan(60_000);
    await appendMessages(late.config, [big]);
    await late.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(email)));
    const row = await lateBot.app.db.selectFrom('message').selectAll().where('message_id', '=', '<big-1@library.example>').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'oversize', folder: 'review', raw_complete: false });
    expect(Math.abs(Number(row.size) - big.length) / big.length).toBeLessThan(0.05); // RFC822.SIZE counts CRLF line ends
    expect(row.raw.length).toBeLessThan(2000);
    expect(late.sink.to(email)[0]!.parsed.text).toContain('more than our mailbox accepts');
    expect(await lateBot.app.db.selectFrom('applicant').select('id').where('email', '=', email).execute()).toHaveLength(0);
  });
});
