import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MatchRow } from '../db/schema.js';
import { addToOutbox } from '../outgoing/outbox.repository.js';
import type { Effects, ProgramDeps } from '../program/effects.js';
import { durationText } from '../shared/duration-text.js';
import { replyAddress } from '../thread/key.js';
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
    programName: c.PROGRAM_NAME,
    programAddress: c.PROGRAM_ADDRESS,
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
  const replyTo = replyAddress(c.PROGRAM_ADDRESS, thread.key, c.THREAD_KEY_DELIMITER);
  const mail = (who: 'mentor' | 'mentee', to: ApplicantRow, attachments: Awaited<ReturnType<typeof statementAttachment>>) =>
    addToOutbox(
      trx,
      {
        idempotencyKey: `match-intro-${who}:${match.id}`,
        kind: `match-intro-${who}`,
        template: `match-intro-${who}`,
        to: to.email,
        replyTo,
        rendered: deps.render(`match-intro-${who}`, { ...view, hasStatement: attachments.length > 0 }),
        threadId: thread.id,
        applicantId: to.id,
        answersMessageRowId: null,
        inReplyTo: null,
        references: [],
        attachments,
      },
      c.programDomain,
    );
  const forMentor = await mail('mentor', mentor, await statementAttachment(trx, mentee));
  const forMentee = await mail('mentee', mentee, []);
  return {
    outboxIds: [forMentor, forMentee].filter((o) => o.created).map((o) => o.id),
    // The question is scheduled when the introduction leaves (send worker); the alert counts from MATCH,
    // so an introduction that never leaves (a dead address) still reaches the coordinators.
    jobs: [{ job: { kind: 'first-contact-alert', matchId: match.id }, delayMs: c.FIRST_CONTACT_ALERT_AFTER }],
  };
}
