import { describe, expect, it } from 'vitest';
import { AREAS, type Area } from '../../../src/statement/types.js';
import { assignAll, pairFailures, pairScore, SLOT_PENALTY, type AssignmentPair, type Profile, type ProfileInput } from '../../../src/matching/index.js';
import { build, mentee, mentor, prng, type Built } from './pool.js';

const noLoads = new Map<number, number>();
const noneMatched = new Set<number>();
const pairsOf = (pairs: AssignmentPair[]) => Object.fromEntries(pairs.map((p) => [p.menteeId, p.mentorId]));
const total = (pairs: AssignmentPair[]) => pairs.reduce((sum, p) => sum + p.score, 0);

/** Every pair assignAll gives must pass the hard rules at the mentor's load before the run. */
function expectFeasible(pool: Built, pairs: AssignmentPair[], loads: ReadonlyMap<number, number> = noLoads) {
  for (const p of pairs) {
    const failures = pairFailures(pool.byId(p.mentorId), pool.byId(p.menteeId), { mentorLoad: loads.get(p.mentorId) ?? 0, menteeMatched: false });
    expect(failures).toEqual([]);
  }
}

/** Best-first: take the highest-scoring feasible pair left, again and again (what the assignment must beat). */
function greedy(pool: Built): number {
  const options = pool.mentors.flatMap((m) =>
    pool.mentees
      .filter((e) => pairFailures(m, e, { mentorLoad: 0, menteeMatched: false }).length === 0)
      .map((e) => ({ m: m.id, e: e.id, score: pairScore(m, e, pool.similarity) })),
  );
  options.sort((a, b) => b.score - a.score);
  const used = new Set<number>();
  let sum = 0;
  for (const o of options) {
    if (used.has(o.m) || used.has(o.e)) continue;
    used.add(o.m).add(o.e);
    sum += o.score;
  }
  return sum;
}

describe('assignAll', () => {
  // Scores come from areas and working hours only (empty statements): E1 likes M1 best, but E2 can only have M1.
  const trap = build([
    mentor(1, { areas: ['Africa', 'Europe'], country: 'Kenya' }),
    mentor(2, { areas: ['Africa'], country: 'United States' }),
    mentor(3, { areas: ['Americas'], country: 'Brazil' }),
    mentee(11, { areas: ['Africa'], country: 'Kenya' }),
    mentee(12, { areas: ['Europe'], country: 'Germany' }),
    mentee(13, { areas: ['Americas'], country: 'Brazil' }),
    mentee(14, { areas: ['Americas'], country: 'Chile' }),
  ]);

  it('beats best-first: gives up one best pair so that one more mentee is matched', () => {
    const { pairs } = assignAll(trap.mentees, trap.mentors, trap.similarity, noLoads, noneMatched);
    expect(pairsOf(pairs)).toEqual({ 11: 2, 12: 1, 13: 3 });
    expect(total(pairs)).toBeGreaterThan(greedy(trap) + 0.3);
    expectFeasible(trap, pairs);
    expect(pairs.every((p) => p.slot === 0 && p.reasons.length > 0)).toBe(true);
  });

  it('reports what the assignment achieved and why a mentee was left', () => {
    const { pairs, quality } = assignAll(trap.mentees, trap.mentors, trap.similarity, noLoads, noneMatched);
    expect(quality).toMatchObject({ mentees: 4, matched: 3, shareMatched: 0.75, mentorLoad: { 1: 3 } });
    expect(quality.lowestScore).toBe(Math.min(...pairs.map((p) => p.score)));
    expect(quality.meanScore).toBeCloseTo(total(pairs) / 3, 12);
    expect(quality.unmatched).toEqual([{ menteeId: 14, why: 'the free places of suitable mentors went to other mentees' }]);
    expect(quality.areas.find((a) => a.area === 'Americas')).toEqual({ area: 'Americas', mentorPlaces: 1, mentees: 2, matched: 1 });
    expect(quality.areas.find((a) => a.area === 'Africa')).toEqual({ area: 'Africa', mentorPlaces: 2, mentees: 1, matched: 1 });
  });

  it('fills both places of a mentor who takes two', () => {
    const pool = build([
      mentor(1, { statementText: 'I can take two mentees.' }),
      mentor(2, { areas: ['Europe'] }),
      mentee(11),
      mentee(12),
    ]);
    const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, noLoads, noneMatched);
    expect(pairs.map((p) => [p.menteeId, p.mentorId, p.slot]).sort()).toEqual([[11, 1, 0], [12, 1, 1]]);
    expect(quality.mentorLoad).toEqual({ 0: 1, 2: 1 });
  });

  it('spreads mentees over mentors when the scores are close, counting mentees they already have', () => {
    const inputs: ProfileInput[] = [
      mentor(1, { capacityOverride: 2, country: 'Kenya' }),
      mentor(2, { capacityOverride: 2, country: 'Egypt' }), // one hour off: slightly worse for both mentees
      mentee(11),
      mentee(12),
    ];
    const pool = build(inputs);
    const gap = pairScore(pool.byId(1), pool.byId(11), pool.similarity) - pairScore(pool.byId(2), pool.byId(11), pool.similarity);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(SLOT_PENALTY);
    const spread = assignAll(pool.mentees, pool.mentors, pool.similarity, noLoads, noneMatched).pairs;
    expect(new Set(spread.map((p) => p.mentorId))).toEqual(new Set([1, 2]));

    const loaded = new Map([[1, 1]]);
    const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, loaded, noneMatched);
    expect(pairs.find((p) => p.mentorId === 1)?.slot).toBe(1);
    expect(pairs.find((p) => p.mentorId === 2)?.slot).toBe(0);
    expect(quality.mentorLoad).toEqual({ 1: 1, 2: 1 });
  });

  it('never pairs colleagues, people without a common language, unclear roles or people out of the program', () => {
    const pool = build([
      mentor(1, { institution: 'University of Ibadan', email: 'a@ui.edu.ng' }),
      mentor(2, { language: 'fr' }),
      mentor(3, { role: 'unclear' }),
      mentor(4, { status: 'withdrawn' }),
      mentor(5, { areas: ['Europe'], statementText: 'I am open to any region.' }),
      mentee(11, { institution: 'Kenneth Dike Library, University of Ibadan' }),
      mentee(12, { email: 'b@library.ui.edu.ng' }),
      mentee(13, { role: 'unclear' }),
      mentee(14, { status: 'late' }),
      mentee(15, { undeliverable: true }),
    ]);
    const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, noLoads, noneMatched);
    // Only the mentor open to any area can take an Africa mentee who is not a colleague of mentor 1.
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.mentorId).toBe(5);
    expect(pairs[0]?.reasons[0]).toBe('Africa (mentor open to any area)');
    expectFeasible(pool, pairs);
    expect(quality.mentees).toBe(2);
    expect(Object.values(quality.mentorLoad).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('leaves out mentees already matched and mentors already full', () => {
    const pool = build([mentor(1), mentor(2), mentee(11), mentee(12)]);
    const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, new Map([[1, 1]]), new Set([11]));
    expect(pairsOf(pairs)).toEqual({ 12: 2 });
    expect(quality.mentees).toBe(1);
    expect(quality.mentorLoad).toEqual({ 1: 2 });
  });

  it('says why each unmatched mentee has no mentor', () => {
    const pool = build([
      mentor(1, { areas: ['Africa'] }),
      mentor(2, { areas: ['Sister Libraries'], institution: 'National Library of Kenya' }),
      mentor(3, { areas: ['International Exchanges'] }),
      mentee(11, { areas: ['Eurasia and Central Asia'] }),
      mentee(12, { areas: ['Africa'], language: 'es' }),
      mentee(13, { areas: ['Sister Libraries'], institution: 'National Library of Kenya' }),
      mentee(14, { areas: ['International Exchanges'] }),
    ]);
    const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, new Map([[3, 1]]), noneMatched);
    expect(pairs).toEqual([]);
    expect(quality).toMatchObject({ matched: 0, shareMatched: 0, lowestScore: null, meanScore: null });
    expect(quality.unmatched).toEqual([
      { menteeId: 11, why: 'no mentor shares an area' },
      { menteeId: 12, why: 'no mentor who shares an area shares a language' },
      { menteeId: 13, why: 'every mentor who shares an area and a language is at the same institution' },
      { menteeId: 14, why: 'every suitable mentor is full' },
    ]);
  });

  it('handles an empty pool', () => {
    const { pairs, quality } = assignAll([], [], build([]).similarity, noLoads, noneMatched);
    expect(pairs).toEqual([]);
    expect(quality).toMatchObject({ mentees: 0, matched: 0, shareMatched: 0, mentorLoad: {}, unmatched: [] });
  });

  it('matches brute force on random small pools: most mentees first, then the best total', () => {
    const rand = prng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const countries = ['Kenya', 'Germany', 'Japan', 'Brazil', 'India', 'United States'];
    for (let k = 0; k < 60; k++) {
      const areas = (): Area[] => [...new Set([pick(AREAS.slice(0, 3)), pick(AREAS.slice(0, 3))])];
      const pool = build([
        ...[1, 2, 3].map((id) => mentor(id, { areas: areas(), country: pick(countries), capacityOverride: rand() < 0.4 ? 2 : 1 })),
        ...[11, 12, 13, 14].map((id) => mentee(id, { areas: areas(), country: pick(countries) })),
      ]);
      const { pairs } = assignAll(pool.mentees, pool.mentors, pool.similarity, noLoads, noneMatched);
      expectFeasible(pool, pairs);
      const best = bruteForce(pool);
      const value = pairs.reduce((sum, p) => sum + p.score - SLOT_PENALTY * p.slot, 0);
      expect(pairs.length).toBe(best.count);
      expect(value).toBeCloseTo(best.value, 9);
    }
  });
});

/** Every way of giving each mentee a free slot or none; the most pairs, then the highest score less slot penalties. */
function bruteForce(pool: Built): { count: number; value: number } {
  const slots = pool.mentors.flatMap((m) => Array.from({ length: m.capacity }, (_, slot) => ({ m, slot })));
  const fits = (m: Profile, e: Profile) => pairFailures(m, e, { mentorLoad: 0, menteeMatched: false }).length === 0;
  let best = { count: 0, value: 0 };
  const used = new Set<number>();
  const walk = (i: number, count: number, value: number) => {
    if (i === pool.mentees.length) {
      if (count > best.count || (count === best.count && value > best.value + 1e-12)) best = { count, value };
      return;
    }
    const e = pool.mentees[i] as Profile;
    walk(i + 1, count, value);
    for (const [s, { m, slot }] of slots.entries()) {
      if (used.has(s) || !fits(m, e)) continue;
      used.add(s);
      walk(i + 1, count + 1, value + pairScore(m, e, pool.similarity) - SLOT_PENALTY * slot);
      used.delete(s);
    }
  };
  walk(0, 0, 0);
  return best;
}
