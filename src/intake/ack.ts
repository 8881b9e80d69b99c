import type { ApplicantRow } from '../db/schema.js';
import { AREAS, type Statement, type StatementStatus } from '../statement/types.js';

export type AckTemplate = 'ack' | 'ack-updated' | 'ack-late' | 'statement-unreadable';

export function ackTemplate(o: { readable: boolean; late: boolean; updated: boolean }): AckTemplate {
  if (!o.readable) return 'statement-unreadable';
  if (o.updated) return 'ack-updated';
  if (o.late) return 'ack-late';
  return 'ack';
}

const PROBLEMS: Record<StatementStatus, string> = {
  ok: 'no problem',
  ocr: 'it was read from an image',
  missing: 'we found no statement in your mail',
  empty: 'the file you attached seems to be empty',
  encrypted: 'the PDF is password-protected',
  corrupt: 'the file seems to be damaged and could not be opened',
  unsupported: 'we cannot open this kind of file',
  ocr_too_little: 'it looks like a scan or a photo, and too little of its text could be recognised',
  too_large: 'the file is too large for us to open',
  timeout: 'the file took too long to open',
};

export function problemText(status: StatementStatus, filename: string | null): string {
  const base = PROBLEMS[status];
  return filename ? `${base} (${filename})` : base;
}

export function cleanSubject(subject: string): string {
  let s = subject.trim();
  // Strip stacked reply/forward prefixes in the languages we see ("Re:", "AW:", "RV:", "TR:", "Fwd:", "Ответ:").
  for (;;) {
    const next = s.replace(/^(re|aw|sv|vs|rv|r|tr|wg|fw|fwd|res|antw|ответ|回复|答复)\s*(\[\d+\])?\s*:\s*/iu, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\s*\[A-\d+\]\s*$/, '') || 'Your application';
}

const ROLE_LABEL = { mentor: 'Mentor', mentee: 'Mentee', unclear: 'not clear yet' } as const;

function statementLine(statement: Statement): string {
  const from = statement.filename ? `read from ${statement.filename}` : 'read from the body of your mail';
  if (statement.status === 'ocr') return `${from} (recognised from a scanned image: please check it)`;
  return statement.status === 'ok' ? from : `could not be read (${problemText(statement.status, null)})`;
}

type SummaryApplicant = Pick<ApplicantRow, 'ref' | 'name' | 'role' | 'areas' | 'institution' | 'country'>;

/** What every mail to an applicant shows of their record (templates/_partials/summary). */
export function summaryView(o: { applicant: SummaryApplicant; fromName: string | null; subject: string; programName: string; programAddress: string }) {
  const a = o.applicant;
  const name = a.name ?? o.fromName ?? null;
  return {
    ref: a.ref,
    name: name ?? 'not found in your statement',
    greetingName: name ?? 'applicant',
    roleLabel: ROLE_LABEL[(a.role as keyof typeof ROLE_LABEL) ?? 'unclear'] ?? ROLE_LABEL.unclear,
    roleUnclear: a.role !== 'mentor' && a.role !== 'mentee',
    areasText: a.areas.length > 0 ? a.areas.join('; ') : 'none found yet',
    noAreas: a.areas.length === 0,
    institutionText: a.institution ?? 'not found',
    countryText: a.country ?? 'not found',
    originalSubject: cleanSubject(o.subject),
    allAreas: AREAS.join('; '),
    programName: o.programName,
    programAddress: o.programAddress,
  };
}

/** The summary plus what an acknowledgement says about the statement just read. */
export function ackView(o: Parameters<typeof summaryView>[0] & { statement: Statement; version: number; deadline: Date | null; late: boolean }) {
  return {
    ...summaryView(o),
    statementText: statementLine(o.statement),
    problem: problemText(o.statement.status, o.statement.filename),
    version: o.version,
    late: o.late,
    deadlineText: o.deadline ? o.deadline.toUTCString().replace(/ GMT$/, ' UTC') : '',
  };
}
