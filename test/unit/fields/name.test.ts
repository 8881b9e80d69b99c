import { describe, expect, it } from 'vitest';
import { cleanName, isNameLike } from '../../../src/statement/fields/name-clean.js';
import { statementName } from '../../../src/statement/fields/name.js';

describe('cleanName', () => {
  it.each([
    ['Müller, Jürgen', 'Jürgen Müller', true],
    ['Dela Cruz-Santos, Ma. Cristina', 'Ma. Cristina Dela Cruz-Santos', true],
    ['Hernández Ramírez, José Luis', 'José Luis Hernández Ramírez', true],
    ['Dr. Jürgen Müller', 'Jürgen Müller', false],
    ['Mrs. Adaeze Ngozi Okonkwo', 'Adaeze Ngozi Okonkwo', false],
    ['Olena Kovalenko, PhD (Олена Коваленко)', 'Olena Kovalenko', false],
    ['Hanako YAMADA (山田花子)', 'Hanako Yamada', false],
    ['Priya Venkataraman (பிரியா வெங்கடராமன்)', 'Priya Venkataraman', false],
    ['Олена Коваленко / Olena Kovalenko', 'Olena Kovalenko', false],
    ['Nguyễn Thị Thu Hương (Ms.)', 'Nguyễn Thị Thu Hương', false],
    ['Prof. Dra. María Fernanda López', 'María Fernanda López', false],
    ['Mme Claire Dubois', 'Claire Dubois', false],
    ['"Kwame Mensah"', 'Kwame Mensah', false],
    ['Ahmed Al-Rashid, MLIS', 'Ahmed Al-Rashid', false],
    ['Айгерим Сапарова', 'Айгерим Сапарова', true],
    ['山田 花子', '山田 花子', true],
    ['ANA MARÍA DE LA CRUZ', 'Ana María de la Cruz', false],
  ])('%s → %s', (raw, want, reverse) => {
    expect(cleanName(raw, { reverseComma: reverse })).toBe(want);
  });

  it('keeps a signature with a place after the comma the right way round', () => {
    expect(cleanName('Maria Lopez, Buenos Aires')).toBe('Maria Lopez');
  });

  it('rejects lines that are not names', () => {
    for (const line of ['Expression of Interest', 'Kenneth Dike Library', 'Dear Members of the Committee', 'Sent from my iPhone', 'Quezon City', 'Tokyo, 12 November 2014', 'Languages: English, French']) {
      expect(cleanName(line)).toBeNull();
    }
  });

  it('needs two words for a Latin name', () => {
    expect(isNameLike('Rania')).toBe(false);
    expect(isNameLike('Rania Haddad')).toBe(true);
  });
});

describe('statementName', () => {
  it('reads a Name: label', () => {
    expect(statementName('EXPRESSION OF INTEREST\nName: Dr. Samuel Owusu\nInstitution: Balme Library')).toBe('Samuel Owusu');
  });

  it('reads a table row where the value is on the next line', () => {
    expect(statementName('Name\n\nMs. Leila Farouk\n\nPosition\n\nCataloguer')).toBe('Leila Farouk');
  });

  it('reads a run-on line that lost its breaks', () => {
    expect(statementName('Name: Tran Van An (Mr.)Position: LibrarianInstitution: Hue University')).toBe('Tran Van An');
  });

  it('reads the name under a closing', () => {
    expect(statementName('Dear colleagues,\n\nI would like to apply as a mentee.\n\nSincerely,\n\nLucía Fernández Gómez\nBiblioteca Nacional del Perú')).toBe('Lucía Fernández Gómez');
  });

  it('reads "Sincerely, Name" on one line', () => {
    expect(statementName('I am glad to apply.\nSincerely, Thomas Berger')).toBe('Thomas Berger');
  });

  it('reads Spanish and French closings', () => {
    expect(statementName('Quisiera participar como mentora.\n\nAtentamente,\nCarmen Ruiz Olmedo')).toBe('Carmen Ruiz Olmedo');
    expect(statementName('Je souhaite participer comme mentor.\n\nCordialement,\nÉtienne Lefèvre\nBibliothèque municipale de Lyon')).toBe('Étienne Lefèvre');
  });

  it('reads "My name is …"', () => {
    expect(statementName('Dear Committee,\nMy name is Oluwaseun Adebayo and I work at the Lagos State Library.')).toBe('Oluwaseun Adebayo');
  });

  it('reads a name heading', () => {
    expect(statementName('Sipho Ndlovu\nSenior Librarian, University of Pretoria\n\nI write to apply as a mentee.')).toBe('Sipho Ndlovu');
  });

  it('prefers the Latin spelling when the statement gives both', () => {
    expect(statementName('Name: 김민지 (Minji Kim)\nRole: Mentee')).toBe('Minji Kim');
  });

  it('keeps a non-Latin signature when that is all there is', () => {
    expect(statementName('Хочу участвовать в программе как наставник.\n\nС уважением,\nИван Петров')).toBe('Иван Петров');
  });
});
