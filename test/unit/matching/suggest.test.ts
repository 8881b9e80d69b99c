import { describe, expect, it } from 'vitest';
import { suggestMentors } from '../../../src/matching/index.js';
import { build, mentee, mentor } from './pool.js';

describe('suggestMentors', () => {
  const pool = build([
    mentee(1, { areas: ['Africa'], country: 'Kenya', institution: 'University of Nairobi', statementText: 'I have 2 years of experience.' }),
    mentor(10, { areas: ['Africa'], country: 'Kenya', statementText: 'I have 20 years of experience.' }),
    mentor(11, { areas: ['Africa'], country: 'Nigeria', statementText: 'I have 12 years of experience.' }),
    mentor(12, { areas: ['Africa', 'Europe', 'Americas'], country: 'Brazil' }),
    mentor(13, { areas: ['Africa'], country: 'Tanzania', statementText: 'I have 15 years of experience.' }),
    mentor(20, { areas: ['Europe'] }),
    mentor(21, { areas: ['Americas'] }),
    mentor(22, { areas: ['Africa'], language: 'fr' }),
    mentor(23, { areas: ['Africa'], institution: 'Library, University of Nairobi' }),
    mentor(24, { areas: ['Africa'], status: 'withdrawn' }),
    mentor(25, { areas: ['Africa'], capacityOverride: 1 }),
    mentee(26, { areas: ['Africa'] }),
    mentor(27, { areas: ['Africa'], role: 'unclear' }),
  ]);
  const loads = new Map([[25, 1]]);

  it('gives the best n mentors that pass every rule, best first, with reasons', () => {
    const { suggestions } = suggestMentors(pool.byId(1), pool.profiles, pool.similarity, loads);
    expect(suggestions.map((s) => s.mentorId)).toEqual([10, 13, 11]);
    expect(suggestions.map((s) => s.mentor.ref)).toEqual(['A-0010', 'A-0013', 'A-0011']);
    expect(suggestions[0]?.reasons).toEqual(['both Africa', 'same time zone', "mentor has 20 years' experience, mentee 2"]);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('gives as many as asked for', () => {
    expect(suggestMentors(pool.byId(1), pool.profiles, pool.similarity, loads, 5).suggestions.map((s) => s.mentorId)).toEqual([10, 13, 11, 12]);
    expect(suggestMentors(pool.byId(1), pool.profiles, pool.similarity, loads, 1).suggestions).toHaveLength(1);
  });

  it('counts why each other candidate was left out, once each, under its first broken rule', () => {
    const { excluded } = suggestMentors(pool.byId(1), pool.profiles, pool.similarity, loads);
    expect(Object.fromEntries(excluded)).toEqual({ area: 2, language: 1, institution: 1, status: 1, capacity: 1, role: 2 });
  });

  it('explains an empty list', () => {
    const lonely = build([mentee(1, { areas: ['Europe'] }), mentor(2, { areas: ['Africa'] }), mentor(3, { areas: ['Americas'] })]);
    const { suggestions, excluded } = suggestMentors(lonely.byId(1), lonely.mentors, lonely.similarity, new Map());
    expect(suggestions).toEqual([]);
    expect(Object.fromEntries(excluded)).toEqual({ area: 2 });
  });
});
