import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MailAttachment, ThreadRow } from '../db/schema.js';
import { noteContactSeen, recordFirstContactAnswer } from '../watchdog/first-contact.js';
import { coordinatorNotice } from '../command/notices.js';
import { endMatchesOnLeave } from '../matching/end-on-leave.js';
import { noteFeedbackAnswered } from '../feedback/round.js';
import { linkLetterMail, makeLetter } from '../letter/send-letter.js';
import { letterAddressee } from './intent/addressee.js';
import type { InboundMessage } from '../message/inbound.js';
import { addToOutbox, answerReferences } from '../outgoing/outbox.repository.js';
import { replyAddress } from '../thread/key.js';
import { addParticipants, applicationThread, createThread, recordThreadMessage } from '../thread/thread.repository.js';
import { correctionChanges, describeChanges } from '../applicant/correct.js';
import { summaryView } from '../intake/ack.js';
import type { IntakeDeps, Outcome } from '../intake/context.js';
import { claimMessage, finishMessage } from '../intake/finish.js';
import type { Sorted } from './sort.js';

export interface ReplyInput {
  msg: InboundMessage;
  rowId: number;
  thread: ThreadRow | null;
  sorted: Sorted;
  trimmed: string;
}

type Trx = Transaction<Database>;

/** Files a reply on its thread, acts on what it asks, and answers where an answer is due. */
export async function handleReply(deps: IntakeDeps, r: ReplyInput): Promise<Outcome> {
  return deps.db.transaction().execute(async (trx) => {
    await claimMessage(trx, r.rowId);
    const from = r.msg.from!.address;
    const applicant = await applicantFor(trx, r.thread, from);
    const thread = r.sorted.kind === 'intro' ? await introThread(trx, r.msg, applicant) : r.thread;
    if (r.sorted.kind === 'intro') await noteContactSeen(trx, from, [...r.msg.to, ...r.msg.cc].map((a) => a.address), new Date());
    if (thread) {
      await recordThreadMessage(trx, thread.id, r.msg.messageId, 'in');
      if (r.sorted.kind !== 'intro' && thread.kind === 'intro') await addParticipants(trx, thread, [from]);
    }
    await trx
      .insertInto('reply')
      .values({
        message_row_id: r.rowId,
        thread_id: thread?.id ?? null,
        applicant_id: applicant?.id ?? null,
        kind: r.sorted.kind,
        text: r.trimmed,
        full_text: r.msg.text,
        detail: r.sorted.kind === 'correction' ? JSON.stringify(r.sorted.correction) : r.sorted.kind === 'first_contact' ? JSON.stringify({ answer: r.sorted.answer }) : null,
      })
      .execute();
    const outboxIds = applicant ? await act(deps, trx, r, applicant) : [];
    const folder = r.sorted.kind === 'feedback' ? 'feedback' : 'threads';
    const d = { kind: r.sorted.kind, folder, reason: thread ? `thread ${thread.id}` : 'no thread' } as const;
    await finishMessage(trx, r.rowId, d, true);
    return { rowId: r.rowId, ...d, duplicate: false, outboxIds };
  });
}

const SHARED_THREADS = new Set(['intro', 'match']);
/** Threads where a participant writes to the program itself: what they say is for the coordinators. */
const FORWARDED_THREADS = new Set(['match', 'first-contact']);

async function applicantFor(trx: Trx, thread: ThreadRow | null, from: string): Promise<ApplicantRow | undefined> {
  const q = trx.selectFrom('applicant').selectAll().forUpdate();
  // Intro and match threads have two people on them: the sender is who wrote, not the thread's applicant.
  if (thread?.applicant_id && !SHARED_THREADS.has(thread.kind)) return q.where('id', '=', thread.applicant_id).executeTakeFirst();
  return q.where('email', '=', from).executeTakeFirst();
}

/** A participant's first mail to another person with the program copied opens an introduction thread. */
async function introThread(trx: Trx, msg: InboundMessage, applicant: ApplicantRow | undefined): Promise<ThreadRow> {
  const people = [msg.from!.address, ...msg.to.map((a) => a.address)];
  return createThread(trx, { kind: 'intro', applicantId: applicant?.id ?? null, participants: [...new Set(people)], subject: msg.subject || null, rootMessageId: msg.messageId });
}

const senderOf = (r: ReplyInput): string => r.msg.from!.address;

async function act(deps: IntakeDeps, trx: Trx, r: ReplyInput, applicant: ApplicantRow): Promise<number[]> {
  const now = new Date();
  let current = applicant;
  let changesText = '';
  switch (r.sorted.kind) {
    case 'correction': {
      const changes = correctionChanges(applicant, r.sorted.correction);
      for (const c of changes) {
        await trx.insertInto('applicant_change').values({ applicant_id: applicant.id, message_row_id: r.rowId, field: c.field, old_value: JSON.stringify(c.old), new_value: JSON.stringify(c.new) }).execute();
      }
      const set = Object.fromEntries(changes.map((c) => [c.field, c.new]));
      current = await trx.updateTable('applicant').set({ ...set, updated_at: now }).where('id', '=', applicant.id).returningAll().executeTakeFirstOrThrow();
      changesText = describeChanges(changes);
      return answer(deps, trx, r, current, 'correction-confirmed', { changesText });
    }
    case 'withdrawal':
      current = await trx.updateTable('applicant').set({ status: 'withdrawn', withdrawn_at: now, updated_at: now }).where('id', '=', applicant.id).returningAll().executeTakeFirstOrThrow();
      return [...(await answer(deps, trx, r, current, 'withdrawal-confirmed', {})), ...(await endMatchesOnLeave(deps, trx, current, 'withdrew', now))];
    case 'erasure':
      current = await trx
        .updateTable('applicant')
        .set({ status: 'withdrawn', withdrawn_at: applicant.withdrawn_at ?? now, erasure_requested_at: now, updated_at: now })
        .where('id', '=', applicant.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return [...(await answer(deps, trx, r, current, 'erasure-confirmed', {})), ...(await endMatchesOnLeave(deps, trx, current, 'asked to be forgotten', now))];
    case 'letter_request': {
      const addressee = letterAddressee(r.trimmed);
      const letter = await makeLetter(deps, trx, { applicant, requestedBy: senderOf(r), messageRowId: r.rowId, addressee, now });
      if (!letter.ok) return answer(deps, trx, r, current, 'letter-not-available', { why: letter.why });
      const ids = await answer(deps, trx, r, current, 'recognition-letter', { addressee, hasAddressee: addressee !== null }, { attachments: [letter.attachment] });
      if (ids[0]) await linkLetterMail(trx, letter.letterId, ids[0]);
      return ids;
    }
    case 'first_contact': {
      // Neither yes nor no ("Could you give me her phone number?"): a question for the coordinators.
      if (r.sorted.answer === null) return forwardToCoordinators(deps, trx, r, applicant);
      const { outboxIds, noted } = await recordFirstContactAnswer(deps, trx, applicant, r.sorted.answer, now);
      return noted ? [...outboxIds, ...(await answer(deps, trx, r, current, 'first-contact-no-noted', {}, { onThread: true }))] : outboxIds;
    }
    case 'feedback':
      // Thanks once, for the first answer to our request; later additions are simply filed with it.
      return (await noteFeedbackAnswered(trx, applicant.id, now)) ? answer(deps, trx, r, current, 'feedback-thanks', {}, { onThread: true }) : [];
    default:
      return forwardToCoordinators(deps, trx, r, applicant);
  }
}

/**
 * "I cannot take this mentee after all", "who should I write to?": a participant answering an
 * introduction or our first-contact question is talking to the coordinators, who get it word for word.
 */
async function forwardToCoordinators(deps: IntakeDeps, trx: Trx, r: ReplyInput, applicant: ApplicantRow): Promise<number[]> {
  if (!r.thread || !FORWARDED_THREADS.has(r.thread.kind) || !r.trimmed.trim()) return [];
  return coordinatorNotice(deps, trx, applicant, 'participant-reply', `participant-reply:${r.rowId}`, {
    fromLabel: `${applicant.name ?? applicant.email} (${applicant.ref}, ${applicant.role})`,
    about: r.thread.kind === 'match' ? 'their introduction' : 'our question whether the mentor has written',
    text: r.trimmed.trim().slice(0, 4000),
    subject: r.msg.subject,
  });
}

/**
 * One answer per reply message, on the applicant's application thread, or (`onThread`) on the thread the
 * reply came in, so an answer to a question of ours stays with that question.
 */
async function answer(
  deps: IntakeDeps,
  trx: Trx,
  r: ReplyInput,
  applicant: ApplicantRow,
  template: string,
  extra: object,
  o: { onThread?: boolean; attachments?: MailAttachment[] } = {},
): Promise<number[]> {
  const c = deps.config;
  const thread = o.onThread && r.thread ? r.thread : await applicationThread(trx, applicant.id, applicant.email, r.msg.subject || null);
  const view = {
    ...summaryView({ applicant, fromName: r.msg.from?.name || null, subject: r.msg.subject, programName: c.PROGRAM_NAME, programAddress: c.PROGRAM_ADDRESS }),
    statementText: 'on file',
    ...extra,
  };
  const outbox = await addToOutbox(
    trx,
    {
      idempotencyKey: `${template}:${r.rowId}`,
      kind: template,
      template,
      to: applicant.email,
      replyTo: replyAddress(c.PROGRAM_ADDRESS, thread.key, c.THREAD_KEY_DELIMITER),
      rendered: deps.render(template, view),
      threadId: thread.id,
      applicantId: applicant.id,
      answersMessageRowId: r.rowId,
      inReplyTo: r.msg.messageId,
      references: answerReferences(r.msg),
      attachments: o.attachments,
    },
    c.programDomain,
  );
  return outbox.created ? [outbox.id] : [];
}
