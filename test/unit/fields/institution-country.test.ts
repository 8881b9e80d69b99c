import { describe, expect, it } from 'vitest';
import { extractCountry } from '../../../src/statement/fields/country.js';
import { countryOfAddress, findCountries } from '../../../src/statement/fields/countries.js';
import { extractInstitution, trimOrg } from '../../../src/statement/fields/institution.js';

const institution = (statement: string, name: string | null = null, cover = statement) => extractInstitution({ statement, cover, name });
const country = (statement: string, fromAddress = 'someone@gmail.com', cover = statement) => extractCountry({ statement, cover, fromAddress });

describe('trimOrg', () => {
  it.each([
    ['Kenneth Dike Library, University of Ibadan, Ibadan, Nigeria', 'Kenneth Dike Library, University of Ibadan'],
    ['Assistant Librarian, Kenneth Dike Library', 'Kenneth Dike Library'],
    ['Universidade de Brasília – Campus Universitário Darcy Ribeiro, Brasília – DF, Brazil', 'Universidade de Brasília'],
    ['Dirección General de Bibliotecas, UNAM', 'Dirección General de Bibliotecas, UNAM'],
    ['Nairobi Area Library, P.O. Box 30573-00100', 'Nairobi Area Library'],
    ['Bibliothèque nationale de France, Paris', 'Bibliothèque nationale de France'],
    ['Head of Cataloguing, Staatsbibliothek zu Berlin', 'Staatsbibliothek zu Berlin'],
  ])('%s → %s', (line, want) => {
    expect(trimOrg(line)).toBe(want);
  });

  it('gives nothing for a job title or an address alone', () => {
    expect(trimOrg('Coordinator, International Exchange Program')).toBeNull();
    expect(trimOrg('1408 W. Gregory Drive, Urbana, IL 61801')).toBeNull();
  });
});

describe('extractInstitution', () => {
  it('reads the Institution label', () => {
    expect(institution('Name: Li Wei\nInstitution: Peking University Library, Beijing, China\nRole: Mentee')).toBe('Peking University Library');
  });

  it('reads Spanish and French labels', () => {
    expect(institution('Nombre: Ana Ruiz\nInstitución: Biblioteca Nacional de Chile, Santiago')).toBe('Biblioteca Nacional de Chile');
    expect(institution('Nom : Awa Diop\nÉtablissement : Bibliothèque universitaire de l’UCAD, Dakar, Sénégal')).toBe('Bibliothèque universitaire de l’UCAD');
  });

  it('reads the signature block, skipping the job title and address', () => {
    const text = 'I would like to apply as a mentor.\n\nSincerely,\n\nRobert E. Hanlon\nCoordinator, International Exchange Program\nUniversity of Illinois at Urbana-Champaign Library\n1408 W. Gregory Drive, Urbana, IL 61801';
    expect(institution(text, 'Robert E. Hanlon')).toBe('University of Illinois at Urbana-Champaign Library');
  });

  it('prefers the university line over a department line', () => {
    const text = 'Kind regards,\nRania Haddad\nArchivist-Librarian, Archives and Special Collections\nUniversity Libraries, American University of Beirut\nrh42@aub.edu.lb';
    expect(institution(text, 'Rania Haddad')).toBe('University Libraries, American University of Beirut');
  });

  it('reads the letterhead and never the program address', () => {
    const text = 'Wanjiru Kamau\nKenya National Library Service\nNairobi, Kenya\n\nThe Chair,\nALA International Mentoring Pilot Program\nAmerican Library Association\n50 East Huron Street, Chicago, IL 60611, USA\n\nDear Sir/Madam,\nI wish to apply as a mentee.';
    expect(institution(text, 'Wanjiru Kamau')).toBe('Kenya National Library Service');
    expect(country(text)).toBe('Kenya');
  });

  it('reads "librarian at the …" in the prose', () => {
    expect(institution('Dear colleagues, I am a reference librarian at the National Library of Jamaica and I would like to apply as a mentee in the Americas area because of our regional work.')).toBe('National Library of Jamaica');
    expect(institution('I have worked at the Vernadsky National Library of Ukraine for twenty years and I would like to be a mentor for a colleague from the region.')).toBe('Vernadsky National Library of Ukraine');
  });

  it('returns null when no organisation is named', () => {
    expect(institution('I would like to be a mentee.')).toBeNull();
  });
});

describe('countries', () => {
  it('finds names in several languages and prefers the longest', () => {
    expect(findCountries('Papua New Guinea').map((h) => h.country)).toEqual(['Papua New Guinea']);
    expect(findCountries('Sénégal; Perú; Việt Nam; Deutschland').map((h) => h.country)).toEqual(['Senegal', 'Peru', 'Vietnam', 'Germany']);
    expect(findCountries('Estados Unidos, EE. UU., États-Unis, USA').map((h) => h.country)).toEqual(Array(4).fill('United States'));
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(findCountries('Please contact us by email.')).toEqual([]);
  });

  it('maps mail domains', () => {
    expect(countryOfAddress('a.saparova@nlrk.kz')).toBe('Kazakhstan');
    expect(countryOfAddress('rhanlon@illinois.edu')).toBe('United States');
    expect(countryOfAddress('someone@gmail.com')).toBeNull();
  });
});

describe('extractCountry', () => {
  it('reads the institution label line', () => {
    expect(country('Institution: Kenneth Dike Library, University of Ibadan, Ibadan, Nigeria')).toBe('Nigeria');
  });

  it('reads the letterhead', () => {
    expect(country('Maria da Conceição Araújo\nBiblioteca Central (BCE)\nUniversidade de Brasília, Brasília – DF, Brasil\n\nDear members of the Committee,\nI have visited the United States and Portugal.')).toBe('Brazil');
  });

  it('reads a US address in the signature', () => {
    expect(country('I would be glad to help.\n\nSincerely,\nRobert Hanlon\nUniversity Library\n1408 W. Gregory Drive, Urbana, IL 61801')).toBe('United States');
  });

  it('reads "my country, Kenya" and a demonym when nothing else says it', () => {
    expect(country('Public libraries in my country, Kenya, are changing fast, and I would like to learn.')).toBe('Kenya');
    expect(country('I am a Ghanaian librarian with ten years of experience in public libraries.')).toBe('Ghana');
  });

  it('"I am a public librarian in Peru" and "here in Nepal"', () => {
    expect(country('I am a public librarian in Peru and I would like to be a mentee.')).toBe('Peru');
    expect(country('Libraries here in Nepal are rebuilding their collections.')).toBe('Nepal');
    expect(country('I would like to work in Peru one day.')).toBeNull();
  });

  it('countries named as interests are not home', () => {
    expect(country('I would like to work with libraries in Japan, Australia and the United States.')).toBeNull();
  });

  it('falls back to the mail domain', () => {
    expect(country('I would like to be a mentee.', 'olena.kovalenko@ukr.net')).toBeNull();
    expect(country('I would like to be a mentee.', 'jlhernandez@dgb.unam.mx')).toBe('Mexico');
  });

  it('ignores wished-for countries on an Areas line', () => {
    expect(country('Areas: Americas (Brazil, Argentina)\nInstitution: Biblioteca Nacional, Lima, Perú')).toBe('Peru');
  });
});

describe('institution and country from prose and places', () => {
  const fields = (statement: string, fromAddress = 'someone@gmail.com') => {
    const inst = extractInstitution({ statement, cover: statement, name: null });
    return { inst, country: extractCountry({ statement, cover: statement, fromAddress, institution: inst }) };
  };

  it('"Head of Reference at the University of Nairobi Library"', () => {
    expect(fields('I am the Head of Reference at the University of Nairobi Library and would like to be a mentee.').inst).toBe('University of Nairobi Library');
  });

  it('the country inside the institution name', () => {
    expect(fields('I am a librarian at the Bibliothèque Nationale du Royaume du Maroc and wish to be a mentee.')).toEqual({ inst: 'Bibliothèque Nationale du Royaume du Maroc', country: 'Morocco' });
  });

  it('a letterhead city without its country', () => {
    expect(fields('Leila Haddad\nLebanese National Library\nBeirut\n\nDear Committee,\nI would like to be a mentee.').country).toBe('Lebanon');
  });

  it('a French institution with lower-case words in its name', () => {
    expect(fields("Je suis conservatrice à la Bibliothèque municipale de Lyon et je souhaite être mentor.")).toEqual({ inst: 'Bibliothèque municipale de Lyon', country: 'France' });
  });
});
