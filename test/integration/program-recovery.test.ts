// Program jobs live in Redis, but they are derived from the database: when Redis loses them, the next
// start (or the minute re-queue) re-adds whatever is due, once. PROGRAM_END starts the feedback round.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { composeMail } from '../helpers/mail.js';
import { startBot, type RunningBot } from '../helpers/bot.js';

const PROGRAM = 'mentoring@program.test';
const DANA = 'dana@program.test';
const MENTOR = 'ines.duarte@bn.example';
const MENTEE = 'kwame.boateng@ug.example';
let ctx: TestContext;
let bot: RunningBot;

beforeAll(async () => {
  ctx = await createTestContext({
    COORDINATORS: DANA,
    TRUSTED_AUTHSERV_IDS: 'mx.program.test',
    COORDINATOR_NOTICES: 'off',
    FIRST_CONTACT_ASK_AFTER: '2s',
    FIRST_CONTACT_ALERT_AFTER: '1h',
    FEEDBACK_REMINDER_AFTER: '1h',
    // The program ended long ago: the first re-queue after the match starts the feedback round.
    PROGRAM_END: '2020-06-30',
  });
  bot = await startBot(ctx);
  await appendMessages(ctx.config, [
    await composeMail({ from: { name: 'Inês Duarte', address: MENTOR }, to: PROGRAM, subject: 'Mentor application', messageId: '<rec-1@test>', text: 'Dear Committee,\n\nMy name is Inês Duarte and I work at the National Library of Portugal in Portugal. I would like to serve as a mentor in Africa and International Exchanges. I have twenty years of experience in library cooperation.\n\nInês Duarte' }),
    await composeMail({ from: { name: 'Kwame Boateng', address: MENTEE }, to: PROGRAM, subject: 'Mentee application', messageId: '<rec-2@test>', text: 'Dear Committee,\n\nMy name is Kwame Boateng and I work at the University of Ghana Library in Ghana. I would like to apply as a mentee in Africa. I joined the library two years ago.\n\nKwame Boateng' }),
  ]);
  await ctx.sink.waitFor((m) => [MENTOR, MENTEE].every((a) => m.some((x) => x.envelopeTo.includes(a))), 30_000);
});
afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

const kind = (m: ParsedMail): string => String(m.headers.get('x-mentorbox-kind') ?? '');
const kinds = (address: string): string[] => ctx.sink.to(address).map((c) => kind(c.parsed)).sort();

describe('program jobs after Redis lost them', () => {
  it('re-adds the first-contact question and the program end from the database, once', async () => {
    await appendMessages(ctx.config, [
      await composeMail({ from: DANA, to: PROGRAM, subject: 'match', text: `MATCH ${MENTEE} ${MENTOR}`, messageId: '<rec-cmd@test>', headers: { 'Authentication-Results': `mx.program.test; dkim=pass header.d=program.test; dmarc=pass header.from=program.test` } }),
    ]);
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(DANA)), 30_000);
    expect(ctx.sink.to(DANA)[0]!.parsed.text).toContain('Matched:');
    await ctx.sink.waitFor((m) => m.some((x) => x.envelopeTo.includes(MENTEE) && kind(x.parsed) === 'match-intro-mentee'), 30_000);
    // Redis loses every program job before the question is due.
    await bot.app.queues.program.obliterate({ force: true });
    await new Promise((r) => setTimeout(r, 3000));
    expect(kinds(MENTEE)).not.toContain('first-contact-ask');

    await bot.app.requeue();
    await ctx.sink.waitFor(() => kinds(MENTEE).includes('first-contact-ask') && kinds(MENTOR).includes('feedback-request'), 30_000);
    // Again, as the minute re-queue does: nothing new.
    await bot.app.requeue();
    await new Promise((r) => setTimeout(r, 2000));
    expect(kinds(MENTEE)).toEqual(['ack', 'feedback-request', 'first-contact-ask', 'match-intro-mentee']);
    expect(kinds(MENTOR)).toEqual(['ack', 'feedback-request', 'match-intro-mentor']);
    const round = await bot.app.db.selectFrom('feedback_request').select('requested_by').execute();
    expect(round.map((r) => r.requested_by)).toEqual(['PROGRAM_END', 'PROGRAM_END']);
  });

  it('ends the match when a participant withdraws, and tells the coordinators who is left without a partner', async () => {
    const ack = ctx.sink.to(MENTEE).find((c) => kind(c.parsed) === 'ack')!.parsed;
    await appendMessages(ctx.config, [
      await composeMail({ from: MENTEE, to: ack.replyTo!.value[0]!.address!, subject: `Re: ${ack.subject}`, text: 'Dear Committee,\n\nI am sorry, but I must withdraw my application: I have changed jobs.\n\nKwame', messageId: '<rec-withdraw@test>', inReplyTo: ack.messageId! }),
    ]);
    await ctx.sink.waitFor(() => ctx.sink.to(DANA).some((c) => kind(c.parsed) === 'participant-left'), 30_000);
    const notice = ctx.sink.to(DANA).find((c) => kind(c.parsed) === 'participant-left')!.parsed;
    expect(notice.subject).toBe('Match ended: Kwame Boateng (A-0002, mentee) withdrew');
    expect(notice.text).toContain('Inês Duarte (mentor) - SUGGEST A-0001');
    const match = await bot.app.db.selectFrom('match').selectAll().executeTakeFirstOrThrow();
    expect(match).toMatchObject({ status: 'ended', end_reason: 'participant withdrew', watch: 'closed' });
    await ctx.sink.waitFor(() => kinds(MENTEE).includes('withdrawal-confirmed'), 10_000);
    expect(kinds(MENTOR)).toEqual(['ack', 'feedback-request', 'match-intro-mentor']);
  });
});
