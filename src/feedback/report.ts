import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ReportMatch {
  id: number;
  area: string | null;
  status: string;
  createdAt: Date;
  createdBy: string;
  introducedAt: Date | null;
  firstContactAt: Date | null;
  firstContactSource: string | null;
  watch: string;
  mentor: ReportPerson;
  mentee: ReportPerson;
}
export interface ReportPerson {
  id: number;
  ref: string;
  name: string | null;
  email: string;
  country: string | null;
}
export interface ReportInput {
  applicants: { role: string; status: string }[];
  matches: ReportMatch[];
  /** Trimmed feedback texts per applicant id, oldest first. */
  feedback: Map<number, string[]>;
  requests: { asked: number; answered: number; reminded: number };
  letters: number;
}

const DAY = 86_400_000;

export function daysBetween(from: Date | null, to: Date | null): number | null {
  return from && to ? Math.round(((to.getTime() - from.getTime()) / DAY) * 10) / 10 : null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The Committee's report: a short summary for the mail body, one CSV row per match with both sides' feedback. */
export function buildReport(input: ReportInput, programName: string, now: Date): { summary: string; rows: Record<string, unknown>[] } {
  const count = (pred: (a: { role: string; status: string }) => boolean): number => input.applicants.filter(pred).length;
  const active = input.matches.filter((m) => m.status === 'active');
  const contactDays = input.matches.map((m) => daysBetween(m.introducedAt, m.firstContactAt)).filter((d): d is number => d !== null);
  const withFeedback = input.matches.filter((m) => input.feedback.has(m.mentor.id) || input.feedback.has(m.mentee.id)).length;
  const med = median(contactDays);
  const summary = [
    `${programName}: report of ${now.toISOString().slice(0, 10)}`,
    '',
    `Applicants: ${input.applicants.length} (mentors ${count((a) => a.role === 'mentor')}, mentees ${count((a) => a.role === 'mentee')}, withdrawn ${count((a) => a.status === 'withdrawn')}, declined ${count((a) => a.status === 'declined')})`,
    `Matches: ${input.matches.length} (active ${active.length}, ended ${input.matches.length - active.length})`,
    `Introduced: ${input.matches.filter((m) => m.introducedAt).length}; first contact confirmed: ${contactDays.length}${med === null ? '' : `, median ${med} day(s) after the introduction`}`,
    `No first contact, coordinators alerted: ${input.matches.filter((m) => m.watch === 'alerted').length}`,
    `Feedback: ${input.requests.asked} asked, ${input.requests.answered} answered, ${input.requests.reminded} reminded; matches with feedback from at least one side: ${withFeedback}`,
    `Recognition letters sent: ${input.letters}`,
    '',
    'One row per match, with both sides\' feedback, is attached as CSV.',
  ].join('\n');
  const rows = input.matches.map((m) => ({
    match: m.id,
    status: m.status,
    area: m.area,
    mentor: m.mentor.ref,
    mentorName: m.mentor.name,
    mentorCountry: m.mentor.country,
    mentee: m.mentee.ref,
    menteeName: m.mentee.name,
    menteeCountry: m.mentee.country,
    createdAt: m.createdAt.toISOString(),
    createdBy: m.createdBy,
    introducedAt: m.introducedAt?.toISOString() ?? '',
    firstContactAt: m.firstContactAt?.toISOString() ?? '',
    daysToFirstContact: daysBetween(m.introducedAt, m.firstContactAt) ?? '',
    firstContactSource: m.firstContactSource ?? '',
    mentorFeedback: (input.feedback.get(m.mentor.id) ?? []).join('\n---\n'),
    menteeFeedback: (input.feedback.get(m.mentee.id) ?? []).join('\n---\n'),
  }));
  return { summary, rows };
}

export const REPORT_COLUMNS = [
  'match', 'status', 'area', 'mentor', 'mentorName', 'mentorCountry', 'mentee', 'menteeName', 'menteeCountry', 'createdAt', 'createdBy',
  'introducedAt', 'firstContactAt', 'daysToFirstContact', 'firstContactSource', 'mentorFeedback', 'menteeFeedback',
];

/** Everything the report reads, in a handful of queries. */
export async function reportInput(trx: Transaction<Database>): Promise<ReportInput> {
  const applicants = await trx.selectFrom('applicant').select(['role', 'status']).execute();
  const matches = await listMatches(trx);
  const replies = await trx.selectFrom('reply').select(['applicant_id', 'text']).where('kind', '=', 'feedback').where('applicant_id', 'is not', null).orderBy('id').execute();
  const feedback = new Map<number, string[]>();
  for (const r of replies) feedback.set(r.applicant_id!, [...(feedback.get(r.applicant_id!) ?? []), r.text.trim()]);
  const req = await trx
    .selectFrom('feedback_request')
    .select((eb) => [eb.fn.countAll<string>().as('asked'), eb.fn.count<string>('answered_at').as('answered'), eb.fn.count<string>('reminded_at').as('reminded')])
    .executeTakeFirstOrThrow();
  const letters = await trx.selectFrom('letter').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return { applicants, matches, feedback, requests: { asked: Number(req.asked), answered: Number(req.answered), reminded: Number(req.reminded) }, letters: Number(letters.n) };
}

/** Every match with both people, oldest first (the report and `export matches` read the same list). */
export async function listMatches(db: Pick<Transaction<Database>, 'selectFrom'>): Promise<ReportMatch[]> {
  const rows = await db
    .selectFrom('match')
    .innerJoin('applicant as mentor', 'mentor.id', 'match.mentor_id')
    .innerJoin('applicant as mentee', 'mentee.id', 'match.mentee_id')
    .select([
      'match.id', 'match.area', 'match.status', 'match.created_at', 'match.created_by', 'match.introduced_at', 'match.first_contact_at',
      'match.first_contact_source', 'match.watch',
      'mentor.id as mentorId', 'mentor.ref as mentorRef', 'mentor.name as mentorName', 'mentor.email as mentorEmail', 'mentor.country as mentorCountry',
      'mentee.id as menteeId', 'mentee.ref as menteeRef', 'mentee.name as menteeName', 'mentee.email as menteeEmail', 'mentee.country as menteeCountry',
    ])
    .orderBy('match.id')
    .execute();
  return rows.map((r) => ({
    id: r.id, area: r.area, status: r.status, createdAt: r.created_at, createdBy: r.created_by, introducedAt: r.introduced_at,
    firstContactAt: r.first_contact_at, firstContactSource: r.first_contact_source, watch: r.watch,
    mentor: { id: r.mentorId, ref: r.mentorRef, name: r.mentorName, email: r.mentorEmail, country: r.mentorCountry },
    mentee: { id: r.menteeId, ref: r.menteeRef, name: r.menteeName, email: r.menteeEmail, country: r.menteeCountry },
  }));
}
