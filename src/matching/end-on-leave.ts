import type { Transaction } from 'kysely';
import type { ApplicantRow, Database } from '../db/schema.js';
import { coordinatorNotice } from '../command/notices.js';
import type { ProgramDeps } from '../program/effects.js';
import { activeMatchesOf, applicantsByIds } from './match.repository.js';

/**
 * Someone in a match left the program (withdrawal or erasure): the match ends, the watch with it, and
 * the coordinators learn who is left without a partner. Nobody else is mailed: that conversation is theirs.
 */
export async function endMatchesOnLeave(deps: ProgramDeps, trx: Transaction<Database>, leaver: ApplicantRow, why: 'withdrew' | 'asked to be forgotten', now: Date): Promise<number[]> {
  const matches = await activeMatchesOf(trx, leaver.id);
  if (matches.length === 0) return [];
  await trx
    .updateTable('match')
    .set({ status: 'ended', ended_at: now, ended_by: leaver.email, end_reason: `participant ${why}`, watch: 'closed' })
    .where('id', 'in', matches.map((m) => m.id))
    .execute();
  const partners = await applicantsByIds(trx, matches.map((m) => (m.mentor_id === leaver.id ? m.mentee_id : m.mentor_id)));
  const lines = [...partners.values()].map((p) => `  ${p.ref} ${p.name ?? p.email} (${p.role}) - SUGGEST ${p.ref}`);
  return coordinatorNotice(deps, trx, leaver, 'participant-left', `participant-left:${leaver.id}:${now.toISOString()}`, {
    leaver: `${leaver.name ?? leaver.email} (${leaver.ref}, ${leaver.role})`,
    why,
    partnerLines: lines.join('\n'),
    count: matches.length,
  });
}
