/** What an assignment achieved, and why each mentee left without a mentor was left. */
import { AREAS, type Area } from '../statement/types.js';
import type { AreaSupply, AssignmentPair, AssignmentQuality, Profile } from './types.js';

/** How far a mentor × mentee pair got through the load-free rules: 0 all passed, 1 area, 2 language, 3 institution failed. */
export type Stage = 0 | 1 | 2 | 3;

export interface QualityInput {
  waiting: Profile[];
  mentors: Profile[];
  loads: ReadonlyMap<number, number>;
  pairs: AssignmentPair[];
  /** Row-major mentor × waiting mentee. */
  stage: Uint8Array;
}

export function assignmentQuality(q: QualityInput): AssignmentQuality {
  const scores = q.pairs.map((p) => p.score);
  return {
    mentees: q.waiting.length,
    matched: q.pairs.length,
    shareMatched: q.waiting.length > 0 ? q.pairs.length / q.waiting.length : 0,
    lowestScore: scores.length > 0 ? Math.min(...scores) : null,
    meanScore: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    mentorLoad: loadHistogram(q),
    areas: AREAS.map((area) => areaSupply(area, q)),
    unmatched: unmatched(q),
  };
}

const free = (m: Profile, loads: ReadonlyMap<number, number>) => Math.max(0, m.capacity - (loads.get(m.id) ?? 0));
const inArea = (p: Profile, area: Area) => p.anyArea || p.areas.includes(area);

function loadHistogram(q: QualityInput): Record<string, number> {
  const added = new Map<number, number>();
  for (const p of q.pairs) added.set(p.mentorId, (added.get(p.mentorId) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const m of q.mentors) {
    const load = String((q.loads.get(m.id) ?? 0) + (added.get(m.id) ?? 0));
    out[load] = (out[load] ?? 0) + 1;
  }
  return out;
}

function areaSupply(area: Area, q: QualityInput): AreaSupply {
  const matched = new Set(q.pairs.map((p) => p.menteeId));
  const mentees = q.waiting.filter((e) => inArea(e, area));
  return {
    area,
    mentorPlaces: q.mentors.filter((m) => inArea(m, area)).reduce((sum, m) => sum + free(m, q.loads), 0),
    mentees: mentees.length,
    matched: mentees.filter((e) => matched.has(e.id)).length,
  };
}

/** The furthest any mentor got with this mentee names what stood in the way. */
function unmatched(q: QualityInput): { menteeId: number; why: string }[] {
  const matched = new Set(q.pairs.map((p) => p.menteeId));
  const out: { menteeId: number; why: string }[] = [];
  for (const [e, mentee] of q.waiting.entries()) {
    if (matched.has(mentee.id)) continue;
    const suitable = q.mentors.filter((_, m) => q.stage[m * q.waiting.length + e] === 0);
    const furthest = Math.max(0, ...q.mentors.map((_, m) => q.stage[m * q.waiting.length + e] ?? 0));
    out.push({ menteeId: mentee.id, why: whyUnmatched(q.mentors.length, suitable, furthest, q.loads) });
  }
  return out;
}

function whyUnmatched(mentorCount: number, suitable: Profile[], furthest: number, loads: ReadonlyMap<number, number>): string {
  if (mentorCount === 0) return 'no mentor is in the program';
  if (suitable.length === 0) {
    if (furthest === 3) return 'every mentor who shares an area and a language is at the same institution';
    if (furthest === 2) return 'no mentor who shares an area shares a language';
    return 'no mentor shares an area';
  }
  if (suitable.every((m) => free(m, loads) === 0)) return 'every suitable mentor is full';
  return 'the free places of suitable mentors went to other mentees';
}
