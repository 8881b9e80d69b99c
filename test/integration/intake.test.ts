import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportData } from '../../src/export/export.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages, folderCounts } from '../helpers/imap.js';
import { fixture, variant } from '../helpers/mail.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  ctx = await createTestContext({ APPLICATION_DEADLINE: '2099-12-31', COORDINATORS: 'coordinator@program.test' });
  bot = await startBot(ctx);
});

afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

const applicantByEmail = (email: string) => bot.app.db.selectFrom('applicant').selectAll().where('email', '=', email).executeTakeFirst();

describe('an application through real IMAP, Postgres, Redis and SMTP', () => {
  it('records the applicant and answers in the same thread with what was understood', async () => {
    await appendMessages(ctx.config, [fixture('intake/application-body-mentor.eml')]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('ingrid.halvorsen@deichman.example')));

    const applicant = await applicantByEmail('ingrid.halvorsen@deichman.example');
    expect(applicant).toMatchObject({ name: 'Ingrid Halvorsen', role: 'mentor', status: 'received', statement_status: 'ok' });
    expect(applicant?.areas).toEqual(['Europe', 'Sister Libraries']);
    expect(applicant?.ref).toMatch(/^A-\d{4}$/);

    const [ack] = ctx.sink.to('ingrid.halvorsen@deichman.example');
    const mail = ack!.parsed;
    expect(mail.inReplyTo).toBe('<b3c1a9e2-5d0e-4f7a-9a51-intake-body-mentor@deichman.example>');
    expect(String(mail.references)).toContain('intake-body-mentor@deichman.example');
    expect(mail.replyTo?.value[0]?.address).toMatch(/^mentoring\+[a-z2-9]{12}@program\.test$/);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.headers.get('x-auto-response-suppress')).toBe('All');
    expect(mail.subject).toBe(`Re: Expression of interest - mentor [${applicant!.ref}]`);
    expect(mail.text).toContain('Applying as:  Mentor');
    expect(mail.text).toContain('Areas:        Europe; Sister Libraries');
    expect(mail.text).toContain('reply to this mail');
    expect(mail.html).toContain('<td>Mentor</td>');

    const outbox = await bot.app.db.selectFrom('outbox').selectAll().where('to_address', '=', applicant!.email).execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'sent', message_id: mail.messageId, kind: 'ack' });

    await eventually(async () => (await folderCounts(ctx.config, ['Processed'])).Processed === 1, 10_000, 'moved to Processed');
  });

  it('stores a robot and never answers it', async () => {
    await appendMessages(ctx.config, [fixture('intake/auto-reply-exchange.eml')]);
    const row = await eventually(
      () => bot.app.db.selectFrom('message').selectAll().where('message_id', '=', '<7A1B2C3D4E5F@EXCH01.unilag.example>').where('processed_at', 'is not', null).executeTakeFirst(),
      10_000,
      'robot stored',
    );
    expect(row).toMatchObject({ kind: 'robot', folder: 'ignored' });
    expect(row.raw.length).toBeGreaterThan(100);
    await eventually(async () => (await folderCounts(ctx.config, ['Ignored'])).Ignored === 1, 10_000, 'moved to Ignored');
    expect(ctx.sink.to('chidi.okafor@unilag.example')).toHaveLength(0);
    expect(await bot.app.db.selectFrom('outbox').selectAll().where('to_address', '=', 'chidi.okafor@unilag.example').execute()).toHaveLength(0);
  });

  it('changes nothing when the same message arrives again, by IMAP or by import', async () => {
    const raw = fixture('intake/application-body-mentor.eml');
    await appendMessages(ctx.config, [raw]);
    await eventually(async () => (await folderCounts(ctx.config, ['Processed'])).Processed === 2, 10_000, 'duplicate moved');
    const { processRaw } = await import('../../src/intake/process.js');
    const again = await processRaw(bot.app.intake, raw, { origin: 'import', mailbox: null, uid: null, uidValidity: null, receivedAt: new Date() });
    expect(again.duplicate).toBe(true);
    const messages = await bot.app.db.selectFrom('message').select('id').where('message_id', '=', '<b3c1a9e2-5d0e-4f7a-9a51-intake-body-mentor@deichman.example>').execute();
    expect(messages).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(ctx.sink.to('ingrid.halvorsen@deichman.example')).toHaveLength(1);
  });

  it('keys a message without Message-ID by its bytes and still answers once', async () => {
    const raw = fixture('intake/application-no-message-id.eml');
    await appendMessages(ctx.config, [raw, raw]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('amara.diallo@bu.example.sn')));
    await eventually(async () => (await folderCounts(ctx.config, ['INBOX'])).INBOX === 0, 10_000, 'inbox emptied');
    const rows = await bot.app.db.selectFrom('message').select('message_key').where('from_address', '=', 'amara.diallo@bu.example.sn').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.message_key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await applicantByEmail('amara.diallo@bu.example.sn')).toMatchObject({ role: 'mentee' });
    expect(ctx.sink.to('amara.diallo@bu.example.sn')).toHaveLength(1);
  });

  it('answers a question without a statement once with how to apply, and records no applicant', async () => {
    const raw = fixture('intake/question-no-statement.eml');
    await appendMessages(ctx.config, [raw, variant(raw, { messageId: '<second-question@mail.gmail.com>' })]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('tferreira@bib.example.pt')));
    await eventually(async () => (await folderCounts(ctx.config, ['INBOX'])).INBOX === 0, 10_000, 'inbox emptied');
    await new Promise((r) => setTimeout(r, 500));
    const mails = ctx.sink.to('tferreira@bib.example.pt');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.parsed.text).toContain('To apply, please send a one-page statement');
    expect(await applicantByEmail('tferreira@bib.example.pt')).toBeUndefined();
  });

  it('exports applicants as JSON and CSV with the documented fields', async () => {
    const json = JSON.parse(await exportData(bot.app.db, 'applicants', 'json')) as Record<string, unknown>[];
    const ingrid = json.find((a) => a.email === 'ingrid.halvorsen@deichman.example');
    expect(Object.keys(ingrid!)).toEqual(
      expect.arrayContaining(['id', 'ref', 'email', 'name', 'role', 'areas', 'institution', 'country', 'language', 'status', 'statementStatus', 'createdAt', 'updatedAt']),
    );
    expect(ingrid).toMatchObject({ role: 'mentor', areas: ['Europe', 'Sister Libraries'], language: 'en', country: 'Norway' });
    const csv = await exportData(bot.app.db, 'applicants', 'csv');
    expect(csv.split('\r\n')[0]).toContain('statementStatus');
    expect(csv).toContain('Europe; Sister Libraries');
  });
});
