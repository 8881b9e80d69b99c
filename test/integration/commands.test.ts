import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { composeMail, fixture } from '../helpers/mail.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

const DANA = 'dana@program.test';
const PASS = `mx.program.test; dkim=pass header.d=program.test; spf=pass smtp.mailfrom=${DANA}; dmarc=pass header.from=program.test`;
const FAIL = `mx.program.test; dkim=fail header.d=program.test; spf=fail smtp.mailfrom=${DANA}; dmarc=fail header.from=program.test`;
let ctx: TestContext;
let bot: RunningBot;
let n = 0;

beforeAll(async () => {
  ctx = await createTestContext({ COORDINATORS: DANA, TRUSTED_AUTHSERV_IDS: 'mx.program.test' });
  bot = await startBot(ctx);
  await appendMessages(ctx.config, [fixture('intake/application-body-mentor.eml')]);
  await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(DANA)));
});
afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

/** A coordinator's mail as our MX would deliver it, with its Authentication-Results on top. */
async function command(text: string, o: { auth?: string; from?: string; to?: string; inReplyTo?: string } = {}): Promise<string> {
  const id = `<cmd-${++n}@program.test>`;
  const raw = await composeMail({
    from: o.from ?? `Dana Coordinator <${DANA}>`,
    to: o.to ?? 'mentoring@program.test',
    subject: 'commands',
    text,
    messageId: id,
    inReplyTo: o.inReplyTo,
    headers: o.auth === '' ? {} : { 'Authentication-Results': o.auth ?? PASS },
  });
  await appendMessages(ctx.config, [raw]);
  await eventually(
    () => bot.app.db.selectFrom('message').select('id').where('message_id', '=', id).where('processed_at', 'is not', null).executeTakeFirst(),
    15_000,
    `${id} processed`,
  );
  await eventually(async () => (await bot.app.db.selectFrom('outbox').select('id').where('status', '=', 'queued').execute()).length === 0, 10_000, 'sent');
  return id;
}

const answerTo = async (id: string) => {
  await ctx.sink.waitFor((m) => m.some((x) => x.parsed.inReplyTo === id), 10_000);
  return ctx.sink.messages.find((m) => m.parsed.inReplyTo === id)!.parsed;
};

describe('coordinator commands through real IMAP and SMTP', () => {
  it('sent Dana a notice about the new applicant that she can answer without a reference', async () => {
    const notice = ctx.sink.to(DANA)[0]!.parsed;
    expect(notice.subject).toMatch(/^New mentor: Ingrid Halvorsen \(A-0001\)$/);
    const id = await command('SET areas="Europe, International Exchanges"\n\nDana', { to: notice.replyTo!.value[0]!.address!, inReplyTo: notice.messageId! });
    expect((await answerTo(id)).text).toContain('A-0001 updated: areas=Europe; International Exchanges');
    const a = await bot.app.db.selectFrom('applicant').selectAll().where('ref', '=', 'A-0001').executeTakeFirstOrThrow();
    expect(a.areas).toEqual(['Europe', 'International Exchanges']);
  });

  it('answers several commands in one mail, in the same thread, and suggests on a typo', async () => {
    const id = await command('Hi,\n\nSTATUS\nlist mentors Europe\nSTAUS\n\nThanks,\nDana');
    const answer = await answerTo(id);
    expect(answer.subject).toBe('Re: commands');
    expect(answer.text).toContain('Applicants: 1');
    expect(answer.text).toContain('mentors in Europe: 1');
    expect(answer.text).toContain('Did you mean STATUS?');
  });

  it('UNDO reverses the last change', async () => {
    const id = await command('UNDO');
    expect((await answerTo(id)).text).toContain('Undone: A-0001 is back to areas=Europe; Sister Libraries');
    const a = await bot.app.db.selectFrom('applicant').selectAll().where('ref', '=', 'A-0001').executeTakeFirstOrThrow();
    expect(a.areas).toEqual(['Europe', 'Sister Libraries']);
  });

  it('attaches the statement to SHOW and a CSV to EXPORT', async () => {
    const id = await command('SHOW A-0001\nEXPORT applicants');
    const answer = await answerTo(id);
    const names = answer.attachments.map((a) => a.filename);
    expect(names).toContain('A-0001-statement.txt');
    const csv = answer.attachments.find((a) => a.filename?.endsWith('.csv'))!;
    expect(csv.content.toString('utf8')).toContain('ingrid.halvorsen@deichman.example');
  });

  it('refuses a MATCH it cannot make, says why and audits it as failed', async () => {
    const id = await command('MATCH A-0001 someone@example.org');
    expect((await answerTo(id)).text).toContain('no applicant someone@example.org');
    const audit = await bot.app.db.selectFrom('command_audit').selectAll().where('name', '=', 'MATCH').executeTakeFirstOrThrow();
    expect(audit.decision).toBe('failed');
    expect(await bot.app.db.selectFrom('match').select('id').execute()).toHaveLength(0);
  });

  it('ignores commands in quoted text', async () => {
    const id = await command('Thanks, that is what I needed.\n\nOn Mon, 10 Nov 2025, mentorbox wrote:\n> DECLINE A-0001\n> STATUS');
    expect(await bot.app.db.selectFrom('command_audit').select('command_audit.id').innerJoin('message', 'message.id', 'command_audit.message_row_id').where('message.message_id', '=', id).execute()).toHaveLength(0);
    expect((await bot.app.db.selectFrom('applicant').select('status').where('ref', '=', 'A-0001').executeTakeFirstOrThrow()).status).toBe('received');
  });

  it('never acts on a forged From: the coordinator gets a one-time code, used once', async () => {
    const id = await command('DECLINE A-0001', { auth: FAIL });
    expect(ctx.sink.messages.find((m) => m.parsed.inReplyTo === id)).toBeUndefined();
    await ctx.sink.waitFor((m) => m.some((x) => x.parsed.subject?.startsWith('Confirm your command') === true));
    expect((await bot.app.db.selectFrom('applicant').select('status').where('ref', '=', 'A-0001').executeTakeFirstOrThrow()).status).toBe('received');
    const codeMail = ctx.sink.to(DANA).find((m) => m.parsed.subject?.startsWith('Confirm your command'))!.parsed;
    expect(codeMail.inReplyTo).toBeUndefined();
    const code = /CONFIRM ([A-Z0-9]+)/.exec(codeMail.text ?? '')![1]!;

    const confirm = await command(`CONFIRM ${code}`, { auth: '', to: codeMail.replyTo!.value[0]!.address!, inReplyTo: codeMail.messageId! });
    expect((await answerTo(confirm)).text).toContain('A-0001 declined');
    const replay = await command(`CONFIRM ${code}`, { auth: '' });
    expect((await answerTo(replay)).text).toContain('That code is already used');
    const audits = await bot.app.db.selectFrom('command_audit').select(['decision', 'name']).where('name', '=', 'DECLINE').execute();
    expect(audits.map((a) => a.decision).sort()).toEqual(['confirm', 'run']);
  });

  it('refuses commands from anyone else, logs them and answers nothing', async () => {
    const id = await command('STATUS', { from: 'Mallory <mallory@attacker.example>' });
    const row = await bot.app.db.selectFrom('message').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    expect(row.kind).toBe('command-refused');
    const audit = await bot.app.db.selectFrom('command_audit').selectAll().where('message_row_id', '=', row.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ decision: 'refused', name: 'STATUS', reason: 'sender is not a coordinator' });
    expect(ctx.sink.to('mallory@attacker.example')).toHaveLength(0);
  });
});
