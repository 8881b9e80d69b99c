import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/statement/fields/index.js';
import { readLabels } from '../../../src/statement/fields/labels.js';

const run = (statement: string, fromName: string | null = null, fromAddress = 'x@gmail.com', subject = 'Application') =>
  extractFields({ statement, body: 'Statement attached.', subject, fromName, fromAddress });

describe('readLabels on the shapes extractors produce', () => {
  it('colon, spaced colon, tab, pipe and two-space forms', () => {
    expect(readLabels('Name: A B').name).toBe('A B');
    expect(readLabels('Name        : Priya Venkataraman').name).toBe('Priya Venkataraman');
    expect(readLabels('Institution\tNational Library of Kenya'.replace(/\t/g, '  ')).institution).toBe('National Library of Kenya');
    expect(readLabels('| Role | Mentee |').role).toBe('Mentee');
    expect(readLabels('Areas   Europe; Africa').areas).toBe('Europe; Africa');
    expect(readLabels('Name Ma. Cristina Dela Cruz-Santos\nPosition Librarian II').name).toBe('Ma. Cristina Dela Cruz-Santos');
  });

  it('does not read prose that starts with a label word as a label', () => {
    expect(readLabels('Name recognition matters for small libraries, and I would like to learn more about outreach.').name).toBeUndefined();
  });
});

describe('extractFields on forms', () => {
  it('a Spanish form', () => {
    const text = 'Nombre: Lic. María José Pérez Castillo\nInstitución: Biblioteca Nacional de Guatemala, Ciudad de Guatemala\nRol: Mentora\nÁreas de interés: Europa; Intercambios internacionales\n\nTengo veinte años de experiencia en bibliotecas públicas y quisiera compartir mi experiencia con colegas jóvenes.';
    expect(run(text)).toEqual({
      name: 'María José Pérez Castillo',
      role: 'mentor',
      areas: ['Europe', 'International Exchanges'],
      institution: 'Biblioteca Nacional de Guatemala',
      country: 'Guatemala',
      language: 'es',
    });
  });

  it('a French form', () => {
    const text = "Nom : Moussa Traoré\nÉtablissement : Bibliothèque nationale du Mali, Bamako\nRôle : mentoré\nDomaines : Afrique ; bibliothèques sœurs\n\nJe suis bibliothécaire depuis trois ans et je souhaite apprendre d'un collègue expérimenté.";
    expect(run(text)).toEqual({
      name: 'Moussa Traoré',
      role: 'mentee',
      areas: ['Africa', 'Sister Libraries'],
      institution: 'Bibliothèque nationale du Mali',
      country: 'Mali',
      language: 'fr',
    });
  });

  it('a table pasted with pipes', () => {
    const text = '| Name | Dr. Kwame A. Mensah |\n| Institution | Balme Library, University of Ghana, Legon |\n| Role | Mentor |\n| Areas | Africa, International Exchanges |\n\nI have led our staff exchange with two European libraries for a decade.';
    const f = run(text, 'Kwame Mensah');
    expect(f).toMatchObject({ name: 'Kwame A. Mensah', role: 'mentor', areas: ['Africa', 'International Exchanges'], institution: 'Balme Library, University of Ghana', country: 'Ghana' });
  });

  it('a US mentor: ALA everywhere, Americas never asked for', () => {
    const text = `Dear members of the ALA International Relations Committee,

I have been a member of the American Library Association for thirty years and served on the IRRT board. I would like to serve as a mentor for a colleague interested in the Middle East, where I spent six years as a Fulbright librarian in Jordan and Egypt.

Sincerely,
Susan K. Miller
Middle East Studies Librarian, University of Michigan Library
Ann Arbor, MI 48109`;
    expect(run(text, 'Susan Miller', 'skmiller@umich.edu')).toMatchObject({
      name: 'Susan K. Miller',
      role: 'mentor',
      areas: ['Near East and South Asia'],
      institution: 'University of Michigan Library',
      country: 'United States',
    });
  });

  it('role from the subject when the statement does not say', () => {
    expect(run('Name: Lin Mei\nInstitution: Fudan University Library\n\nMy interest is digital humanities in East Asia.', null, 'x@fudan.edu.cn', 'Application - Mentor').role).toBe('mentor');
  });
});
