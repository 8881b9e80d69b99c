import { parseMessage } from '../message/parse.js';
import { robotReason } from '../message/classify.js';
import { addToOutbox, messageIdDomain } from '../outgoing/outbox.repository.js';
import { cleanSubject } from './ack.js';
import type { IntakeDeps, Outcome } from './context.js';
import { finishMessage, type Disposition } from './finish.js';
import { storeOnce, type Origin } from './store.js';

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * A message over MAX_MESSAGE_BYTES: only its headers were fetched. They are stored (marked
 * incomplete) and a human sender gets one polite "too large" answer.
 */
export async function processOversize(deps: IntakeDeps, headers: Buffer, size: number, origin: Origin): Promise<Outcome> {
  const msg = { ...(await parseMessage(headers)), size };
  const stored = await storeOnce(deps.db, msg, headers, origin, false);
  if (stored.processed) {
    return { rowId: stored.rowId, kind: 'duplicate', folder: (stored.folder as Outcome['folder']) ?? 'review', reason: null, duplicate: true, outboxIds: [] };
  }
  const c = deps.config;
  const reason = `message of ${formatBytes(size)} is over the ${formatBytes(c.MAX_MESSAGE_BYTES)} limit; not downloaded`;
  const robot = msg.from ? robotReason(msg, { programAddresses: [c.PROGRAM_ADDRESS, ...c.PROGRAM_ALIASES], ownDomains: [messageIdDomain(c.programDomain)] }) : 'no sender';
  if (robot || !msg.from) {
    const d: Disposition = { kind: 'oversize', folder: robot === 'no sender' ? 'review' : 'ignored', reason: `${reason}; ${robot}` };
    await finishMessage(deps.db, stored.rowId, d);
    return { rowId: stored.rowId, ...d, duplicate: false, outboxIds: [] };
  }
  const from = msg.from;
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const view = {
      greetingName: from.name || 'colleague',
      originalSubject: cleanSubject(msg.subject),
      sizeText: formatBytes(size),
      limitText: formatBytes(c.MAX_MESSAGE_BYTES),
      programName: c.PROGRAM_NAME,
      programAddress: c.PROGRAM_ADDRESS,
    };
    const outbox = await addToOutbox(
      trx,
      {
        idempotencyKey: `too-large:${msg.key}`,
        kind: 'too-large',
        template: 'too-large',
        to: from.address,
        replyTo: null,
        rendered: deps.render('too-large', view),
        threadId: null,
        applicantId: null,
        answersMessageRowId: stored.rowId,
        inReplyTo: msg.messageId,
        references: msg.messageId ? [msg.messageId] : [],
      },
      c.programDomain,
    );
    const d: Disposition = { kind: 'oversize', folder: 'review', reason };
    await finishMessage(trx, stored.rowId, d);
    return { rowId: stored.rowId, ...d, duplicate: false, outboxIds: [outbox.id] };
  });
  for (const id of outcome.outboxIds) await deps.enqueueSend(id);
  return outcome;
}
