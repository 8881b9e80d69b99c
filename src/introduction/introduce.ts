import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MatchRow } from '../db/schema.js';
import { createdIds, queueThreadMail } from '../outgoing/thread-mail.js';
import type { Effects, ProgramDeps } from '../program/effects.js';
import { durationText } from '../shared/duration-text.js';
import { createThread } from '../thread/thread.repository.js';
import { statementAttachment } from './statement-attachment.js';

/** How a person is shown to the other: name, institution, country. */
export function personLine(a: Pick<ApplicantRow, 'name' | 'email' | 'institution' | 'country'>): string {
  return [a.name ?? a.email, a.institution, a.country].filter(Boolean).join(', ');
}

/**
 * Introduces a new match: the mentor is asked to write first (with the mentee's statement), the mentee is
 * told to expect that mail. Both mails sit on the match's own thread, keyed by the match so a repeated
 * MATCH never introduces twice; the first-contact alert is scheduled from here.
 */
export async function introduce(deps: ProgramDeps, trx: Transaction<Database>, match: MatchRow, mentor: ApplicantRow, mentee: ApplicantRow): Promise<Effects> {
  const c = deps.config;
  const thread = await createThread(trx, {
    kind: 'match',
    applicantId: mentee.id,
    participants: [mentor.email, mentee.email],
    subject: `${mentor.name ?? mentor.ref} and ${mentee.name ?? mentee.ref}`,
    rootMessageId: null,
  });
  await trx.updateTable('match').set({ thread_id: thread.id }).where('id', '=', match.id).execute();
  const view = {
    mentorName: mentor.name ?? 'colleague',
    mentorEmail: mentor.email,
    mentorLine: personLine(mentor),
    menteeName: mentee.name ?? 'your mentee',
    menteeEmail: mentee.email,
    menteeLine: personLine(mentee),
    menteeRef: mentee.ref,
    areaText: match.area ?? mentee.areas.join('; '),
    reasons: match.reasons.map((r) => ({ reason: r })),
    hasReasons: match.reasons.length > 0,
    askAfterText: durationText(c.FIRST_CONTACT_ASK_AFTER),
  };
  const statement = await statementAttachment(trx, mentee);
  const forMentor = await queueThreadMail(deps, trx, {
    key: `match-intro-mentor:${match.id}`, template: 'match-intro-mentor', to: mentor.email, thread, applicantId: mentor.id,
    view: { ...view, hasStatement: statement.length > 0 }, attachments: statement,
  });
  const forMentee = await queueThreadMail(deps, trx, { key: `match-intro-mentee:${match.id}`, template: 'match-intro-mentee', to: mentee.email, thread, applicantId: mentee.id, view });
  return {
    outboxIds: createdIds(forMentor, forMentee),
    // The question is scheduled when the introduction leaves (send worker); the alert counts from MATCH,
    // so an introduction that never leaves (a dead address) still reaches the coordinators.
    jobs: [{ job: { kind: 'first-contact-alert', matchId: match.id }, delayMs: c.FIRST_CONTACT_ALERT_AFTER }],
  };
}
