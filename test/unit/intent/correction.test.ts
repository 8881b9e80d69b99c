import { describe, expect, it } from 'vitest';
import { parseCorrection } from '../../../src/reply/intent/correction.js';

describe('parseCorrection: role', () => {
  it.each([
    ['I am applying as a mentor.', 'mentor'],
    ["I'd rather be a mentee.", 'mentee'],
    ['Role: mentee', 'mentee'],
    ['I am not a mentor, I want to be a mentee.', 'mentee'],
    ["I'm a mentee, not a mentor.", 'mentee'],
    ['You have me down as a mentor but I applied to be a mentee.', 'mentee'],
    ['You listed me as a mentee, which is wrong.', 'mentor'],
    ['Please change my role to mentor.', 'mentor'],
    ['It should be mentee, not mentor.', 'mentee'],
    ['Soy mentora.', 'mentor'],
    ['No soy mentee, soy mentora.', 'mentor'],
    ['Quisiera ser mentee, por favor.', 'mentee'],
    ['Je souhaite être mentor.', 'mentor'],
    ['Je ne suis pas mentorée, je suis mentore.', 'mentor'],
    ['Actually I would like to have a mentor rather than be one.', 'mentee'],
  ])('%s → %s', (text, role) => {
    expect(parseCorrection(text)?.role).toBe(role);
  });

  it.each([
    ['Either role is fine with me, but please add Africa.'],
    ['My mentor last year was wonderful. Please add Africa.'],
    ['You have me as a mentor. Please add Africa.'],
  ])('no role in: %s', (text) => {
    expect(parseCorrection(text)?.role).toBeUndefined();
  });
});

describe('parseCorrection: areas', () => {
  it.each([
    ['Areas: Europe, Sister Libraries', ['Europe', 'Sister Libraries']],
    ['Áreas: Europa y Bibliotecas hermanas', ['Europe', 'Sister Libraries']],
    ['Domaines : Europe, Afrique', ['Africa', 'Europe']],
    ['Only Africa, please.', ['Africa']],
    ['My areas of interest are Eurasia and Central Asia and International Exchanges.', ['Eurasia and Central Asia', 'International Exchanges']],
    ['Not Europe, Africa instead.', ['Africa']],
    ['Europe and Sister Libraries', ['Europe', 'Sister Libraries']],
    ['Solo me interesa América Latina.', ['Americas']],
    ['Uniquement le Moyen-Orient, merci.', ['Near East and South Asia']],
    ['You wrote Americas; I meant Europe.', ['Europe']],
  ])('%s → areas %j', (text, areas) => {
    const c = parseCorrection(text);
    expect(c?.areas).toEqual(areas);
    expect(c?.areasAdd).toBeUndefined();
  });

  it.each([
    ['Please add Africa.', ['Africa'], undefined],
    ['Could you please also add Africa?', ['Africa'], undefined],
    ['Please remove Europe.', undefined, ['Europe']],
    ['Please add Africa and remove Europe.', ['Africa'], ['Europe']],
    ['Remove Europe and add the Sister Libraries committee.', ['Sister Libraries'], ['Europe']],
    ["I am no longer interested in Europe but I'd like Africa.", ['Africa'], ['Europe']],
    ['Sister Libraries too, please.', ['Sister Libraries'], undefined],
    ['International Exchanges is missing.', ['International Exchanges'], undefined],
    ['Europe is wrong; I never asked for it.', undefined, ['Europe']],
    ['I would like Africa instead of Europe.', ['Africa'], ['Europe']],
    ['Please add Africa, not Europe.', ['Africa'], ['Europe']],
    ['I am interested not only in Europe but also in Africa.', ['Africa', 'Europe'], undefined],
    ['Por favor, añadan África y quiten Europa.', ['Africa'], ['Europe']],
    ["Pourriez-vous ajouter l'Afrique ?", ['Africa'], undefined],
    ["Merci de retirer l'Europe.", undefined, ['Europe']],
    ["I'm not sure about Europe; could you add Africa?", ['Africa'], undefined],
    ['I just want to add Africa.', ['Africa'], undefined],
  ])('%s → +%j −%j', (text, add, remove) => {
    const c = parseCorrection(text);
    expect(c?.areas).toBeUndefined();
    expect(c?.areasAdd).toEqual(add);
    expect(c?.areasRemove).toEqual(remove);
  });

  it.each([
    ['I am based in Europe, so the time zone may matter for calls.'],
    ['I work at the East Asia Library of our university.'],
    ['Thanks! I will be travelling in Africa next month.'],
  ])('a place, not a change: %s', (text) => {
    const c = parseCorrection(text);
    expect(c?.areas ?? c?.areasAdd ?? c?.areasRemove).toBeUndefined();
  });
});

describe('parseCorrection: nothing to correct', () => {
  it.each([
    ['Thank you, all correct!'],
    ['Everything is correct. Thanks a lot, I look forward to the program.'],
    ['Todo está correcto, muchas gracias.'],
    ['Tout est correct, merci beaucoup.'],
    ['Thanks, I am happy to be a mentor. All correct!'],
    ['Thank you for the quick reply.'],
    [''],
    ['> Role: mentee\n> Areas: Europe\nThanks!'],
    ['Name: correct\nRole: correct\nAreas: no change'],
    ['Thank you! I look forward to meeting my mentor.'],
    ['Best regards,\nWanjiru Kamau\nHead Librarian, Kenya National Library Service'],
    ['Thanks.\n--\nJürgen Müller\nInstitution: Niedersächsische Staats- und Universitätsbibliothek Göttingen'],
  ])('%j → null', (text) => {
    expect(parseCorrection(text)).toBeNull();
  });

  it('keeps a change written after an all-clear', () => {
    expect(parseCorrection('All correct except my name is spelled Jürgen Müller.')).toEqual({ name: 'Jürgen Müller' });
  });

  it('reads a reply that corrects several fields, and ignores the signature', () => {
    const text = [
      'Dear Committee,',
      '',
      'Thank you. Two corrections: I am applying as a mentee, not a mentor, and please add Africa.',
      'My name should be Ma. Cristina Dela Cruz-Santos.',
      '',
      '--',
      'Ma. Cristina Dela Cruz-Santos',
      'University Library, UP Diliman',
    ].join('\n');
    expect(parseCorrection(text)).toEqual({ role: 'mentee', areasAdd: ['Africa'], name: 'Ma. Cristina Dela Cruz-Santos' });
  });
});
