import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/db.js';
import type { ApplicantRow, Database } from '../db/schema.js';
import { ourMessageId } from '../outgoing/outbox.repository.js';
import { createdIds, queueThreadMail } from '../outgoing/thread-mail.js';
import { noEffects, type Effects, type ProgramDeps } from '../program/effects.js';
import { createThread } from '../thread/thread.repository.js';

type Trx = Transaction<Database>;

export const ROUND_KEY = 'feedback-round';

/**
 * Who is asked for feedback: everyone in an active match, and those whose match ended after they were
 * in touch (their experience counts); never someone who left the program or whose address is dead.
 */
export async function roundParticipants(trx: Trx): Promise<ApplicantRow[]> {
  return trx
    .selectFrom('applicant')
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('match')
          .select('match.id')
          .where((m) => m.or([m('match.mentor_id', '=', eb.ref('applicant.id')), m('match.mentee_id', '=', eb.ref('applicant.id'))]))
          .where((m) => m.or([m('match.status', '=', 'active'), m('match.first_contact_at', 'is not', null)])),
      ),
    )
    .where('status', 'not in', ['withdrawn', 'declined'])
    .where('undeliverable', '=', false)
    .orderBy('id')
    .execute();
}

/** The people a participant was matched with, for "your time with …" in the request. */
async function partnersOf(trx: Trx, a: ApplicantRow): Promise<string[]> {
  const rows = await trx
    .selectFrom('match')
    .innerJoin('applicant', (j) => j.on((eb) => eb.or([eb.and([eb('applicant.id', '=', eb.ref('match.mentee_id')), eb('match.mentor_id', '=', a.id)]), eb.and([eb('applicant.id', '=', eb.ref('match.mentor_id')), eb('match.mentee_id', '=', a.id)])])))
    .select(['applicant.name', 'applicant.email'])
    .where((eb) => eb.or([eb('match.status', '=', 'active'), eb('match.first_contact_at', 'is not', null)]))
    .execute();
  return rows.map((r) => r.name ?? r.email);
}

export interface RequestOutcome extends Effects {
  requested: string[];
  alreadyAsked: string[];
}

/** One feedback request per person for the whole program, on their own feedback thread, with one reminder scheduled. */
export async function requestFeedback(deps: ProgramDeps, trx: Trx, people: ApplicantRow[], by: string, now: Date): Promise<RequestOutcome> {
  const out: RequestOutcome = { ...noEffects(), requested: [], alreadyAsked: [] };
  for (const a of people) {
    const asked = await trx.selectFrom('feedback_request').select('applicant_id').where('applicant_id', '=', a.id).executeTakeFirst();
    if (asked) {
      out.alreadyAsked.push(a.ref);
      continue;
    }
    const thread = await createThread(trx, { kind: 'feedback', applicantId: a.id, participants: [a.email], subject: null, rootMessageId: null });
    const partners = await partnersOf(trx, a);
    const outbox = await queueThreadMail(deps, trx, {
      key: `feedback-request:${a.id}`, template: 'feedback-request', to: a.email, thread, applicantId: a.id,
      view: { name: a.name ?? 'colleague', isMentor: a.role === 'mentor', partnersText: partners.join(' and ') || 'your match' },
    });
    await trx.insertInto('feedback_request').values({ applicant_id: a.id, thread_id: thread.id, requested_by: by, requested_at: now, reminded_at: null, answered_at: null }).execute();
    out.outboxIds.push(...createdIds(outbox));
    out.jobs.push({ job: { kind: 'feedback-reminder', applicantId: a.id }, delayMs: deps.config.FEEDBACK_REMINDER_AFTER });
    out.requested.push(a.ref);
  }
  return out;
}

/** FEEDBACK START or PROGRAM_END: the round starts once; a second start only asks people matched since. */
export async function startFeedbackRound(deps: ProgramDeps, trx: Trx, by: string, now: Date): Promise<RequestOutcome & { startedBefore: string | null }> {
  const prior = await trx.selectFrom('control').select('value').where('key', '=', ROUND_KEY).forUpdate().executeTakeFirst();
  const startedBefore = (prior?.value as { at?: string } | undefined)?.at ?? null;
  if (!prior) {
    const value = JSON.stringify({ at: now.toISOString(), by });
    await trx.insertInto('control').values({ key: ROUND_KEY, value, updated_at: now }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql`now()` })).execute();
  }
  const result = await requestFeedback(deps, trx, await roundParticipants(trx), by, now);
  return { ...result, startedBefore };
}

export async function feedbackRoundStarted(db: Db | Trx): Promise<boolean> {
  return (await db.selectFrom('control').select('key').where('key', '=', ROUND_KEY).executeTakeFirst()) !== undefined;
}

/** The reminder job: one gentle reminder to those who have not answered. */
export async function remindFeedback(deps: ProgramDeps, db: Db, applicantId: number, now: Date): Promise<Effects> {
  return db.transaction().execute(async (trx) => {
    const req = await trx.selectFrom('feedback_request').selectAll().where('applicant_id', '=', applicantId).forUpdate().executeTakeFirst();
    if (!req || req.answered_at || req.reminded_at) return noEffects();
    const a = await trx.selectFrom('applicant').selectAll().where('id', '=', applicantId).executeTakeFirstOrThrow();
    if (a.status === 'withdrawn' || a.undeliverable) return noEffects();
    const c = deps.config;
    const thread = await trx.selectFrom('thread').select('key').where('id', '=', req.thread_id).executeTakeFirstOrThrow();
    const first = ourMessageId(`feedback-request:${a.id}`, c.programDomain);
    const outbox = await queueThreadMail(deps, trx, {
      key: `feedback-reminder:${a.id}`, template: 'feedback-reminder', to: a.email, thread: { id: req.thread_id, key: thread.key }, applicantId: a.id, follows: first,
      view: { name: a.name ?? 'colleague', isMentor: a.role === 'mentor' },
    });
    await trx.updateTable('feedback_request').set({ reminded_at: now }).where('applicant_id', '=', a.id).execute();
    return { outboxIds: createdIds(outbox), jobs: [] };
  });
}

/** A feedback reply arrived: no reminder after it. Returns whether this was the first answer. */
export async function noteFeedbackAnswered(trx: Trx, applicantId: number, now: Date): Promise<boolean> {
  const r = await trx.updateTable('feedback_request').set({ answered_at: now }).where('applicant_id', '=', applicantId).where('answered_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
