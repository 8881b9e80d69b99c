import { describe, expect, it } from 'vitest';
import { buildSimilarity } from '../../../src/matching/index.js';

const CHILDREN_A = "I lead children's services at a public library, with storytelling, summer reading and twinning with a school library in Ghana.";
const CHILDREN_B = "Our children's services run storytelling hours for families, and a twinning project links us with a library in Peru.";
const PRESERVATION = 'I am responsible for digital preservation of born-digital archives and the conservation of manuscripts.';
const PRESERVATION_2 = 'My work is digital preservation: web archiving, file format migration and a trusted repository.';
const LAW = 'I manage legal information services in a parliamentary collection, with statutes and gazettes.';

const model = () =>
  buildSimilarity([
    { id: 1, text: CHILDREN_A },
    { id: 2, text: CHILDREN_B },
    { id: 3, text: PRESERVATION },
    { id: 4, text: PRESERVATION_2 },
    { id: 5, text: LAW },
    { id: 6, text: '' },
    { id: 7, text: CHILDREN_A },
    // Every statement says "library": in a real pool the word is common, and weighs little.
    ...['The library opens at nine.', 'A library for everyone.', 'University library news.', 'Library budgets fell.', 'Our library has a garden.'].map((text, i) => ({ id: 10 + i, text })),
  ]);

describe('statement similarity', () => {
  it('is a cosine: 1 for the same text, 0 with nothing in common, symmetric', () => {
    const s = model();
    expect(s.score(1, 7)).toBeCloseTo(1, 9);
    expect(s.score(3, 5)).toBe(0);
    expect(s.score(1, 2)).toBeCloseTo(s.score(2, 1), 12);
    expect(s.score(1, 2)).toBeGreaterThan(0);
    expect(s.score(1, 2)).toBeLessThan(1);
  });

  it('ranks statements on the same subject above the rest', () => {
    const s = model();
    expect(s.score(1, 2)).toBeGreaterThan(s.score(1, 3));
    expect(s.score(3, 4)).toBeGreaterThan(s.score(3, 2));
  });

  it('is 0 for an empty statement and for an unknown id', () => {
    const s = model();
    expect(s.score(6, 1)).toBe(0);
    expect(s.score(1, 99)).toBe(0);
    expect(s.sharedTerms(1, 99, 3)).toEqual([]);
  });

  it("shows a shared pair of words, as written, before the single words in it", () => {
    const s = model();
    const shared = s.sharedTerms(1, 2, 3);
    expect(shared[0]).toBe("children's services");
    expect(shared).toContain('twinning');
    expect(shared).toContain('storytelling');
    expect(shared).not.toContain('children');
    expect(shared).not.toContain('services');
    expect(s.sharedTerms(3, 4, 1)).toEqual(['digital preservation']);
  });

  it('lets "libraries" and "library" meet, showing the first statement\'s form', () => {
    const s = buildSimilarity([
      { id: 1, text: 'Rural libraries need mobile services.' },
      { id: 2, text: 'A rural library with a mobile service.' },
      { id: 3, text: 'Something else entirely.' },
    ]);
    expect(s.sharedTerms(1, 2, 5)).toEqual(expect.arrayContaining(['rural libraries', 'mobile services']));
    expect(s.sharedTerms(2, 1, 5)).toEqual(expect.arrayContaining(['rural library', 'mobile service']));
  });

  it('never shows stop words, program words, area or language names (English, Spanish, French)', () => {
    const s = buildSimilarity([
      { id: 1, text: 'I would like to be a mentor in the Sister Libraries area of the ALA program. I speak Spanish. Nuestra biblioteca es muy grande y tiene los archivos. Nous avons les archives de la ville.' },
      { id: 2, text: 'I would like to be a mentee in the Sister Libraries area of the ALA program. I speak Spanish. Nuestra biblioteca es muy grande y tiene los archivos. Nous avons les archives de la ville.' },
    ]);
    const shared = s.sharedTerms(1, 2, 20);
    for (const word of ['would', 'like', 'mentor', 'mentee', 'ala', 'program', 'sister libraries', 'spanish', 'nuestra', 'los', 'tiene', 'nous', 'avons', 'les']) {
      expect(shared, word).not.toContain(word);
    }
    expect(shared).toEqual(expect.arrayContaining(['archivos', 'archives']));
  });

  it('does not pair words across punctuation', () => {
    const s = buildSimilarity([
      { id: 1, text: 'We digitise newspapers. Preservation comes next.' },
      { id: 2, text: 'Newspapers preservation is our focus.' },
    ]);
    expect(s.sharedTerms(1, 2, 5)).not.toContain('newspapers preservation');
    expect(s.sharedTerms(2, 1, 5)).toEqual(expect.arrayContaining(['newspapers', 'preservation']));
  });
});
