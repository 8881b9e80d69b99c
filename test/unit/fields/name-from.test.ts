import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/statement/fields/index.js';
import { chooseName } from '../../../src/statement/fields/name-choose.js';
import { extractName, statementName } from '../../../src/statement/fields/name.js';

const name = (statement: string, fromName: string | null = null, cover = statement) => extractName({ statement, cover, fromName });

describe('extractName with the From display name', () => {
  it('turns a "Last, First" From round when the statement has no name', () => {
    expect(name('I wish to serve as a mentor in the Europe area.', 'Müller, Jürgen')).toBe('Jürgen Müller');
  });

  it('prefers the Latin signature over a Cyrillic From', () => {
    expect(name('Name: Aigerim Saparova\nRole: Mentee', 'Айгерим Сапарова')).toBe('Aigerim Saparova');
  });

  it('prefers the Latin signature over a CJK From', () => {
    expect(name('Name Hanako YAMADA (山田花子)\nPosition Senior Librarian', '山田 花子')).toBe('Hanako Yamada');
  });

  it('keeps a non-Latin From when the statement names nobody', () => {
    expect(name('I would like to apply as a mentee in the Eurasia and Central Asia area.', 'Айгерим Сапарова')).toBe('Айгерим Сапарова');
  });

  it('takes the From form when it is the same person and they sign that way', () => {
    const cover = 'Please find attached my statement.\n\nYours faithfully,\nAdaeze Okonkwo (Mrs.)\nKenneth Dike Library';
    expect(name('Name: Mrs. Adaeze Ngozi Okonkwo', 'Adaeze Okonkwo', cover)).toBe('Adaeze Okonkwo');
  });

  it('finds that signature in the quoted first application of a resubmission', () => {
    const body = 'Kind regards,\nAdaeze\n\nOn Wed, Oct 22, 2014, Adaeze Okonkwo wrote:\n> Yours faithfully,\n> Adaeze Okonkwo (Mrs.)';
    const fields = extractFields({ statement: 'Name: Mrs. Adaeze Ngozi Okonkwo\nRole: Mentee', body, subject: 'Re: EOI', fromName: 'Adaeze Okonkwo', fromAddress: 'a@gmail.com' });
    expect(fields.name).toBe('Adaeze Okonkwo');
  });

  it('keeps the full signature when the shorter From is not how they sign', () => {
    expect(name('Atentamente,\n\nDra. Silvia Beatriz Fernández', 'Silvia Fernández')).toBe('Silvia Beatriz Fernández');
  });

  it('keeps the statement form when the From drops the accents', () => {
    expect(name('Name: José Luis Hernández Ramírez', 'Jose Luis Hernandez')).toBe('José Luis Hernández Ramírez');
  });

  it('keeps the statement when the From is someone else or a shared account', () => {
    expect(name('Sincerely,\nGrace Wanjiku Mwangi', 'Peter Mwangi')).toBe('Grace Wanjiku Mwangi');
    expect(name('Sincerely,\nGrace Wanjiku Mwangi', 'Library Office')).toBe('Grace Wanjiku Mwangi');
  });

  it('uses the cover note signature when the statement has none', () => {
    expect(extractName({ statement: 'I would like to be a mentee.', cover: 'Please find attached my statement.\n\nBest regards,\nKofi Boateng', fromName: null })).toBe('Kofi Boateng');
  });

  it('returns null when nothing names the person', () => {
    expect(name('I would like to be a mentee.', null)).toBeNull();
  });

  it('chooseName keeps the signing order when both hold the same words', () => {
    expect(chooseName('Hanako Yamada', 'Yamada Hanako', { signed: 'Yamada Hanako' })).toBe('Hanako Yamada');
  });

  it('takes the signed short form, accents as signed, over a fuller heading', () => {
    const text = 'Tomás Ignacio Rivera Soto\nPontificia Universidad Católica de Chile\n\nI would be glad to serve as a mentor.\n\nTomás Rivera';
    expect(name(text, 'Tomas Rivera')).toBe('Tomás Rivera');
  });

  it('a guessed heading loses to a From naming someone else', () => {
    expect(name('Buenos Aires\n\nI would like to apply as a mentee in the Americas area.', 'Lucía Pérez')).toBe('Lucía Pérez');
  });

  it('reads the name out of a dashed title', () => {
    expect(statementName('Statement of Interest – Li Wei\n\nI would like to apply as a mentee.')).toBe('Li Wei');
  });
});
