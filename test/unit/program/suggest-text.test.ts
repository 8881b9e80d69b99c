import { describe, expect, it } from 'vitest';
import { batchText, excludedText, suggestionLines } from '../../../src/command/commands/suggest-text.js';
import type { AssignmentQuality, Profile } from '../../../src/matching/index.js';

const profile = (id: number, name: string, country: string | null = null): Profile =>
  ({ id, ref: `A-000${id}`, name, email: `p${id}@x.org`, role: 'mentor', areas: [], anyArea: false, languages: ['en'], country, utcOffset: null, institutionKey: null, orgDomain: null, capacity: 1, experienceYears: null, inProgram: true }) as Profile;

describe('suggestion answers', () => {
  it('say why nobody was suggested, most common reason first', () => {
    expect(excludedText(new Map([['area', 4], ['capacity', 2], ['language', 0]]))).toBe('4 share no area, 2 full');
    expect(excludedText(new Map())).toBe('there are no mentors yet');
  });

  it('number each suggestion with its score, reasons and the command that accepts it', () => {
    const lines = suggestionLines([{ other: profile(1, 'Hanna Berg', 'Norway'), scored: { mentorId: 1, menteeId: 2, score: 0.734, reasons: ['both Sister Libraries', '3 h time-zone overlap'] }, match: 'MATCH A-0001 A-0002' }]);
    expect(lines).toEqual(['1. A-0001 Hanna Berg <p1@x.org>, Norway (score 0.73)', '   both Sister Libraries; 3 h time-zone overlap', '   MATCH A-0001 A-0002']);
  });

  it('give a proposal its figures, the pairs, and how to confirm it', () => {
    const quality: AssignmentQuality = {
      mentees: 3, matched: 2, shareMatched: 2 / 3, lowestScore: 0.41, meanScore: 0.6, mentorLoad: { '0': 1, '1': 2 },
      areas: [{ area: 'Europe', mentorPlaces: 2, mentees: 3, matched: 2 }], unmatched: [{ menteeId: 5, why: 'no mentor shares an area' }],
    };
    const byId = new Map([1, 2, 3, 4, 5].map((i) => [i, profile(i, `P${i}`)]));
    const text = batchText('S-7K2Q', [{ mentorId: 1, menteeId: 3, score: 0.8, reasons: ['both Europe'], slot: 0 }, { mentorId: 2, menteeId: 4, score: 0.41, reasons: [], slot: 0 }], quality, byId, 1);
    expect(text).toContain('Proposal S-7K2Q: 2 of 3 unmatched mentee(s) get a mentor (67%).');
    expect(text).toContain('Lowest pair score 0.41, mean 0.60.');
    expect(text).toContain('Mentors by number of mentees afterwards: 1 with 0, 2 with 1.');
    expect(text).toContain('  Europe: 2 / 3 / 2');
    expect(text).toContain('  A-0005 P5: no mentor shares an area');
    expect(text).toContain('  A-0001 P1 → A-0003 P3  0.80: both Europe');
    expect(text).toContain('… and 1 more in the attached CSV');
    expect(text).toContain('MATCH ALL S-7K2Q');
  });
});
