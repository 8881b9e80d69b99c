import type { MatchRow } from '../db/schema.js';

type Watched = Pick<MatchRow, 'status' | 'watch' | 'first_contact_at' | 'introduced_at' | 'watch_asked_at'>;

export type AskDecision = { action: 'ask' } | { action: 'none'; why: string };
export type AlertDecision = { action: 'alert'; why: 'silence' | 'not-introduced' } | { action: 'none'; why: string };

/** Day 7: ask the mentee, unless contact is already known or the introduction never left. */
export function decideAsk(m: Watched): AskDecision {
  if (m.status !== 'active') return { action: 'none', why: 'match ended' };
  if (m.watch !== 'watching' || m.first_contact_at) return { action: 'none', why: 'first contact settled' };
  if (!m.introduced_at) return { action: 'none', why: 'introduction not sent' };
  if (m.watch_asked_at) return { action: 'none', why: 'already asked' };
  return { action: 'ask' };
}

/** Day 14: still watching means nobody said YES (a NO has alerted already): the coordinators should know. */
export function decideAlert(m: Watched): AlertDecision {
  if (m.status !== 'active') return { action: 'none', why: 'match ended' };
  if (m.watch !== 'watching' || m.first_contact_at) return { action: 'none', why: 'first contact settled' };
  return { action: 'alert', why: m.introduced_at ? 'silence' : 'not-introduced' };
}

/** What the coordinators read in the alert, in one line. */
export function alertReason(why: 'silence' | 'no' | 'not-introduced', o: { mentee: string; mentor: string; after: string; asked: boolean }): string {
  switch (why) {
    case 'no':
      return `${o.mentee} says ${o.mentor} has not written yet.`;
    case 'not-introduced':
      return `The introduction to ${o.mentor} could not be sent (see EXPORT outbox), so ${o.mentee} is still waiting.`;
    case 'silence':
      return o.asked
        ? `${o.mentee} has not confirmed that ${o.mentor} wrote, ${o.after} after the introduction (we asked, no answer).`
        : `No sign that ${o.mentor} wrote to ${o.mentee}, ${o.after} after the introduction.`;
  }
}
