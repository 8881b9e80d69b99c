import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/statement/fields/language.js';

describe('detectLanguage', () => {
  it.each([
    ['I have worked in academic libraries for eleven years and I would like to take part in the program as a mentee.', 'en'],
    ['Soy licenciado en Bibliotecología y trabajo desde 2009 en el Departamento de Canje y Donación de la biblioteca.', 'es'],
    ["Je travaille depuis dix ans à la Bibliothèque nationale et je souhaite participer au programme en tant que mentorée.", 'fr'],
    ['Trabalho há dez anos na biblioteca central da universidade e gostaria de participar do programa como mentorada.', 'pt'],
    ['Ich arbeite seit zwanzig Jahren in der Universitätsbibliothek und möchte gern als Mentor am Programm teilnehmen.', 'de'],
    ['Я работаю в национальной библиотеке уже десять лет и хотела бы участвовать в программе наставничества.', 'ru'],
    ['私は大学図書館で十年間働いており、このプログラムにメンターとして参加したいと考えています。', 'ja'],
  ])('%s → %s', (text, want) => {
    expect(detectLanguage(text)).toBe(want);
  });

  it('lets the longer part decide when a short cover line is in another language', () => {
    const text = 'Здравствуйте, уважаемые коллеги!\n\nI graduated in 2011 with a degree in library science and have worked at the National Academic Library since 2012. I would like to take part in the program as a mentee in the Eurasia and Central Asia area, because libraries in the region share many problems.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('is null for text too short to tell', () => {
    expect(detectLanguage('Mentee')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Name: Li Wei\nRole: Mentee')).toBeNull();
  });
});
