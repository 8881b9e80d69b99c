import type { Db } from '../db/db.js';
import type { ThreadRow } from '../db/schema.js';
import type { InboundMessage } from '../message/inbound.js';
import { threadByApplicantRef, threadByKey, threadByMessageIds } from './thread.repository.js';

export type Resolution =
  | { thread: ThreadRow; via: 'key' | 'references' | 'subject' }
  /** A thread key from someone the thread was not sent to: never filed on that thread. */
  | { forged: ThreadRow }
  | null;

const SUBJECT_TAG = /\[(A-\d{4,})\]/;

export function subjectTag(subject: string): string | null {
  return SUBJECT_TAG.exec(subject)?.[1] ?? null;
}

export function isParticipant(thread: Pick<ThreadRow, 'participants'>, address: string): boolean {
  return thread.participants.includes(address.toLowerCase());
}

/**
 * Which thread a reply belongs to: the key in our reply address first (bound to the address it was
 * sent to), then In-Reply-To/References, then our subject tag, but only from someone on that thread.
 */
export async function resolveThread(db: Db, msg: InboundMessage, keys: string[]): Promise<Resolution> {
  const from = msg.from?.address ?? '';
  const byKey = await threadByKey(db, keys);
  if (byKey) return isParticipant(byKey, from) ? { thread: byKey, via: 'key' } : { forged: byKey };
  const ids = [msg.inReplyTo, ...[...msg.references].reverse()].filter((v): v is string => !!v);
  const byRef = await threadByMessageIds(db, [...new Set(ids)]);
  if (byRef) return { thread: byRef, via: 'references' };
  const tag = subjectTag(msg.subject);
  const byTag = tag ? await threadByApplicantRef(db, tag) : undefined;
  if (byTag && isParticipant(byTag, from)) return { thread: byTag, via: 'subject' };
  return null;
}
