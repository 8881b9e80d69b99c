import { parseMessage } from '../message/parse.js';
import type { InboundMessage } from '../message/inbound.js';
import { bounceInfo, isBounceReason, robotReason, spamReason } from '../message/classify.js';
import { findApplicantByEmail } from '../applicant/applicant.repository.js';
import { addToOutbox, messageIdDomain } from '../outgoing/outbox.repository.js';
import { resolveThread } from '../thread/resolve.js';
import type { ThreadRow } from '../db/schema.js';
import { trimReply } from '../reply/trim.js';
import { sortReply } from '../reply/sort.js';
import { handleReply } from '../reply/handle.js';
import { handleBounce } from './bounce.js';
import { handleCoordinatorMail } from '../command/handle.js';
import { looksLikeCommand, refuseCommand } from '../command/refuse.js';
import { errorMessage } from '../shared/errors.js';
import type { IntakeDeps, Outcome } from './context.js';
import { AlreadyProcessed, finishMessage, type Disposition } from './finish.js';
import { effectiveDate, isCoordinator, isCopiedConversation, isLate, threadKeysIn, type RouteContext } from './route.js';
import { asksAboutProgram, looksLikeApplication } from './signals.js';
import { registerApplication } from './application.js';
import { recordFailure, storeOnce, type Origin } from './store.js';
import { cleanSubject } from './ack.js';
import { AREAS } from '../statement/types.js';

/** After this many failed tries a message is set aside for a human instead of blocking the mailbox. */
export const MAX_ATTEMPTS = 3;

/** The one pipeline behind the mailbox watcher and `mentorbox import`. */
export async function processRaw(deps: IntakeDeps, raw: Buffer, origin: Origin): Promise<Outcome> {
  const msg = await parseMessage(raw);
  const stored = await storeOnce(deps.db, msg, raw, origin);
  if (stored.processed) {
    return { rowId: stored.rowId, kind: 'duplicate', folder: (stored.folder as Outcome['folder']) ?? 'processed', reason: null, duplicate: true, outboxIds: [] };
  }
  let outcome: Outcome;
  try {
    outcome = await retryOnConflict(() => decide(deps, msg, raw, stored.rowId, origin));
  } catch (err) {
    if (err instanceof AlreadyProcessed) {
      return { rowId: stored.rowId, kind: 'duplicate', folder: err.folder, reason: null, duplicate: true, outboxIds: [] };
    }
    const attempts = await recordFailure(deps.db, stored.rowId, errorMessage(err));
    deps.log.error('message processing failed', { rowId: stored.rowId, attempts, error: err });
    if (attempts < MAX_ATTEMPTS) throw err;
    const d: Disposition = { kind: 'error', folder: 'review', reason: `processing failed ${attempts} times: ${errorMessage(err)}` };
    await finishMessage(deps.db, stored.rowId, d);
    return { rowId: stored.rowId, ...d, duplicate: false, outboxIds: [] };
  }
  // The rows are committed: if Redis is away now, the periodic re-queue of `queued` rows sends them later.
  for (const id of outcome.outboxIds) {
    await deps.enqueueSend(id).catch((err: unknown) => deps.log.warn('could not queue mail; it stays in the outbox', { outboxId: id, error: err }));
  }
  // A lost job is recovered from the database at the next start (recoverProgramJobs).
  for (const job of outcome.jobs ?? []) {
    await deps.schedule(job).catch((err: unknown) => deps.log.warn('could not schedule a program job', { job: job.job.kind, error: err }));
  }
  return { ...outcome, duplicate: stored.duplicate };
}

async function decide(deps: IntakeDeps, msg: InboundMessage, raw: Buffer, rowId: number, origin: Origin): Promise<Outcome> {
  const c = deps.config;
  const ctx: RouteContext = {
    programAddresses: [c.PROGRAM_ADDRESS, ...c.PROGRAM_ALIASES],
    delimiter: c.THREAD_KEY_DELIMITER,
    coordinators: c.COORDINATORS,
  };
  const done = async (d: Disposition): Promise<Outcome> => {
    await finishMessage(deps.db, rowId, d);
    return { rowId, ...d, duplicate: false, outboxIds: [] };
  };
  if (!msg.from) return done({ kind: 'malformed', folder: 'review', reason: 'no sender address' });
  const robot = robotReason(msg, { programAddresses: ctx.programAddresses, ownDomains: [messageIdDomain(c.programDomain)] });
  if (robot) {
    const bounce = isBounceReason(robot) ? bounceInfo(msg) : null;
    return bounce ? handleBounce(deps, rowId, bounce) : done({ kind: 'robot', folder: 'ignored', reason: robot });
  }
  const spam = spamReason(msg);
  if (spam) return done({ kind: 'spam', folder: 'ignored', reason: spam });
  const resolution = await resolveThread(deps.db, msg, threadKeysIn(msg, ctx));
  // What the person wrote, quotes and signature removed: read once, used for commands and replies.
  const trimmed = trimReply({ text: msg.text, html: msg.html }).reply;
  if (isCoordinator(msg, ctx)) return handleCoordinatorMail(deps, { msg, raw, rowId, trimmed }, resolution && 'thread' in resolution ? resolution.thread : null);
  if (looksLikeCommand(msg, trimmed)) return refuseCommand(deps, msg, rowId, trimmed);

  if (resolution && 'forged' in resolution) {
    return done({ kind: 'forged', folder: 'review', reason: `thread key of thread ${resolution.forged.id} used by an address it was not sent to` });
  }
  const thread = resolution?.thread ?? null;
  // Only on the application thread can a reply be a new statement; elsewhere its attachments are not read (OCR costs seconds).
  if (thread && thread.kind !== 'application') return reply(deps, msg, rowId, thread, ctx, trimmed);
  const statement = await deps.extractStatement(msg);
  // A reply is a reply, unless it brings a new statement document (the readable PDF we asked for).
  const newDocument = statement.source !== 'body' && statement.source !== 'none';
  if (thread && !newDocument) return reply(deps, msg, rowId, thread, ctx, trimmed);

  const fields = deps.extractFields({
    statement: statement.text,
    body: msg.text,
    subject: msg.subject,
    fromName: msg.from.name || null,
    fromAddress: msg.from.address,
  });
  const known = (await findApplicantByEmail(deps.db, msg.from.address)) !== undefined;
  if (looksLikeApplication(msg, statement, fields, known) && !isCopiedConversation(msg, ctx)) {
    const late = isLate(effectiveDate(msg, origin.receivedAt), c.deadline);
    return registerApplication(deps, msg, rowId, statement, fields, late);
  }
  if (known || isCopiedConversation(msg, ctx)) return reply(deps, msg, rowId, null, ctx, trimmed);
  if (!asksAboutProgram(msg)) return done({ kind: 'note', folder: 'review', reason: 'no statement; left for a human' });
  return howToApply(deps, msg, rowId);
}

/** Trims and sorts a reply (or a participant's new mail) and files it. */
async function reply(deps: IntakeDeps, msg: InboundMessage, rowId: number, thread: ThreadRow | null, ctx: RouteContext, trimmed: string): Promise<Outcome> {
  const sorted = sortReply({ threadKind: thread?.kind ?? null, text: trimmed, subject: msg.subject, copiedConversation: isCopiedConversation(msg, ctx) });
  return handleReply(deps, { msg, rowId, thread, sorted, trimmed });
}

/** A question about the program without a statement: one friendly "how to apply" answer per address, ever. */
async function howToApply(deps: IntakeDeps, msg: InboundMessage, rowId: number): Promise<Outcome> {
  const c = deps.config;
  return deps.db.transaction().execute(async (trx) => {
    const view = {
      greetingName: msg.from?.name || 'colleague',
      originalSubject: cleanSubject(msg.subject),
      programName: c.PROGRAM_NAME,
      programAddress: c.PROGRAM_ADDRESS,
      allAreas: AREAS.join('; '),
    };
    const outbox = await addToOutbox(
      trx,
      {
        idempotencyKey: `how-to-apply:${msg.from!.address}`,
        kind: 'how-to-apply',
        template: 'how-to-apply',
        to: msg.from!.address,
        replyTo: null,
        rendered: deps.render('how-to-apply', view),
        threadId: null,
        applicantId: null,
        answersMessageRowId: rowId,
        inReplyTo: msg.messageId,
        references: msg.messageId ? [msg.messageId] : [],
      },
      c.programDomain,
    );
    const d: Disposition = { kind: 'enquiry', folder: 'review', reason: 'no statement found; asked how to apply' };
    await finishMessage(trx, rowId, d);
    return { rowId, ...d, duplicate: false, outboxIds: outbox.created ? [outbox.id] : [] };
  });
}

// Unique violation (two first messages from one new address at once), serialization failure, deadlock.
const RETRYABLE = new Set(['23505', '40001', '40P01']);

async function retryOnConflict<T>(run: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= tries || !RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
    }
  }
}
