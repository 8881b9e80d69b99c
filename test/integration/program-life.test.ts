// The whole life of one cohort through real IMAP (Dovecot), Postgres, Redis and SMTP: applications,
// suggestions, MATCH, introductions, the first-contact watch (YES, NO, silence, and a mentor's first mail
// seen in Cc), the feedback round with its reminder, the report, and recognition letters.
import { PDFParse } from 'pdf-parse';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendMessages } from '../helpers/imap.js';
import { composeMail } from '../helpers/mail.js';
import { exportData } from '../../src/export/export.js';
import { eventually, startBot, type RunningBot } from '../helpers/bot.js';

const PROGRAM = 'mentoring@program.test';
const DANA = 'dana@program.test';
const CHAIR = 'eurasia.chair@program.test';
const PASS = `mx.program.test; dkim=pass header.d=program.test; spf=pass smtp.mailfrom=${DANA}; dmarc=pass header.from=program.test`;

interface Person {
  key: string;
  name: string;
  email: string;
  text: string;
}

const statement = (name: string, institution: string, country: string, body: string): string =>
  `Dear Committee,\n\nMy name is ${name} and I work at ${institution} in ${country}. ${body}\n\nSincerely,\n${name}\n${institution}`;

const P: Record<string, Person> = {
  hanna: {
    key: 'hanna', name: 'Hanna Berg', email: 'hanna.berg@deichman.example',
    text: statement('Hanna Berg', 'Oslo Public Library', 'Norway',
      'I would like to serve as a mentor in the areas of Sister Libraries and Europe. I have led our twinning partnership with a library in Ghana for twelve years, organised staff exchanges and built children\'s services together. I can take two mentees.'),
  },
  carlos: {
    key: 'carlos', name: 'Carlos Ruiz', email: 'carlos.ruiz@bibliotecanacional.example',
    text: statement('Carlos Ruiz', 'Biblioteca Nacional de Chile', 'Chile',
      'I would like to serve as a mentor for the Americas. I have twenty years of experience in digital preservation and rare book cataloguing, and I speak Spanish and English. I can take two mentees.'),
  },
  greta: {
    key: 'greta', name: 'Greta Lind', email: 'greta.lind@kb.example',
    text: statement('Greta Lind', 'National Library of Sweden', 'Sweden',
      'I would like to serve as a mentor in Eurasia and Central Asia. I have fifteen years of experience in public library management and staff training.'),
  },
  amara: {
    key: 'amara', name: 'Amara Mensah', email: 'amara.mensah@ucc.example',
    text: statement('Amara Mensah', 'University of Cape Coast Library', 'Ghana',
      'I would like to apply as a mentee in the area of Sister Libraries. I joined the library three years ago and hope to learn how a twinning partnership and children\'s services can grow between libraries.'),
  },
  lucia: {
    key: 'lucia', name: 'Lucía Pérez', email: 'lucia.perez@bnp.example',
    text: statement('Lucía Pérez', 'Biblioteca Nacional del Perú', 'Peru',
      'I would like to apply as a mentee in the Americas. I started two years ago in digital preservation and would like to learn from an experienced colleague. I speak Spanish and English.'),
  },
  tomas: {
    key: 'tomas', name: 'Tomáš Novák', email: 'tomas.novak@mlp.example',
    text: statement('Tomáš Novák', 'Municipal Library of Prague', 'Czech Republic',
      'I would like to apply as a mentee in Europe. I am early in my career and would like to learn about staff exchanges and children\'s services.'),
  },
  diego: {
    key: 'diego', name: 'Diego Soto', email: 'diego.soto@bcn.example',
    text: statement('Diego Soto', 'Biblioteca del Congreso Nacional', 'Argentina',
      'I would like to apply as a mentee in the Americas. I joined the library last year and want to learn about rare book cataloguing and digital preservation. I speak Spanish.'),
  },
};

let ctx: TestContext;
let bot: RunningBot;
let n = 0;
const refOf: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext({
    COORDINATORS: DANA,
    TRUSTED_AUTHSERV_IDS: 'mx.program.test',
    COORDINATOR_NOTICES: 'off',
    FIRST_CONTACT_ASK_AFTER: '6s',
    FIRST_CONTACT_ALERT_AFTER: '14s',
    FEEDBACK_REMINDER_AFTER: '5s',
    PROGRAM_START: '2026-01-15',
    LETTER_SIGNATURE: 'Dana Kowalczyk|Program Officer|Test Mentoring Program',
    AREA_CHAIRS: `Eurasia and Central Asia=${CHAIR}`,
  });
  bot = await startBot(ctx);
  const order = ['hanna', 'carlos', 'greta', 'amara', 'lucia', 'tomas', 'diego'];
  for (const key of order) {
    const p = P[key]!;
    await appendMessages(ctx.config, [await composeMail({ from: { name: p.name, address: p.email }, to: PROGRAM, subject: 'Expression of interest', text: p.text, messageId: `<eoi-${key}@test>` })]);
  }
  await ctx.sink.waitFor((m) => order.every((k) => m.some((x) => x.envelopeTo.includes(P[k]!.email))), 60_000);
  for (const key of order) {
    const a = await bot.app.db.selectFrom('applicant').select('ref').where('email', '=', P[key]!.email).executeTakeFirstOrThrow();
    refOf[key] = a.ref;
  }
});
afterAll(async () => {
  await bot?.stop();
  await ctx?.cleanup();
});

const kind = (m: ParsedMail): string => String(m.headers.get('x-mentorbox-kind') ?? '');
const inbox = (address: string): ParsedMail[] => ctx.sink.to(address).map((c) => c.parsed);
const kinds = (address: string): string[] => inbox(address).map(kind).sort();
const waitForKind = async (address: string, k: string, count = 1, timeoutMs = 30_000): Promise<ParsedMail> => {
  await ctx.sink.waitFor(() => inbox(address).filter((m) => kind(m) === k).length >= count, timeoutMs);
  return inbox(address).filter((m) => kind(m) === k)[count - 1]!;
};

/** A coordinator's command mail as our MX delivers it; returns the bot's answer. */
async function command(text: string): Promise<ParsedMail> {
  const id = `<cmd-life-${++n}@program.test>`;
  await appendMessages(ctx.config, [await composeMail({ from: `Dana <${DANA}>`, to: PROGRAM, subject: 'program', text, messageId: id, headers: { 'Authentication-Results': PASS } })]);
  await ctx.sink.waitFor((m) => m.some((x) => x.parsed.inReplyTo === id), 30_000);
  return ctx.sink.messages.find((m) => m.parsed.inReplyTo === id)!.parsed;
}

/** A participant's reply to one of our mails, to its Reply-To, threaded as a mail client would. */
async function replyTo(mail: ParsedMail, from: Person, text: string): Promise<string> {
  const id = `<reply-${++n}@${from.email.split('@')[1]}>`;
  await appendMessages(ctx.config, [
    await composeMail({ from: { name: from.name, address: from.email }, to: mail.replyTo!.value[0]!.address!, subject: `Re: ${mail.subject}`, text, messageId: id, inReplyTo: mail.messageId!, references: [mail.messageId!] }),
  ]);
  await eventually(() => bot.app.db.selectFrom('message').select('id').where('message_id', '=', id).where('processed_at', 'is not', null).executeTakeFirst(), 20_000, `${id} processed`);
  return id;
}

const matchOf = (menteeKey: string) =>
  bot.app.db
    .selectFrom('match')
    .innerJoin('applicant', 'applicant.id', 'match.mentee_id')
    .selectAll('match')
    .where('applicant.email', '=', P[menteeKey]!.email)
    .where('match.status', '=', 'active')
    .executeTakeFirst();

async function pdfText(b64: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(b64) });
  try {
    const r = await parser.getText();
    return { text: r.text, pages: r.pages.length };
  } finally {
    await parser.destroy();
  }
}

describe('a cohort from application to recognition letter', () => {
  it('suggests the three best mentors for a mentee, with reasons in plain words', async () => {
    const answer = await command(`SUGGEST ${refOf.amara}`);
    expect(answer.text).toContain(`Best mentors for ${refOf.amara} Amara Mensah`);
    // Hanna shares Sister Libraries and the twinning vocabulary: she comes first, with the reasons.
    const first = answer.text!.split('\n').find((l) => l.startsWith('1. '))!;
    expect(first).toContain(`${refOf.hanna} Hanna Berg`);
    expect(answer.text).toMatch(/both Sister Libraries/);
    expect(answer.text).toContain(`MATCH ${refOf.hanna} ${refOf.amara}`);
    expect(await bot.app.db.selectFrom('match').select('id').execute()).toHaveLength(0);
  });

  it('MATCH introduces the pair once: the mentor with the statement attached, the mentee told to expect mail', async () => {
    // Mentee first, mentor second: MATCH works out who mentors.
    const answer = await command(`MATCH ${P.amara!.email} ${refOf.hanna}`);
    expect(answer.text).toContain(`Matched: ${refOf.hanna} Hanna Berg (mentor) with ${refOf.amara} Amara Mensah (mentee), Sister Libraries.`);
    const intro = await waitForKind(P.hanna!.email, 'match-intro-mentor');
    expect(intro.subject).toContain('Amara Mensah');
    expect(intro.text).toContain(P.amara!.email);
    expect(intro.text).toContain('the mentor writes first');
    const statementFile = intro.attachments.find((a) => a.filename?.endsWith('.txt'))!;
    expect(statementFile.content.toString('utf8')).toContain('twinning partnership');
    expect(intro.headers.get('auto-submitted')).toBe('auto-generated');
    const notice = await waitForKind(P.amara!.email, 'match-intro-mentee');
    expect(notice.text).toContain('Hanna Berg will write to you first');

    const again = await command(`MATCH ${refOf.hanna} ${refOf.amara}`);
    expect(again.text).toContain('already mentors');
    const refused = await command(`MATCH ${refOf.hanna} ${refOf.carlos}`);
    expect(refused.text).toContain('Not matched');
    expect(refused.text).toContain('both mentors');
    await new Promise((r) => setTimeout(r, 500));
    expect(inbox(P.hanna!.email).filter((m) => kind(m) === 'match-intro-mentor')).toHaveLength(1);
    expect(await eventually(async () => (await matchOf('amara'))?.introduced_at ?? undefined, 10_000, 'introduced')).toBeInstanceOf(Date);
  });

  it('passes a mentor\'s reply to the introduction on to the coordinators, as the mentor\'s', async () => {
    const intro = inbox(P.hanna!.email).find((m) => kind(m) === 'match-intro-mentor')!;
    const id = await replyTo(intro, P.hanna!, 'Happy to! One question: does Amara prefer calls or email?\n\nHanna');
    const forwarded = await waitForKind(DANA, 'participant-reply');
    expect(forwarded.subject).toContain('Hanna Berg');
    expect(forwarded.text).toContain('does Amara prefer calls or email?');
    const reply = await bot.app.db.selectFrom('reply').innerJoin('message', 'message.id', 'reply.message_row_id').innerJoin('applicant', 'applicant.id', 'reply.applicant_id').select('applicant.email').where('message.message_id', '=', id).executeTakeFirstOrThrow();
    expect(reply.email).toBe(P.hanna!.email);
  });

  it('SUGGEST ALL proposes the rest with quality figures; MATCH ALL confirms it', async () => {
    const proposal = await command('SUGGEST ALL');
    const id = /Proposal (S-[A-Z0-9]{4})/.exec(proposal.text!)![1]!;
    expect(proposal.text).toContain('3 of 3 unmatched mentee(s) get a mentor (100%)');
    expect(proposal.text).toMatch(/Lowest pair score 0\.\d\d/);
    expect(proposal.attachments.map((a) => a.filename)).toContain(`proposal-${id}.csv`);
    expect(await bot.app.db.selectFrom('match').select('id').execute()).toHaveLength(1);

    const confirmed = await command(`MATCH ALL ${id}`);
    expect(confirmed.text).toContain(`Proposal ${id}: 3 of 3 pair(s) matched and introduced.`);
    // The Spanish-speaking Americas mentees go to Carlos (two places), Tomáš (Europe) to Hanna's second place.
    expect((await matchOf('lucia'))!.mentor_id).toBe((await bot.app.db.selectFrom('applicant').select('id').where('email', '=', P.carlos!.email).executeTakeFirstOrThrow()).id);
    for (const k of ['lucia', 'tomas', 'diego']) await waitForKind(P[k]!.email, 'match-intro-mentee');
    const reuse = await command(`MATCH ALL ${id}`);
    expect(reuse.text).toContain('already confirmed');
  });

  it('first contact: a mentor\'s first mail copied to the program ends the watch before anyone is asked', async () => {
    const diegoMentor = (await bot.app.db.selectFrom('applicant').selectAll().where('id', '=', (await matchOf('diego'))!.mentor_id).executeTakeFirstOrThrow());
    const mentor = Object.values(P).find((p) => p.email === diegoMentor.email)!;
    await appendMessages(ctx.config, [
      await composeMail({ from: { name: mentor.name, address: mentor.email }, to: P.diego!.email, cc: PROGRAM, subject: 'Hello from your mentor', text: 'Dear Diego,\n\nI am glad to be your mentor. Shall we talk next week?\n\nBest,\n' + mentor.name, messageId: '<first-contact-diego@test>' }),
    ]);
    const m = await eventually(async () => (await matchOf('diego'))?.first_contact_at ? matchOf('diego') : undefined, 20_000, 'contact seen');
    expect(m).toMatchObject({ watch: 'confirmed', first_contact_source: 'mentor mail seen' });
  });

  it('asks mentees after the delay; YES closes the watch, NO alerts the coordinators at once, silence alerts later', async () => {
    const askAmara = await waitForKind(P.amara!.email, 'first-contact-ask');
    expect(askAmara.subject).toBe('Has Hanna Berg written to you? (reply YES or NO)');
    await replyTo(askAmara, P.amara!, 'Yes! She wrote on Monday and we have a call on Friday.\n\n> Has Hanna Berg written to you?');
    expect(await matchOf('amara')).toMatchObject({ watch: 'confirmed', first_contact_source: 'mentee answered yes' });

    const askLucia = await waitForKind(P.lucia!.email, 'first-contact-ask');
    await replyTo(askLucia, P.lucia!, 'No, not yet.');
    const alert = await waitForKind(DANA, 'first-contact-alert');
    expect(alert.text).toContain('Lucía Pérez');
    expect(alert.text).toContain('says');
    expect(alert.text).toContain(`UNMATCH`);
    await waitForKind(P.lucia!.email, 'first-contact-no-noted');

    // Tomáš never answers: the coordinators hear about it when the alert delay is over.
    await waitForKind(P.tomas!.email, 'first-contact-ask');
    await ctx.sink.waitFor(() => inbox(DANA).filter((m) => kind(m) === 'first-contact-alert').length >= 2, 30_000);
    const silent = inbox(DANA).filter((m) => kind(m) === 'first-contact-alert')[1]!;
    expect(silent.text).toContain('Tomáš Novák');
    expect(silent.text).toContain('no answer');
    // Diego's mentor was seen writing: Diego is never asked.
    expect(kinds(P.diego!.email)).not.toContain('first-contact-ask');
    expect(await matchOf('amara')).toMatchObject({ watch: 'confirmed' });
  });

  it('FEEDBACK START asks every participant once, files the answers and reminds the rest once', async () => {
    const answer = await command('FEEDBACK START');
    expect(answer.text).toContain('Feedback round started: 6 participant(s) asked');
    const request = await waitForKind(P.amara!.email, 'feedback-request');
    await replyTo(request, P.amara!, 'The program was a great help: we met every month and I learned a lot about twinning.\nI would recommend it to any colleague.\n\n> 1. How often were you in touch');
    await waitForKind(P.amara!.email, 'feedback-thanks');
    await waitForKind(P.tomas!.email, 'feedback-reminder', 1, 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(kinds(P.amara!.email)).not.toContain('feedback-reminder');
    const again = await command('FEEDBACK START');
    expect(again.text).toContain('nobody new to ask');
    const feedback = await bot.app.db.selectFrom('reply').select(['kind', 'text']).where('kind', '=', 'feedback').execute();
    expect(feedback).toHaveLength(1);
  });

  it('REPORT gives the committee a summary and every match with its feedback as CSV', async () => {
    const report = await command('REPORT');
    expect(report.text).toContain('Matches: 4 (active 4, ended 0)');
    expect(report.text).toMatch(/first contact confirmed: 2/);
    expect(report.text).toContain('Feedback: 6 asked, 1 answered');
    const csv = report.attachments.find((a) => a.filename?.startsWith('program-report-'))!.content.toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('mentorFeedback,menteeFeedback');
    expect(csv).toContain('learned a lot about twinning');
  });

  it('sends a recognition letter as a one-page PDF on request, and explains kindly to a non-participant', async () => {
    const request = inbox(P.hanna!.email).find((m) => kind(m) === 'feedback-request')!;
    await replyTo(request, P.hanna!, 'Could you please send me a letter of recognition for my participation as a mentor? Please address the letter to Dr. Ingrid Dahl, Director, Oslo Public Library.\n\nThank you,\nHanna');
    const letterMail = await waitForKind(P.hanna!.email, 'recognition-letter');
    const pdf = letterMail.attachments.find((a) => a.contentType === 'application/pdf')!;
    const { text, pages } = await pdfText(pdf.content);
    expect(pages).toBe(1);
    expect(text).toContain('Hanna Berg');
    expect(text).toContain('Dr. Ingrid Dahl');
    expect(text).toContain('Dana Kowalczyk');
    expect(text).toMatch(/Amara Mensah/);

    const viaCommand = await command(`LETTER ${refOf.lucia}`);
    expect(viaCommand.text).toContain(`Letter of recognition sent to ${refOf.lucia}`);
    expect(viaCommand.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true);
    const luciaLetter = await waitForKind(P.lucia!.email, 'recognition-letter');
    expect((await pdfText(luciaLetter.attachments[0]!.content)).text).toContain('Lucía Pérez');

    const greta = await waitForKind(P.greta!.email, 'ack');
    await replyTo(greta, P.greta!, 'Could you please send me a certificate of participation?');
    const kindNo = await waitForKind(P.greta!.email, 'letter-not-available');
    expect(kindNo.text).toContain('could not find a mentoring pair');
    expect(kindNo.attachments).toHaveLength(0);
    const refusedCmd = await command(`LETTER ${refOf.greta}`);
    expect(refusedCmd.text).toContain('No letter');
    expect(await bot.app.db.selectFrom('letter').select('id').execute()).toHaveLength(2);
  });

  it('mails the area chair the mentors with free places in their area', async () => {
    await bot.app.queues.schedule({ job: { kind: 'area-digest' }, delayMs: 0 });
    const digest = await waitForKind(CHAIR, 'area-digest');
    expect(digest.subject).toBe('Eurasia and Central Asia: 0 mentee(s) waiting, 1 mentor(s) with free places');
    expect(digest.text).toContain('Greta Lind');
  });

  it('left each person exactly the mail their part called for, nothing twice', async () => {
    expect(kinds(P.amara!.email)).toEqual(['ack', 'feedback-request', 'feedback-thanks', 'first-contact-ask', 'match-intro-mentee']);
    expect(kinds(P.diego!.email)).toEqual(['ack', 'feedback-reminder', 'feedback-request', 'match-intro-mentee']);
    expect(kinds(P.greta!.email)).toEqual(['ack', 'letter-not-available']);
    expect(kinds(P.lucia!.email)).toEqual(['ack', 'feedback-reminder', 'feedback-request', 'first-contact-ask', 'first-contact-no-noted', 'match-intro-mentee', 'recognition-letter']);
    const hanna = kinds(P.hanna!.email);
    expect(hanna.filter((k) => k === 'match-intro-mentor').length).toBeGreaterThanOrEqual(1);
    expect(hanna.filter((k) => k === 'feedback-request')).toHaveLength(1);
    expect(hanna).toContain('recognition-letter');
    // The record of it all: `mentorbox export matches`.
    const csv = await exportData(bot.app.db, 'matches', 'csv');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('id,mentor,mentorName,mentorEmail,mentee,menteeName,menteeEmail,area,status,createdBy,createdAt,introducedAt,firstContactAt,firstContactSource,watch');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain(`${refOf.hanna},Hanna Berg,${P.hanna!.email},${refOf.amara},Amara Mensah,${P.amara!.email},Sister Libraries,active,${DANA}`);
    const ids = ctx.sink.messages.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ctx.sink.errors).toEqual([]);
  });
});
