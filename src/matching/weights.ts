/**
 * The soft score, in one place. Each fit is 0..1 and the weights sum to 1, so a score is 0..1.
 * Areas and what the statements talk about weigh most: they are what the program pairs people on.
 * Working hours and career stage decide between otherwise equal mentors; a shared language other
 * than English is a plus (a Spanish-speaking pair can work in Spanish), never a requirement.
 */
export const WEIGHTS = {
  area: 0.3,
  statement: 0.3,
  time: 0.15,
  career: 0.15,
  language: 0.1,
} as const;

export type Factor = keyof typeof WEIGHTS;

/** Cosine at which two statements count as fully alike: TF-IDF cosines of real statements rarely pass 0.3. */
export const FULL_COSINE = 0.3;
/** A mentor open to any area fits, but one who chose the mentee's area fits better. */
export const ANY_AREA_FIT = 0.75;
/** Years between mentor and mentee that make the career fit full. */
export const FULL_GAP_YEARS = 5;
/** Fit when nothing is known: neither helps nor harms. */
export const NEUTRAL = 0.5;

/** Half for any shared area, the rest by how much of both sides' areas is shared (Jaccard). */
export function areaFit(shared: number, union: number, viaAnyArea: boolean): number {
  if (shared === 0) return 0;
  if (viaAnyArea) return ANY_AREA_FIT;
  return 0.5 + 0.5 * (shared / Math.max(union, shared));
}

export function statementFit(cosine: number): number {
  return Math.min(1, cosine / FULL_COSINE);
}

export function languageFit(shared: readonly string[]): number {
  return shared.some((l) => l !== 'en') ? 1 : 0;
}

/** 8 shared working hours are full; unknown country is neutral. */
export function timeFit(overlap: number | null): number {
  return overlap === null ? NEUTRAL : overlap / 8;
}

/**
 * A mentor clearly ahead of the mentee is the point of mentoring; equal careers are neutral; a
 * mentor behind the mentee starts lower and falls with the gap.
 */
export function careerFit(mentorYears: number | null, menteeYears: number | null): number {
  if (mentorYears === null || menteeYears === null) return NEUTRAL;
  const gap = mentorYears - menteeYears;
  if (gap >= 0) return Math.min(1, NEUTRAL + (NEUTRAL * gap) / FULL_GAP_YEARS);
  return Math.max(0, 0.3 + gap / 10);
}
