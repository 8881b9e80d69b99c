/** The best few mentors for one mentee, and why the rest were left out. */
import { firstFailure } from './rules.js';
import { pairScore, scorePair } from './score.js';
import type { Profile, RuleId, Similarity, Suggestion } from './types.js';

export interface Suggestions {
  suggestions: Suggestion[];
  /** Mentors left out, counted once each under the first rule they break. */
  excluded: Map<RuleId, number>;
}

/**
 * Every mentor is checked against the hard rules; the ones that pass are ranked by score (the
 * cheap score: reasons are written only for the few shown). Ties go to the lower id, so the same
 * data always gives the same list.
 */
export function suggestMentors(
  mentee: Profile,
  mentors: Profile[],
  similarity: Similarity,
  loads: ReadonlyMap<number, number>,
  n = 3,
): Suggestions {
  const excluded = new Map<RuleId, number>();
  const passed: { mentor: Profile; score: number }[] = [];
  for (const mentor of mentors) {
    if (mentor.id === mentee.id) continue;
    const first = firstFailure(mentor, mentee, { mentorLoad: loads.get(mentor.id) ?? 0, menteeMatched: false });
    if (first) excluded.set(first, (excluded.get(first) ?? 0) + 1);
    else passed.push({ mentor, score: pairScore(mentor, mentee, similarity) });
  }
  passed.sort((a, b) => b.score - a.score || a.mentor.id - b.mentor.id);
  const suggestions = passed.slice(0, n).map(({ mentor }) => ({ ...scorePair(mentor, mentee, similarity), mentor }));
  return { suggestions, excluded };
}
