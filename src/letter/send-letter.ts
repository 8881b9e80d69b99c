import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MailAttachment, MatchRow } from '../db/schema.js';
import { matchesOf } from '../matching/match.repository.js';
import type { ProgramDeps } from '../program/effects.js';
import { dateText, monthText } from '../shared/duration-text.js';
import { renderLetterPdf } from './pdf.js';

type Trx = Transaction<Database>;

export type Eligibility = { ok: true; matches: MatchRow[] } | { ok: false; why: string };

/**
 * Letters recognise work done: a participant is someone in an active match, or whose ended match got as
 * far as first contact. An applicant never matched, or matched with someone who never wrote, is not.
 */
export function letterEligibility(applicantId: number, matches: MatchRow[]): Eligibility {
  const counted = matches.filter((m) => (m.mentor_id === applicantId || m.mentee_id === applicantId) && (m.status === 'active' || m.first_contact_at !== null));
  if (counted.length > 0) return { ok: true, matches: counted };
  return { ok: false, why: matches.length === 0 ? 'not matched in the program' : 'the match ended before the mentoring began' };
}

/** "from January 2015 to June 2015", "since January 2015", or nothing when the period is not configured. */
export function periodText(start: Date | null, end: Date | null, timeZone: string): string {
  if (start && end) return `from ${monthText(start, timeZone)} to ${monthText(end, timeZone)}`;
  if (start) return `since ${monthText(start, timeZone)}`;
  return '';
}

export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function letterFilename(a: Pick<ApplicantRow, 'name' | 'ref'>): string {
  const base = (a.name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `Letter-of-recognition-${base || a.ref}.pdf`;
}

export type LetterResult = { ok: true; attachment: MailAttachment; letterId: number } | { ok: false; why: string };

/** Builds the participant's letter, records it (PDF kept) and returns it as an attachment for the mail that carries it. */
export async function makeLetter(
  deps: ProgramDeps,
  trx: Trx,
  o: { applicant: ApplicantRow; requestedBy: string; messageRowId: number | null; addressee: string | null; now: Date },
): Promise<LetterResult> {
  const a = o.applicant;
  const eligible = letterEligibility(a.id, await matchesOf(trx, a.id));
  if (!eligible.ok) return eligible;
  const c = deps.config;
  const partnerIds = eligible.matches.map((m) => (m.mentor_id === a.id ? m.mentee_id : m.mentor_id));
  const partners = await trx.selectFrom('applicant').select(['name', 'email', 'country']).where('id', 'in', partnerIds).execute();
  const areas = [...new Set(eligible.matches.map((m) => m.area).filter((x): x is string => !!x))];
  const isMentor = eligible.matches.some((m) => m.mentor_id === a.id);
  const rendered = deps.render('recognition-letter-pdf', {
    name: a.name ?? a.email,
    roleLabel: isMentor ? 'mentor' : 'mentee',
    isMentor,
    institutionText: a.institution ? ` of ${a.institution}` : '',
    areasText: joinNames(areas.length > 0 ? areas : a.areas),
    counterpartsText: joinNames(partners.map((p) => `${p.name ?? p.email}${p.country ? ` (${p.country})` : ''}`)),
    programName: c.PROGRAM_NAME,
    periodText: periodText(c.programStart, c.programEnd, c.PROGRAM_TIMEZONE),
  });
  const pdf = await renderLetterPdf({
    title: rendered.subject,
    body: rendered.text,
    programName: c.PROGRAM_NAME,
    addressee: o.addressee,
    dateText: dateText(o.now, c.PROGRAM_TIMEZONE),
    signature: c.signature,
    createdAt: o.now,
  });
  const row = await trx
    .insertInto('letter')
    .values({ applicant_id: a.id, requested_by: o.requestedBy, message_row_id: o.messageRowId, addressee: o.addressee, pdf, outbox_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ok: true, letterId: row.id, attachment: { filename: letterFilename(a), contentType: 'application/pdf', base64: pdf.toString('base64') } };
}

export async function linkLetterMail(trx: Trx, letterId: number, outboxId: number): Promise<void> {
  await trx.updateTable('letter').set({ outbox_id: outboxId }).where('id', '=', letterId).execute();
}
