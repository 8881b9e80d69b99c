import { describe, expect, it } from 'vitest';
import { letterAddressee } from '../../../src/reply/intent/addressee.js';

const KEIO_REQUEST = `Dear Committee,

I would like to ask whether the Committee could send me a letter recognizing my participation as a mentor in the program. My university includes international professional service in the annual staff evaluation, and such a letter would be very helpful. If possible, please address the letter to:

  Mr. Kenji Watanabe
  Director, Keio University Mita Media Center
  2-15-45 Mita, Minato-ku, Tokyo 108-8345, Japan

A PDF sent by email is sufficient.

Best regards,
Hiroshi Tanaka`;

describe('letterAddressee', () => {
  it('reads the address block under "address the letter to:" and stops before the prose after it', () => {
    expect(letterAddressee(KEIO_REQUEST)).toBe(
      'Mr. Kenji Watanabe\nDirector, Keio University Mita Media Center\n2-15-45 Mita, Minato-ku, Tokyo 108-8345, Japan',
    );
  });

  it.each([
    ['Could you address it to Dr. Ana Ruiz, Head of Library Services.', 'Dr. Ana Ruiz, Head of Library Services'],
    ['Could you address it to Dr. Ana Ruiz, Head of Library Services. Thank you!', 'Dr. Ana Ruiz, Head of Library Services'],
    ['Please address the letter to Prof. Maria Rossi, Dean of the Faculty of Letters, if possible.', 'Prof. Maria Rossi, Dean of the Faculty of Letters'],
    ['Please address it to Ms. J. K. Mensah, University Librarian, and send it to my work address.', 'Ms. J. K. Mensah, University Librarian'],
    ['The letter should be addressed to: Mrs. Adaeze Okonkwo, Chief Librarian', 'Mrs. Adaeze Okonkwo, Chief Librarian'],
    ['I need a letter of recognition for my director, Ms. Grace Otieno.', 'Ms. Grace Otieno'],
    ['Could you send it to the attention of Dr. Olga Petrenko, Director of the Library?', 'Dr. Olga Petrenko, Director of the Library'],
    ['Please address the letter to the Dean of Libraries.', 'The Dean of Libraries'],
    ['Please address the letter to my supervisor, Dr. Lee Min-jun.', 'Dr. Lee Min-jun'],
    ['Could you address the letter to "Prof. Dr. Heinrich Weber, Direktor der Universitätsbibliothek"?', 'Prof. Dr. Heinrich Weber, Direktor der Universitätsbibliothek'],
    ['Please address it to Dr. Ana Ruiz\nShe is the head of our library and needs it by Friday.', 'Dr. Ana Ruiz'],
    ['Attn: Mr. John Mensah (Director of Libraries), University of Ghana', 'Mr. John Mensah (Director of Libraries), University of Ghana'],
  ])('%j → %j', (text, want) => {
    expect(letterAddressee(text)).toBe(want);
  });

  it('continues an inline addressee that ends with a comma onto the lines below', () => {
    const text = 'Please address the letter to Mr. Kenji Watanabe,\nDirector, Keio University Mita Media Center\nTokyo, Japan\n\nThank you very much.';
    expect(letterAddressee(text)).toBe('Mr. Kenji Watanabe\nDirector, Keio University Mita Media Center\nTokyo, Japan');
  });

  it('finds the trigger across a hard line break', () => {
    const text = 'Such a letter would be very helpful for my evaluation. If possible, please address the\nletter to:\n\nDr. Ana Ruiz\nHead of Library Services\n\nRegards';
    expect(letterAddressee(text)).toBe('Dr. Ana Ruiz\nHead of Library Services');
  });

  it('reads Spanish "dirigida a"', () => {
    const text = '¿Podrían enviarme una carta de reconocimiento dirigida a la Sra. María López, Directora de la Biblioteca Central? Muchas gracias.';
    expect(letterAddressee(text)).toBe('Sra. María López, Directora de la Biblioteca Central');
  });

  it('reads a Spanish block under "dirigida a:"', () => {
    const text = 'Solicito una constancia de participación dirigida a:\n\nDr. José Luis Hernández Ramírez\nDirector General de Bibliotecas\nUniversidad de Chile\n\nSaludos cordiales,';
    expect(letterAddressee(text)).toBe('Dr. José Luis Hernández Ramírez\nDirector General de Bibliotecas\nUniversidad de Chile');
  });

  it('reads French "adressée à" and "à l\'attention de"', () => {
    expect(letterAddressee("Pourriez-vous m'envoyer une attestation adressée à Mme Claire Martin, directrice de la bibliothèque ?")).toBe(
      'Mme Claire Martin, directrice de la bibliothèque',
    );
    expect(letterAddressee("Merci d'établir la lettre à l'attention de M. Jean Dupont, conservateur en chef.")).toBe('M. Jean Dupont, conservateur en chef');
  });

  it.each([
    ['a letter request without an addressee', 'Could the Committee send me a letter of recognition for my participation as a mentee? Thank you.'],
    ['thanks for addressing something', 'Thank you for addressing this so quickly.'],
    ['"addressed to me"', 'The certificate you sent was addressed to me, thank you.'],
    ['a relative clause after "for my director,"', 'I need the letter for my director, who asked for it last week.'],
    ['French "adresse a" (the noun)', 'Mon adresse a changé, pourriez-vous envoyer la lettre de reconnaissance ?'],
    ['the trigger with nothing after it', 'Please address the letter to:\n\n'],
    ['"to whom it may concern"', 'Please address it to whom it may concern.'],
    ['a quoted trigger', '> Please address the letter to Mr. Smith\nThanks, I will.'],
  ])('%s → null', (_what, text) => {
    expect(letterAddressee(text)).toBeNull();
  });

  it('keeps an address block to six lines and 300 characters', () => {
    const block = Array.from({ length: 10 }, (_, i) => `Line ${i + 1} of a very long address block`).join('\n');
    const got = letterAddressee(`Please address the letter to:\n${block}`) ?? '';
    expect(got.split('\n')).toHaveLength(6);
    expect(got.length).toBeLessThanOrEqual(300);
  });
});
