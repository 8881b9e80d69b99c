import { describe, expect, it } from 'vitest';
import { experienceYears, institutionKey, orgDomain, readLanguages, statedCapacity } from '../../../src/matching/index.js';
import { profileOf, YEAR } from './pool.js';

describe('readLanguages', () => {
  it.each([
    ['I speak Spanish and French.', 'en', ['en', 'es', 'fr']],
    ['I am fluent in Portuguese and have a working knowledge of German.', 'en', ['en', 'pt', 'de']],
    ['I am a native speaker of Swahili.', 'en', ['en', 'sw']],
    ['Working languages: English, Arabic (good), Russian (basic)', 'en', ['en', 'ar', 'ru']],
    ['Hablo inglés y portugués con fluidez.', 'es', ['es', 'en', 'pt']],
    ['Je parle couramment l’anglais et l’espagnol.', 'fr', ['fr', 'en', 'es']],
    ['Langue maternelle : wolof', 'fr', ['fr', 'wo']],
  ])('%s → %j', (text, statementLanguage, want) => {
    expect(readLanguages(statementLanguage, text)).toEqual(want);
  });

  it('ignores language words that describe something else', () => {
    expect(readLanguages('en', 'I catalogue French and Spanish-language collections for the Portuguese studies department.')).toEqual(['en']);
    expect(readLanguages('en', 'We work with English-speaking partners.')).toEqual(['en']);
    expect(readLanguages('fr', 'Je travaille à la Bibliothèque du Parlement, fonds anglais et espagnol.')).toEqual(['fr']);
  });

  it('keeps a clause apart from the next: a speaking phrase in one does not reach the other', () => {
    expect(readLanguages('en', 'Our partner library is in France. I speak only English.')).toEqual(['en']);
  });

  it('has no language when neither the statement language nor the text says', () => {
    expect(readLanguages(null, '')).toEqual([]);
    expect(readLanguages(null, 'I speak Korean')).toEqual(['ko']);
  });
});

describe('statedCapacity', () => {
  it.each([
    ['I can take two mentees.', 2],
    ['I would be happy to mentor up to 3 mentees.', 3],
    ['I am able to work with more than one mentee.', 2],
    ['I could take on two or three mentees this year.', 3],
    ['I could mentor two people at the same time.', 2],
    ['Puedo acompañar a dos mentorados durante el programa.', 2],
    ['Estoy dispuesta a asesorar a tres personas.', 3],
    ["Je peux accompagner jusqu'à trois mentorés.", 3],
    ['Je pourrais suivre plusieurs mentorés.', 2],
    ['I would like to mentor one mentee.', 1],
  ])('%s → %d', (text, want) => {
    expect(statedCapacity(text)).toBe(want);
  });

  it.each([
    ['I would like to be a mentor in the Africa area.'],
    ['I have trained 15 colleagues in cataloguing.'],
    ['In the past I mentored four mentees at my library.'],
    ['Our team of 12 people serves two campuses.'],
    ['I supervise 5 librarians in the cataloguing department.'],
  ])('says nothing for %s', (text) => {
    expect(statedCapacity(text)).toBeNull();
  });
});

describe('experienceYears', () => {
  it.each([
    ['I have eighteen years of experience in academic libraries.', 18],
    ['With 15 years of experience as a cataloguer, I now lead the team.', 15],
    ['I have worked in libraries for the past twenty-five years.', 25],
    ['I have been a librarian since 1998.', YEAR - 1998],
    ['I graduated in 2019 with a degree in library science.', YEAR - 2019],
    ['Over two decades in public libraries taught me patience.', 20],
    ['Trabajo en la biblioteca desde hace diez años.', 10],
    ['Tengo veinticinco años de experiencia en bibliotecas.', 25],
    ["J'ai quinze ans d'expérience en bibliothèque.", 15],
    ['Je travaille à la bibliothèque depuis 2005.', YEAR - 2005],
    ['I recently graduated from library school.', 0],
  ])('%s → %d', (text, want) => {
    expect(experienceYears(text, YEAR)).toBe(want);
  });

  it('takes the whole career, not the current post', () => {
    expect(experienceYears('I have 20 years of experience in libraries, the last five years as head of cataloguing.', YEAR)).toBe(20);
  });

  it.each([
    ['I am 35 years old and work in a public library.'],
    ['Two years ago we started a five-year digitisation project.'],
    ['The library was founded in 1850.'],
    [''],
  ])('is unknown for %s', (text) => {
    expect(experienceYears(text, YEAR)).toBeNull();
  });
});

describe('institution and mail domain', () => {
  it('keys an institution by its parent organisation, folded', () => {
    expect(institutionKey('Kenneth Dike Library, University of Ibadan')).toBe('university of ibadan');
    expect(institutionKey('Department of Library Studies, University of Ibadan')).toBe('university of ibadan');
    expect(institutionKey('Biblioteca Central, Universidad Nacional Autónoma de México (UNAM)')).toBe('universidad nacional autonoma de mexico');
    expect(institutionKey('The National Library of Kenya')).toBe('national library of kenya');
    expect(institutionKey(null)).toBeNull();
  });

  it('takes the organisation part of the domain and drops free-mail providers', () => {
    expect(orgDomain('taro@lib.keio.ac.jp')).toBe('keio.ac.jp');
    expect(orgDomain('ann@library.harvard.edu')).toBe('harvard.edu');
    expect(orgDomain('j@bl.uk')).toBe('bl.uk');
    for (const free of ['a@gmail.com', 'b@yahoo.co.in', 'c@hotmail.fr', 'd@mail.ru', 'e@yandex.ru', 'f@ukr.net', 'g@qq.com', 'h@163.com', 'i@web.de', 'j@proton.me', 'k@outlook.com']) {
      expect(orgDomain(free), free).toBeNull();
    }
  });
});

describe('buildProfiles', () => {
  it('gives a mentor the override, else the statement, else the default', () => {
    const says = 'I can take three mentees.';
    expect(profileOf({ role: 'mentor', statementText: says, capacityOverride: 1 }, 2).capacity).toBe(1);
    expect(profileOf({ role: 'mentor', statementText: says }, 2).capacity).toBe(3);
    expect(profileOf({ role: 'mentor', statementText: 'I would like to be a mentor.' }, 2).capacity).toBe(2);
    expect(profileOf({ role: 'mentor', capacityOverride: 0 }, 2).capacity).toBe(0);
    expect(profileOf({ role: 'mentee', statementText: says }, 2).capacity).toBe(1);
  });

  it('counts only received and accepted applicants whose mail arrives as in the program', () => {
    expect(profileOf({ status: 'received' }).inProgram).toBe(true);
    expect(profileOf({ status: 'accepted' }).inProgram).toBe(true);
    for (const status of ['late', 'declined', 'withdrawn']) expect(profileOf({ status }).inProgram).toBe(false);
    expect(profileOf({ status: 'accepted', undeliverable: true }).inProgram).toBe(false);
  });

  it('reads an open area from the text, or from every area chosen', () => {
    expect(profileOf({ statementText: 'I am happy to mentor in any area of the program.' }).anyArea).toBe(true);
    expect(profileOf({ statementText: 'I am open to all regions.' }).anyArea).toBe(true);
    expect(profileOf({ statementText: 'Puedo trabajar en cualquier región.' }).anyArea).toBe(true);
    expect(profileOf({ statementText: 'I have worked in all areas of library service.' }).anyArea).toBe(false);
    expect(profileOf({ areas: ['Africa', 'Americas', 'East Asia and the Pacific', 'Europe', 'Eurasia and Central Asia', 'Near East and South Asia', 'Sister Libraries', 'International Exchanges'] }).anyArea).toBe(true);
  });

  it('treats any role other than mentor or mentee as unclear', () => {
    expect(profileOf({ role: 'unclear' }).role).toBe('unclear');
    expect(profileOf({ role: 'both' }).role).toBe('unclear');
  });

  it('places a country in its time zone and keeps unknown countries unknown', () => {
    expect(profileOf({ country: 'Japan' }).utcOffset).toBe(9);
    expect(profileOf({ country: 'India' }).utcOffset).toBe(5.5);
    expect(profileOf({ country: null }).utcOffset).toBeNull();
  });
});
