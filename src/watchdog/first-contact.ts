import type { Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { ApplicantRow, Database, MatchRow } from '../db/schema.js';
import { coordinatorNotice } from '../command/notices.js';
import { ourMessageId } from '../outgoing/outbox.repository.js';
import { createdIds, queueThreadMail } from '../outgoing/thread-mail.js';
import { noEffects, type Effects, type ProgramDeps } from '../program/effects.js';
import { durationText } from '../shared/duration-text.js';
import { createThread } from '../thread/thread.repository.js';
import { activeMatchesOf, applicantsByIds, confirmFirstContact, lockMatch } from '../matching/match.repository.js';
import { alertReason, decideAlert, decideAsk } from './decide.js';

type Trx = Transaction<Database>;

/** The first-contact job due after FIRST_CONTACT_ASK_AFTER: "has your mentor written to you?" */
export async function askMentee(deps: ProgramDeps, db: Db, matchId: number, now: Date): Promise<Effects> {
  return db.transaction().execute(async (trx) => {
    const m = await lockMatch(trx, matchId);
    if (!m || decideAsk(m).action !== 'ask') return noEffects();
    const people = await applicantsByIds(trx, [m.mentor_id, m.mentee_id]);
    const mentor = people.get(m.mentor_id)!;
    const mentee = people.get(m.mentee_id)!;
    const c = deps.config;
    const thread = await createThread(trx, { kind: 'first-contact', applicantId: mentee.id, participants: [mentee.email], subject: null, rootMessageId: null });
    // Threaded under the mentee's introduction, so the question sits with the mail it is about.
    const intro = ourMessageId(`match-intro-mentee:${m.id}`, c.programDomain);
    const outbox = await queueThreadMail(deps, trx, {
      key: `first-contact-ask:${m.id}`, template: 'first-contact-ask', to: mentee.email, thread, applicantId: mentee.id, follows: intro,
      view: { menteeName: mentee.name ?? 'colleague', mentorName: mentor.name ?? mentor.email, mentorEmail: mentor.email, sinceText: durationText(c.FIRST_CONTACT_ASK_AFTER) },
    });
    await trx.updateTable('match').set({ watch_asked_at: now }).where('id', '=', m.id).execute();
    return { outboxIds: createdIds(outbox), jobs: [] };
  });
}

/** The job due after FIRST_CONTACT_ALERT_AFTER: silence (no YES) alerts the coordinators, once. */
export async function alertIfSilent(deps: ProgramDeps, db: Db, matchId: number, now: Date): Promise<Effects> {
  return db.transaction().execute(async (trx) => {
    const m = await lockMatch(trx, matchId);
    const decision = m ? decideAlert(m) : null;
    if (!m || !decision || decision.action !== 'alert') return noEffects();
    return { outboxIds: await alert(deps, trx, m, decision.why, now), jobs: [] };
  });
}

async function alert(deps: ProgramDeps, trx: Trx, m: MatchRow, why: 'silence' | 'no' | 'not-introduced', now: Date): Promise<number[]> {
  const people = await applicantsByIds(trx, [m.mentor_id, m.mentee_id]);
  const mentor = people.get(m.mentor_id)!;
  const mentee = people.get(m.mentee_id)!;
  await trx.updateTable('match').set({ watch: 'alerted', watch_alerted_at: now }).where('id', '=', m.id).execute();
  const label = (a: ApplicantRow): string => `${a.name ?? a.email} (${a.ref})`;
  const after = durationText(deps.config.FIRST_CONTACT_ALERT_AFTER);
  return coordinatorNotice(deps, trx, mentee, 'first-contact-alert', `first-contact-alert:${m.id}`, {
    mentorRef: mentor.ref,
    menteeRef: mentee.ref,
    mentorLabel: label(mentor),
    menteeLabel: label(mentee),
    reason: alertReason(why, { mentee: label(mentee), mentor: label(mentor), after, asked: m.watch_asked_at !== null }),
    hint: `Rematch: UNMATCH ${mentor.ref} ${mentee.ref}, then SUGGEST ${mentee.ref}`,
  });
}

/**
 * The mentee answered the question. YES ends the watch; NO alerts the coordinators at once and tells the
 * mentee they will hear from us; anything else is only filed (the day-14 check still stands).
 */
export async function recordFirstContactAnswer(deps: ProgramDeps, trx: Trx, mentee: ApplicantRow, answer: 'yes' | 'no' | null, now: Date): Promise<{ outboxIds: number[]; noted: boolean }> {
  const m = (await activeMatchesOf(trx, mentee.id)).find((x) => x.mentee_id === mentee.id);
  if (!m || answer === null) return { outboxIds: [], noted: false };
  const locked = (await lockMatch(trx, m.id))!;
  if (answer === 'yes') {
    await confirmFirstContact(trx, locked.id, now, 'mentee answered yes');
    return { outboxIds: [], noted: false };
  }
  if (locked.watch !== 'watching' || locked.first_contact_at) return { outboxIds: [], noted: true };
  return { outboxIds: await alert(deps, trx, locked, 'no', now), noted: true };
}

/**
 * A participant's mail to their match partner with the program copied: first contact seen with our own
 * eyes, so nobody needs to be asked.
 */
export async function noteContactSeen(trx: Trx, from: string, recipients: string[], now: Date): Promise<number | null> {
  const row = await trx
    .selectFrom('match')
    .innerJoin('applicant as mentor', 'mentor.id', 'match.mentor_id')
    .innerJoin('applicant as mentee', 'mentee.id', 'match.mentee_id')
    .select(['match.id', 'mentor.email as mentorEmail'])
    .where('match.status', '=', 'active')
    .where('match.first_contact_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('mentor.email', '=', from), eb('mentee.email', 'in', recipients.length > 0 ? recipients : [''])]),
        eb.and([eb('mentee.email', '=', from), eb('mentor.email', 'in', recipients.length > 0 ? recipients : [''])]),
      ]),
    )
    .executeTakeFirst();
  if (!row) return null;
  await confirmFirstContact(trx, row.id, now, row.mentorEmail === from ? 'mentor mail seen' : 'mentee mail seen');
  return row.id;
}
