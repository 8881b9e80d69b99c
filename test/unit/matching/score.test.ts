import { describe, expect, it } from 'vitest';
import { pairScore, scorePair, WEIGHTS } from '../../../src/matching/index.js';
import { applicant, build, mentee, mentor } from './pool.js';

/** Statements that only set the common words' weight, as a real pool does. */
const others = ['opens at nine', 'for everyone', 'news', 'budgets fell', 'has a garden', 'moved', 'closed on Sunday', 'was renovated', 'hired staff', 'won a prize'].map(
  (words, i) => applicant(100 + i, { role: 'unclear', statementText: `Our library ${words}.` }),
);

const MENTOR_TEXT =
  "I have eighteen years of experience in public libraries. I lead children's services and a twinning partnership with a library in Peru. I speak Spanish fluently.";
const MENTEE_TEXT = "I have 3 years of experience. I work in children's services and would like to start twinning with a library abroad. I speak Spanish.";

describe('scorePair', () => {
  it('gives plain reasons, the weightiest first', () => {
    const pool = build([
      mentor(1, { areas: ['Sister Libraries'], country: 'United States', statementText: MENTOR_TEXT }),
      mentee(2, { areas: ['Sister Libraries'], country: 'United Kingdom', statementText: MENTEE_TEXT }),
      ...others,
    ]);
    const scored = scorePair(pool.byId(1), pool.byId(2), pool.similarity);
    expect(scored).toMatchObject({ mentorId: 1, menteeId: 2 });
    expect(scored.reasons).toEqual([
      'both Sister Libraries',
      "statements share 'children's services', 'twinning'",
      "mentor has 18 years' experience, mentee 3",
      'both speak Spanish',
      '3 h time-zone overlap',
    ]);
    expect(scored.score).toBeGreaterThan(0.5);
    expect(scored.score).toBeLessThanOrEqual(1);
  });

  it("says 'write' when both statements are in the language, and 'same time zone'", () => {
    const pool = build([
      mentor(1, { areas: ['Americas'], country: 'Mexico', language: 'es' }),
      mentee(2, { areas: ['Americas'], country: 'Guatemala', language: 'es' }),
    ]);
    expect(scorePair(pool.byId(1), pool.byId(2), pool.similarity).reasons).toEqual(['both Americas', 'same time zone', 'both write Spanish']);
  });

  it('names an open mentor and lists several shared areas', () => {
    const pool = build([
      mentor(1, { areas: [], statementText: 'I can mentor in any area.' }),
      mentee(2, { areas: ['Africa', 'Europe'] }),
      mentor(3, { areas: ['Africa', 'Europe', 'Near East and South Asia'] }),
      mentee(4, { areas: ['Near East and South Asia', 'Europe'] }),
    ]);
    expect(scorePair(pool.byId(1), pool.byId(2), pool.similarity).reasons[0]).toBe('Africa and Europe (mentor open to any area)');
    expect(scorePair(pool.byId(3), pool.byId(2), pool.similarity).reasons[0]).toBe('both Africa and Europe');
    expect(scorePair(pool.byId(3), pool.byId(4), pool.similarity).reasons[0]).toBe('both Europe; Near East and South Asia');
  });

  it('warns, after the reasons, about a mentor with less experience and no shared hours', () => {
    const pool = build([
      mentor(1, { country: 'Japan', statementText: 'I have 4 years of experience.' }),
      mentee(2, { country: 'Germany', statementText: 'I have 12 years of experience.' }),
    ]);
    expect(scorePair(pool.byId(1), pool.byId(2), pool.similarity).reasons).toEqual([
      'both Africa',
      'no shared working hours (8 h apart)',
      'mentee has more experience (12 years; mentor 4)',
    ]);
  });

  it('scores a clearly more experienced mentor above an equal and a less experienced one', () => {
    const pool = build([
      mentor(1, { statementText: 'I have 20 years of experience.' }),
      mentor(2, { statementText: 'I have 5 years of experience.' }),
      mentor(3, { statementText: 'I have 2 years of experience.' }),
      mentee(4, { statementText: 'I have 5 years of experience.' }),
    ]);
    const s = (m: number) => pairScore(pool.byId(m), pool.byId(4), pool.similarity);
    expect(s(1)).toBeGreaterThan(s(2));
    expect(s(2)).toBeGreaterThan(s(3));
  });

  it('scores a shared language other than English, nearer hours and more shared areas higher', () => {
    const pool = build([
      mentor(1, { areas: ['Africa'], language: 'fr' }),
      mentor(2, { areas: ['Africa'], language: 'fr', statementText: 'I speak English.' }),
      mentee(3, { areas: ['Africa'], language: 'fr', statementText: 'I speak English.' }),
      mentee(4, { areas: ['Africa'], language: 'en' }),
      mentor(5, { areas: ['Africa'], country: 'Brazil' }),
      mentor(6, { areas: ['Africa', 'Europe', 'Americas'] }),
    ]);
    const s = (m: number, e: number) => pairScore(pool.byId(m), pool.byId(e), pool.similarity);
    expect(s(1, 3) - s(2, 4)).toBeCloseTo(WEIGHTS.language, 9);
    expect(s(5, 4)).toBeLessThan(s(2, 4));
    expect(s(6, 4)).toBeLessThan(s(2, 4));
  });

  it('keeps the weights summing to 1, so a score stays within 0..1', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
