/**
 * A whole assignment at once: each mentor is repeated once per free place, and the Hungarian
 * method finds the pairing that first pairs as many mentees as the hard rules allow, then has the
 * best total score. Greedy best-first would give a strong mentor to the first mentee who likes
 * them and leave a later one with nobody.
 */
import { minCostAssignment } from './hungarian.js';
import { assignmentQuality, type Stage } from './quality.js';
import { firstFailure } from './rules.js';
import { pairScore, scorePair } from './score.js';
import type { AssignmentPair, AssignmentQuality, Profile, Similarity } from './types.js';

/** Per extra mentee a mentor already has: spreads mentees over mentors when scores are close. */
export const SLOT_PENALTY = 0.02;

interface Slot {
  mentor: number;
  slot: number;
}

export function assignAll(
  mentees: Profile[],
  mentors: Profile[],
  similarity: Similarity,
  loads: ReadonlyMap<number, number>,
  matchedMentees: ReadonlySet<number>,
): { pairs: AssignmentPair[]; quality: AssignmentQuality } {
  const waiting = mentees.filter((p) => p.inProgram && p.role === 'mentee' && !matchedMentees.has(p.id));
  const active = mentors.filter((p) => p.inProgram && p.role === 'mentor');
  const stage = pairStages(active, waiting);
  const score = new Float64Array(stage.length);
  for (let m = 0; m < active.length; m++) {
    for (let e = 0; e < waiting.length; e++) {
      const k = m * waiting.length + e;
      if (stage[k] === 0) score[k] = pairScore(active[m] as Profile, waiting[e] as Profile, similarity);
    }
  }
  const slots = freeSlots(active, loads);
  const chosen = solve(slots, waiting.length, (s, e) => (stage[s.mentor * waiting.length + e] === 0 ? score[s.mentor * waiting.length + e] ?? 0 : null));
  const pairs = chosen
    .map(({ slot, mentee }) => ({ ...scorePair(active[slot.mentor] as Profile, waiting[mentee] as Profile, similarity), slot: slot.slot }))
    .sort((a, b) => b.score - a.score || a.menteeId - b.menteeId);
  return { pairs, quality: assignmentQuality({ waiting, mentors: active, loads, pairs, stage }) };
}

/**
 * How far each mentor × mentee pair gets through the rules that do not depend on load:
 * 0 passes, else the stage of the first failure (see Stage). Row-major by mentor.
 */
function pairStages(mentors: Profile[], mentees: Profile[]): Uint8Array {
  const out = new Uint8Array(mentors.length * mentees.length);
  for (const [m, mentor] of mentors.entries()) {
    for (const [e, mentee] of mentees.entries()) {
      // Load -1 passes capacity: places are the slots' business, and a full mentor has none.
      const first = firstFailure(mentor, mentee, { mentorLoad: -1, menteeMatched: false });
      out[m * mentees.length + e] = first ? STAGE_OF[first] ?? 1 : 0;
    }
  }
  return out;
}

const STAGE_OF: Partial<Record<string, Stage>> = { area: 1, language: 2, institution: 3 };

/** Free places of each mentor; existing mentees hold the first slots. */
function freeSlots(mentors: Profile[], loads: ReadonlyMap<number, number>): Slot[] {
  const out: Slot[] = [];
  for (const [m, mentor] of mentors.entries()) {
    const load = loads.get(mentor.id) ?? 0;
    for (let slot = load; slot < mentor.capacity; slot++) out.push({ mentor: m, slot });
  }
  return out;
}

/**
 * Slots × mentees as a cost matrix, the smaller side as rows. An infeasible cell costs more than
 * any whole row of feasible ones, so one more feasible pair always beats a better total.
 */
function solve(allSlots: Slot[], menteeCount: number, scoreOf: (s: Slot, e: number) => number | null): { slot: Slot; mentee: number }[] {
  const mentees = [...Array(menteeCount).keys()].filter((e) => allSlots.some((s) => scoreOf(s, e) !== null));
  const slots = allSlots.filter((s) => mentees.some((e) => scoreOf(s, e) !== null));
  if (slots.length === 0 || mentees.length === 0) return [];
  const slotRows = slots.length <= mentees.length;
  const rows = slotRows ? slots.length : mentees.length;
  const cols = slotRows ? mentees.length : slots.length;
  const maxFeasible = 1 + SLOT_PENALTY * Math.max(...slots.map((s) => s.slot));
  const infeasible = rows * maxFeasible + 1;
  const cost = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const s = slots[slotRows ? r : c] as Slot;
      const score = scoreOf(s, mentees[slotRows ? c : r] as number);
      cost[r * cols + c] = score === null ? infeasible : 1 - score + SLOT_PENALTY * s.slot;
    }
  }
  const assigned = minCostAssignment(cost, rows, cols);
  const out: { slot: Slot; mentee: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const c = assigned[r] as number;
    const slot = slots[slotRows ? r : c] as Slot;
    const mentee = mentees[slotRows ? c : r] as number;
    if (c >= 0 && scoreOf(slot, mentee) !== null) out.push({ slot, mentee });
  }
  return out;
}
