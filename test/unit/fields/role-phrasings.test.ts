import { describe, expect, it } from 'vitest';
import { extractRole } from '../../../src/statement/fields/role.js';

const role = (statement: string) => extractRole({ statement, cover: statement, subject: '' });

describe('extractRole: more phrasings', () => {
  it.each([
    ['I am a mentor at my library for new staff; now I want to become a mentee in international work.', 'mentee'],
    ['I was a mentee in a previous program and now I want to give back as a mentor.', 'mentor'],
    ['I would like to apply for the mentor role.', 'mentor'],
    ['I am applying for mentorship in international librarianship.', 'mentee'],
    ['Being a mentee would allow me to grow.', 'mentee'],
    ['I am keen to be paired with a more experienced colleague.', 'mentee'],
    ['I could offer guidance to a younger librarian.', 'mentor'],
    ['As someone new to international librarianship, I would welcome advice.', 'mentee'],
    ['I have 30 years of experience and would love to support an early career librarian.', 'mentor'],
    ['I would love to have a mentor.', 'mentee'],
    ['I would like to mentor a young professional.', 'mentor'],
    ['I am interested in being mentored by someone with experience in Africa.', 'mentee'],
    ['I have been a mentor for many years in our association and would like to be a mentor again in this program.', 'mentor'],
    ["I don't need a mentor; I want to be one.", 'mentor'],
    ['I hope the program can pair me with a mentor.', 'mentee'],
    ['I think I would make a good mentor.', 'mentor'],
    ['Although I have mentored students, I would like a mentor myself for this international work.', 'mentee'],
    ['Mentoring others has always been a passion; I have guided many new librarians.', 'mentor'],
  ])('%s → %s', (text, want) => {
    expect(role(text)).toBe(want);
  });
});
