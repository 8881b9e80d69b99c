import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages, folderCounts } from '../helpers/imap.js';
import { composeMail, fixture } from '../helpers/mail.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

const EMAIL = 'ingrid.halvorsen@deichman.example';
let ctx: TestContext;
let bot: RunningBot;
let replyTo = '';
let ackId = '';

beforeAll(async () => {
  ctx = await createTestContext({ COORDINATORS: 'coord@program.test' });
  bot = await startBot(ctx);
  await appendMessages(ctx.config, [fixture('intake/application-body-mentor.eml')]);
  await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(EMAIL)));
  const ack = ctx.sink.to(EMAIL)[0]!.parsed;
  replyTo = ack.replyTo!.value[0]!.address!;
  ackId = ack.messageId!;
});

afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

const replyRow = (messageId: string) =>
  eventually(
    () => bot.app.db.selectFrom('message').innerJoin('reply', 'reply.message_row_id', 'message.id').selectAll('reply').where('message.message_id', '=', messageId).executeTakeFirst(),
    15_000,
    `reply ${messageId} filed`,
  );

describe('replies sorted by thread through real IMAP and SMTP', () => {
  it('applies a correction sent to the thread key (no References at all) and confirms the new values', async () => {
    const raw = await composeMail({
      from: `Ingrid Halvorsen <${EMAIL}>`,
      to: replyTo,
      subject: 'Re: Expression of interest - mentor',
      text: 'Hello,\n\nAreas: Europe, International Exchanges\n\nBest,\nIngrid\n\nOn Tue, 4 Nov 2025 at 10:00, Test Mentoring Program <mentoring@program.test> wrote:\n> Areas:        Europe; Sister Libraries\n',
      messageId: '<correction-1@deichman.example>',
    });
    await appendMessages(ctx.config, [raw]);
    const reply = await replyRow('<correction-1@deichman.example>');
    expect(reply.kind).toBe('correction');
    const applicant = await bot.app.db.selectFrom('applicant').selectAll().where('email', '=', EMAIL).executeTakeFirstOrThrow();
    expect(applicant.areas).toEqual(['Europe', 'International Exchanges']);
    const history = await bot.app.db.selectFrom('applicant_change').selectAll().where('applicant_id', '=', applicant.id).execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'areas', old_value: ['Europe', 'Sister Libraries'], new_value: ['Europe', 'International Exchanges'] });
    await ctx.sink.waitFor((m) => m.filter((x) => x.envelopeTo.includes(EMAIL)).length === 2);
    const confirmation = ctx.sink.to(EMAIL)[1]!.parsed;
    expect(confirmation.text).toContain('We changed your areas.');
    expect(confirmation.text).toContain('Europe; International Exchanges');
    expect(confirmation.inReplyTo).toBe('<correction-1@deichman.example>');
    await eventually(async () => (await folderCounts(ctx.config, ['Threads'])).Threads === 1, 10_000, 'moved to Threads');
  });

  it('files a reply that only carries In-Reply-To, and trims the quote', async () => {
    const raw = await composeMail({
      from: `Ingrid Halvorsen <${EMAIL}>`,
      to: 'mentoring@program.test',
      subject: 'A question',
      text: 'When will we hear about matching?\n\nSent from my iPhone\n\n> On 4 Nov 2025, at 10:00, Test Mentoring Program wrote:\n> Thank you for your expression of interest',
      inReplyTo: ackId,
      references: [ackId],
      messageId: '<question-2@deichman.example>',
    });
    await appendMessages(ctx.config, [raw]);
    const reply = await replyRow('<question-2@deichman.example>');
    expect(reply).toMatchObject({ kind: 'reply', text: 'When will we hear about matching?' });
    expect(reply.full_text).toContain('Thank you for your expression of interest');
  });

  it('does not file a stolen thread key from another sender', async () => {
    const raw = await composeMail({
      from: 'Mallory <mallory@attacker.example>',
      to: replyTo,
      subject: 'Re: Expression of interest',
      text: 'I am applying as a mentee. Areas: Africa',
      messageId: '<forged-3@attacker.example>',
    });
    await appendMessages(ctx.config, [raw]);
    const row = await eventually(
      () => bot.app.db.selectFrom('message').selectAll().where('message_id', '=', '<forged-3@attacker.example>').where('processed_at', 'is not', null).executeTakeFirst(),
      15_000,
      'forged message stored',
    );
    expect(row).toMatchObject({ kind: 'forged', folder: 'review' });
    expect(await bot.app.db.selectFrom('reply').select('id').where('message_row_id', '=', row.id).execute()).toHaveLength(0);
    const applicant = await bot.app.db.selectFrom('applicant').selectAll().where('email', '=', EMAIL).executeTakeFirstOrThrow();
    expect(applicant.role).toBe('mentor');
    expect(ctx.sink.to('mallory@attacker.example')).toHaveLength(0);
  });

  it('never answers an out-of-office reply on a thread', async () => {
    const raw = await composeMail({
      from: `Ingrid Halvorsen <${EMAIL}>`,
      to: replyTo,
      subject: 'Automatic reply: Re: Expression of interest - mentor',
      text: 'I am out of the office until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied' },
      messageId: '<oof-4@deichman.example>',
    });
    const before = ctx.sink.to(EMAIL).length;
    await appendMessages(ctx.config, [raw]);
    const row = await eventually(
      () => bot.app.db.selectFrom('message').selectAll().where('message_id', '=', '<oof-4@deichman.example>').where('processed_at', 'is not', null).executeTakeFirst(),
      15_000,
      'out-of-office stored',
    );
    expect(row.kind).toBe('robot');
    await new Promise((r) => setTimeout(r, 500));
    expect(ctx.sink.to(EMAIL)).toHaveLength(before);
  });

  it('exports threads and feedback', async () => {
    const { exportData } = await import('../../src/export/export.js');
    const threads = JSON.parse(await exportData(bot.app.db, 'threads', 'json')) as { kind: string; replies: number; participants: string[] }[];
    const application = threads.find((t) => t.kind === 'application')!;
    expect(application.participants).toEqual([EMAIL]);
    expect(application.replies).toBeGreaterThanOrEqual(2);
    const feedbackCsv = await exportData(bot.app.db, 'feedback', 'csv');
    expect(feedbackCsv.split('\r\n')[0]).toBe('id,applicant,email,role,threadId,feedback,receivedAt');
  });

  it('links a DSN to the mail that bounced and stops mailing the address', async () => {
    const raw = Buffer.from(fixture('threads/dsn-bounce.eml').toString('utf8').replace('ORIGINAL_MESSAGE_ID', ackId));
    await appendMessages(ctx.config, [raw]);
    const bounce = await eventually(() => bot.app.db.selectFrom('bounce').selectAll().where('address', '=', EMAIL).executeTakeFirst(), 15_000, 'bounce recorded');
    const outbox = await bot.app.db.selectFrom('outbox').select(['id']).where('message_id', '=', ackId).executeTakeFirstOrThrow();
    expect(bounce).toMatchObject({ hard: true, status: '5.1.1', outbox_id: outbox.id });
    const applicant = await bot.app.db.selectFrom('applicant').selectAll().where('email', '=', EMAIL).executeTakeFirstOrThrow();
    expect(applicant).toMatchObject({ undeliverable: true, bounce_count: 1 });
    await ctx.sink.waitFor((m) => m.some((x) => x.parsed.subject === 'Undeliverable: Ingrid Halvorsen (A-0001)'));

    // A letter request from the now-undeliverable address is recorded, but its answer is suppressed.
    const letter = await composeMail({ from: EMAIL, to: replyTo, subject: 'Letter', text: 'Could you please send me a recognition letter for my participation?', messageId: '<letter-5@deichman.example>' });
    await appendMessages(ctx.config, [letter]);
    expect((await replyRow('<letter-5@deichman.example>')).kind).toBe('letter_request');
    const suppressed = await eventually(
      () => bot.app.db.selectFrom('outbox').selectAll().where('kind', '=', 'letter-not-available').where('status', '=', 'suppressed').executeTakeFirst(),
      15_000,
      'answer suppressed',
    );
    expect(suppressed.last_error).toBe('address undeliverable');
  });
});
