/** How well a mentor suits a mentee, once the hard rules have passed: a weighted sum of fits. */
import type { Area } from '../statement/types.js';
import { pairReasons } from './reasons.js';
import { sharedAreas, sharedLanguages } from './rules.js';
import { workdayOverlap } from './timezone.js';
import type { Profile, Scored, Similarity } from './types.js';
import { areaFit, careerFit, type Factor, languageFit, statementFit, timeFit, WEIGHTS } from './weights.js';

/** What a pair's score is made of, kept so the reasons can say it. */
export interface PairFactors {
  areas: Area[];
  viaAnyArea: boolean;
  cosine: number;
  languages: string[];
  overlap: number | null;
  fits: Record<Factor, number>;
}

export function pairFactors(mentor: Profile, mentee: Profile, similarity: Similarity): PairFactors {
  const areas = sharedAreas(mentor, mentee);
  const viaAnyArea = mentor.anyArea || mentee.anyArea;
  const union = mentor.areas.length + mentee.areas.length - mentor.areas.filter((a) => mentee.areas.includes(a)).length;
  const cosine = similarity.score(mentor.id, mentee.id);
  const languages = sharedLanguages(mentor, mentee);
  const overlap = workdayOverlap(mentor.utcOffset, mentee.utcOffset);
  const fits = {
    area: areaFit(areas.length, union, viaAnyArea),
    statement: statementFit(cosine),
    time: timeFit(overlap),
    career: careerFit(mentor.experienceYears, mentee.experienceYears),
    language: languageFit(languages),
  };
  return { areas, viaAnyArea, cosine, languages, overlap, fits };
}

export function weightedScore(fits: Record<Factor, number>): number {
  let total = 0;
  for (const k of Object.keys(WEIGHTS) as Factor[]) total += WEIGHTS[k] * fits[k];
  return Math.min(1, Math.max(0, total));
}

/** The score alone: cheap enough for every pair of a run. */
export function pairScore(mentor: Profile, mentee: Profile, similarity: Similarity): number {
  return weightedScore(pairFactors(mentor, mentee, similarity).fits);
}

export function scorePair(mentor: Profile, mentee: Profile, similarity: Similarity): Scored {
  const factors = pairFactors(mentor, mentee, similarity);
  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score: weightedScore(factors.fits),
    reasons: pairReasons(mentor, mentee, factors, similarity),
  };
}
