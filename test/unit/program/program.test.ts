import { describe, expect, it } from 'vitest';
import { parseAreaChairs, parseDuration } from '../../../src/config.js';
import { buildReport, daysBetween, median } from '../../../src/feedback/report.js';
import { joinNames, letterEligibility, letterFilename, periodText } from '../../../src/letter/send-letter.js';
import { matchArea, pairRoles } from '../../../src/matching/create-match.js';
import { segmentsAround } from '../../../src/mailbox/batches.js';
import { programJobId } from '../../../src/queue/queues.js';
import { durationText } from '../../../src/shared/duration-text.js';
import { AREAS } from '../../../src/statement/types.js';
import type { ApplicantRow, MatchRow } from '../../../src/db/schema.js';

const person = (id: number, role: string, extra: Partial<ApplicantRow> = {}): ApplicantRow =>
  ({ id, ref: `A-000${id}`, role, email: `p${id}@x.org`, name: `P${id}`, areas: [], ...extra }) as ApplicantRow;
const match = (o: Partial<MatchRow>): MatchRow => ({ id: 1, mentor_id: 1, mentee_id: 2, status: 'active', first_contact_at: null, ...o }) as MatchRow;

describe('durations', () => {
  it.each([
    ['7d', 7 * 86_400_000], ['36h', 36 * 3_600_000], ['90m', 90 * 60_000], ['30s', 30_000], ['2w', 14 * 86_400_000], ['14', 14 * 86_400_000], ['1.5h', 5_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', 'soon', '7 days', '-3d'])('%j is not a duration', (text) => expect(parseDuration(text)).toBeNull());
  it.each([
    [7 * 86_400_000, '7 days'], [14 * 86_400_000, '2 weeks'], [10 * 86_400_000, '10 days'], [36 * 3_600_000, '36 hours'], [6000, '6 seconds'], [60_000, '1 minute'],
  ])('%d ms reads as %s', (ms, text) => expect(durationText(ms)).toBe(text));
});

describe('area chairs', () => {
  it('reads areas case-insensitively with one or more addresses each', () => {
    const r = parseAreaChairs('africa=A@x.org, b@y.org; Sister Libraries = c@z.org', AREAS);
    expect(r).toEqual({ chairs: { Africa: ['a@x.org', 'b@y.org'], 'Sister Libraries': ['c@z.org'] }, errors: [] });
  });
  it('names what is wrong', () => {
    expect(parseAreaChairs('Atlantis=a@x.org; Europe=not-an-address; Africa=', AREAS).errors).toEqual([
      'unknown area "Atlantis"', 'Europe: not an address: not-an-address', 'Africa: no address',
    ]);
  });
});

describe('MATCH in either order', () => {
  it('works out who mentors', () => {
    expect(pairRoles(person(2, 'mentee'), person(1, 'mentor'))).toMatchObject({ mentor: { id: 1 }, mentee: { id: 2 } });
  });
  it('refuses same roles, unclear roles and one person twice', () => {
    expect(pairRoles(person(1, 'mentor'), person(2, 'mentor'))).toEqual({ error: 'A-0001 and A-0002 are both mentors' });
    expect(pairRoles(person(1, 'unclear'), person(2, 'mentee'))).toMatchObject({ error: expect.stringContaining('SET A-0001 role=') });
    expect(pairRoles(person(1, 'mentor'), person(1, 'mentor'))).toMatchObject({ error: expect.stringContaining('themself') });
  });
  it('records the area asked for, else the first shared one, else the mentee\'s first', () => {
    expect(matchArea('sister libraries', [], [])).toEqual({ area: 'Sister Libraries' });
    expect(matchArea(undefined, ['Europe'], ['Africa'])).toEqual({ area: 'Europe' });
    expect(matchArea(undefined, [], ['Africa'])).toEqual({ area: 'Africa' });
    expect(matchArea('Atlantis', [], [])).toMatchObject({ error: expect.stringContaining('unknown area') });
  });
});

describe('recognition letters', () => {
  it('are for participants: an active match, or an ended one that got to first contact', () => {
    expect(letterEligibility(1, [match({})])).toMatchObject({ ok: true });
    expect(letterEligibility(1, [match({ status: 'ended', first_contact_at: new Date() })])).toMatchObject({ ok: true });
    expect(letterEligibility(1, [match({ status: 'ended' })])).toEqual({ ok: false, why: 'the match ended before the mentoring began' });
    expect(letterEligibility(1, [])).toEqual({ ok: false, why: 'not matched in the program' });
  });
  it('say the period, the partners and carry a plain file name', () => {
    const tz = 'UTC';
    expect(periodText(new Date('2015-01-15'), new Date('2015-06-30'), tz)).toBe('from January 2015 to June 2015');
    expect(periodText(new Date('2015-01-15'), null, tz)).toBe('since January 2015');
    expect(periodText(null, null, tz)).toBe('');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames(['A'])).toBe('A');
    expect(letterFilename({ name: 'Nguyễn Thị Thu Hương', ref: 'A-0014' })).toBe('Letter-of-recognition-Nguyen-Thi-Thu-Huong.pdf');
    expect(letterFilename({ name: 'Олена Коваленко', ref: 'A-0011' })).toBe('Letter-of-recognition-A-0011.pdf');
  });
});

describe('the committee report', () => {
  const p = (id: number) => ({ id, ref: `A-000${id}`, name: `P${id}`, email: `p${id}@x.org`, country: null });
  const intro = new Date('2026-01-01T00:00:00Z');
  const input = {
    applicants: [{ role: 'mentor', status: 'received' }, { role: 'mentee', status: 'received' }, { role: 'mentee', status: 'withdrawn' }],
    matches: [
      { id: 1, area: 'Europe', status: 'active', createdAt: intro, createdBy: 'd@x.org', introducedAt: intro, firstContactAt: new Date('2026-01-04T00:00:00Z'), firstContactSource: 'mentee answered yes', watch: 'confirmed', mentor: p(1), mentee: p(2) },
      { id: 2, area: null, status: 'ended', createdAt: intro, createdBy: 'd@x.org', introducedAt: intro, firstContactAt: null, firstContactSource: null, watch: 'alerted', mentor: p(1), mentee: p(3) },
    ],
    feedback: new Map([[2, ['Great program.', 'One more thing.']]]),
    requests: { asked: 3, answered: 1, reminded: 2 },
    letters: 1,
  };
  it('sums up and gives one row per match with both sides\' feedback', () => {
    const { summary, rows } = buildReport(input, 'Test Program', new Date('2026-06-30T00:00:00Z'));
    expect(summary).toContain('Matches: 2 (active 1, ended 1)');
    expect(summary).toContain('first contact confirmed: 1, median 3 day(s) after the introduction');
    expect(summary).toContain('No first contact, coordinators alerted: 1');
    expect(summary).toContain('Feedback: 3 asked, 1 answered, 2 reminded; matches with feedback from at least one side: 1');
    expect(rows[0]).toMatchObject({ match: 1, daysToFirstContact: 3, menteeFeedback: 'Great program.\n---\nOne more thing.', mentorFeedback: '' });
    expect(rows[1]).toMatchObject({ match: 2, daysToFirstContact: '', firstContactAt: '' });
  });
  it('has a median and day counts that tolerate missing values', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(daysBetween(null, intro)).toBeNull();
  });
});

describe('batches around coordinator mail', () => {
  it('runs a coordinator\'s mail alone, after what came before and before what follows', () => {
    expect(segmentsAround(['a', 'b', 'C', 'd', 'C', 'C', 'e'], (x) => x === 'C')).toEqual([['a', 'b'], ['C'], ['d'], ['C'], ['C'], ['e']]);
    expect(segmentsAround(['a', 'b'], () => false)).toEqual([['a', 'b']]);
    expect(segmentsAround([], () => true)).toEqual([]);
  });
});

describe('program job ids', () => {
  it('are fixed per subject and never contain a colon', () => {
    expect(programJobId({ kind: 'first-contact-ask', matchId: 7 })).toBe('first-contact-ask-7');
    expect(programJobId({ kind: 'feedback-reminder', applicantId: 3 })).toBe('feedback-reminder-3');
    expect(programJobId({ kind: 'program-end', at: '2026-06-30T23:59:59.999Z' })).toBe('program-end-20260630235959999');
    expect(programJobId({ kind: 'area-digest' })).not.toContain(':');
  });
});
