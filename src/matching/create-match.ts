import type { Transaction } from 'kysely';
import type { ApplicantRow, Database, MatchRow } from '../db/schema.js';
import { introduce } from '../introduction/introduce.js';
import type { Effects, ProgramDeps } from '../program/effects.js';
import { AREAS, type Area } from '../statement/types.js';
import { OVERRIDABLE, pairFailures, scorePair, sharedAreas, type RuleFailure } from './index.js';
import { activePair } from './match.repository.js';
import type { Pool } from './pool.repository.js';

export type PairRoles = { mentor: ApplicantRow; mentee: ApplicantRow } | { error: string };

/** MATCH takes the two people in either order: their roles say who mentors. */
export function pairRoles(a: ApplicantRow, b: ApplicantRow): PairRoles {
  if (a.id === b.id) return { error: `${a.ref} cannot be matched with themself` };
  for (const x of [a, b]) {
    if (x.role !== 'mentor' && x.role !== 'mentee') return { error: `${x.ref}'s role is ${x.role}: set it first (SET ${x.ref} role=mentor or role=mentee)` };
  }
  if (a.role === b.role) return { error: `${a.ref} and ${b.ref} are both ${a.role}s` };
  return a.role === 'mentor' ? { mentor: a, mentee: b } : { mentor: b, mentee: a };
}

/** The area a match is recorded in: the one asked for, else the first they share, else the mentee's first. */
export function matchArea(requested: string | undefined, shared: Area[], menteeAreas: string[]): { area: string | null } | { error: string } {
  if (requested) {
    const area = AREAS.find((a) => a.toLowerCase() === requested.trim().toLowerCase());
    return area ? { area } : { error: `unknown area "${requested}". The areas are: ${AREAS.join('; ')}` };
  }
  return { area: shared[0] ?? menteeAreas[0] ?? null };
}

export type MatchOutcome =
  | { kind: 'created'; match: MatchRow; warnings: RuleFailure[]; effects: Effects }
  | { kind: 'exists'; match: MatchRow }
  | { kind: 'refused'; reasons: string[] };

export interface MatchRequest {
  mentor: ApplicantRow;
  mentee: ApplicantRow;
  coordinator: string;
  auditId: number | null;
  area?: string;
  batchId?: string;
  /** Score and reasons as shown in a SUGGEST ALL batch; computed afresh otherwise. */
  scored?: { score: number; reasons: string[] };
}

/**
 * Creates a match if the rules allow it and introduces the pair. Same role, a full mentor, a mentee
 * already matched, or someone out of the program refuse; no shared area or language, or the same
 * institution, only warn: the coordinator typed MATCH knowing the people. The pool's loads are updated
 * so a batch of matches sees its own earlier pairs.
 */
export async function createMatch(deps: ProgramDeps, trx: Transaction<Database>, pool: Pool, req: MatchRequest): Promise<MatchOutcome> {
  const { mentor, mentee } = req;
  // Lock both rows in id order: two coordinators matching the same mentor at once see each other's match.
  await trx.selectFrom('applicant').select('id').where('id', 'in', [mentor.id, mentee.id]).orderBy('id').forUpdate().execute();
  const existing = await activePair(trx, mentor.id, mentee.id);
  if (existing) return { kind: 'exists', match: existing };
  const mentorP = pool.byId.get(mentor.id);
  const menteeP = pool.byId.get(mentee.id);
  if (!mentorP || !menteeP) return { kind: 'refused', reasons: ['one of them has no matching profile (role not set)'] };
  const failures = pairFailures(mentorP, menteeP, { mentorLoad: pool.loads.get(mentor.id) ?? 0, menteeMatched: pool.matchedMentees.has(mentee.id) });
  const blocking = failures.filter((f) => !OVERRIDABLE.has(f.rule));
  if (blocking.length > 0) return { kind: 'refused', reasons: blocking.map((f) => f.text) };
  const area = matchArea(req.area, sharedAreas(mentorP, menteeP), mentee.areas);
  if ('error' in area) return { kind: 'refused', reasons: [area.error] };
  const scored = req.scored ?? scorePair(mentorP, menteeP, pool.similarity);
  const match = await trx
    .insertInto('match')
    .values({
      mentor_id: mentor.id, mentee_id: mentee.id, area: area.area, score: scored.score, reasons: scored.reasons,
      batch_id: req.batchId ?? null, created_by: req.coordinator, audit_id: req.auditId, thread_id: null,
      introduced_at: null, first_contact_at: null, first_contact_source: null, watch_asked_at: null, watch_alerted_at: null,
      ended_at: null, ended_by: null, end_reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  pool.loads.set(mentor.id, (pool.loads.get(mentor.id) ?? 0) + 1);
  pool.matchedMentees.add(mentee.id);
  const effects = await introduce(deps, trx, match, mentor, mentee);
  return { kind: 'created', match, warnings: failures.filter((f) => OVERRIDABLE.has(f.rule)), effects };
}
