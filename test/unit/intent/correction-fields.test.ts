import { describe, expect, it } from 'vitest';
import { parseCorrection } from '../../../src/reply/intent/correction.js';

describe('parseCorrection: name, institution, country', () => {
  it.each([
    ['My name is spelled Jürgen Müller.', 'Jürgen Müller'],
    ['my name should be Ma. Cristina Dela Cruz-Santos', 'Ma. Cristina Dela Cruz-Santos'],
    ['Name: José Luis Hernández Ramírez', 'José Luis Hernández Ramírez'],
    ['My name is spelled "Jürgen Müller", not Jurgen Muller.', 'Jürgen Müller'],
    ['The correct spelling of my name is:\nNguyễn Thị Thu Hương', 'Nguyễn Thị Thu Hương'],
    ['Mi nombre se escribe José Luis Hernández Ramírez, con acentos.', 'José Luis Hernández Ramírez'],
    ["Mon nom s'écrit Anne-Sophie Lefèvre.", 'Anne-Sophie Lefèvre'],
    ['Please spell my name as Adaeze Okonkwo. Thank you!', 'Adaeze Okonkwo'],
    ['My name is Jürgen Müller and I am a mentor.', 'Jürgen Müller'],
    ['Me llamo José Pérez y soy mentora.', 'José Pérez'],
  ])('%s → %s', (text, name) => {
    expect(parseCorrection(text)?.name).toBe(name);
  });

  it.each([
    ['My name is spelled with two Ls.'],
    ['My name is correct but please add Africa.'],
  ])('no name in: %s', (text) => {
    expect(parseCorrection(text)?.name).toBeUndefined();
  });

  it.each([
    ['I work at Keio University Mita Media Center.', 'Keio University Mita Media Center'],
    ['Institution: National Library of Nigeria', 'National Library of Nigeria'],
    ['I now work for the University of Lagos Library, as a cataloguer.', 'University of Lagos Library'],
    ['My institution should be Universidade de Brasília.', 'Universidade de Brasília'],
    ['Trabajo en la Biblioteca Nacional de México.', 'Biblioteca Nacional de México'],
    ['Je travaille à la Bibliothèque nationale du Sénégal.', 'Bibliothèque nationale du Sénégal'],
    ['Please note that I have moved to the University of Nairobi Library.', 'University of Nairobi Library'],
  ])('%s → institution %s', (text, institution) => {
    expect(parseCorrection(text)?.institution).toBe(institution);
  });

  it.each([['I am at a conference this week, sorry for the delay.'], ['Trabajo en Lima desde 2010.'], ['I work at weekends too.']])(
    'no institution in: %s',
    (text) => {
      expect(parseCorrection(text)?.institution).toBeUndefined();
    },
  );

  it.each([
    ['Country: Kenya', 'Kenya'],
    ['I am from Kenya, not Uganda.', 'Kenya'],
    ['I am now based in the USA.', 'United States'],
    ['Mi país es México.', 'Mexico'],
    ['Je vis au Sénégal.', 'Senegal'],
  ])('%s → country %s', (text, country) => {
    expect(parseCorrection(text)?.country).toBe(country);
  });
});
