import { describe, expect, it } from 'vitest';
import { answersYesNo, isFeedbackLike } from '../../../src/reply/intent/kinds.js';

describe('answersYesNo', () => {
  it.each([
    ['YES', 'yes'],
    ['Yes, he wrote last week.', 'yes'],
    ['yes!!', 'yes'],
    ['Hi Dana,\n\nYes - we had our first call on Monday.', 'yes'],
    ['Thank you for checking in. Yes, she did.', 'yes'],
    ['Sí, ya me escribió.', 'yes'],
    ['Si, gracias.', 'yes'],
    ['Oui, merci !', 'yes'],
    ['¡Sí!', 'yes'],
    ['Y', 'yes'],
    ['NO', 'no'],
    ['No, not yet.', 'no'],
    ['Not yet, unfortunately.', 'no'],
    ['Dear Committee,\nNo. I have not heard from my mentor.', 'no'],
    ['Todavía no.', 'no'],
    ['Non, pas encore.', 'no'],
    ['Pas encore.', 'no'],
  ])('%j → %s', (text, want) => {
    expect(answersYesNo(text)).toBe(want);
  });

  it.each([
    ['No problem, I will write to her today.'],
    ['Yes and no: we exchanged one email.'],
    ['Si es posible, prefiero esperar.'],
    ['We had a call on Monday.'],
    ['Nobody has written yet.'],
    ['Norway is lovely this time of year.'],
    ['> Has your mentor written to you?\n'],
    [''],
  ])('%j → null', (text) => {
    expect(answersYesNo(text)).toBeNull();
  });
});

describe('isFeedbackLike', () => {
  it('hears inline answers to the feedback questions', () => {
    const text = [
      'Dear Committee,',
      'Thank you for this program. My answers are below.',
      '> 1. How often were you in contact?',
      'About twice a month by Skype.',
      '> 3. What could the Committee do to improve the program?',
      'A short orientation call at the start would help.',
    ].join('\n');
    expect(isFeedbackLike(text, 'Re: end-of-program feedback')).toBe(true);
  });

  it.each([
    ['The program was very useful and I would recommend it to colleagues.', ''],
    ['We met twice a month on Zoom. My goals were met.', ''],
    ['El programa fue muy útil; lo recomendaría a mis colegas.', ''],
    ['It was a great experience overall, I learned a lot.', 'Re: Feedback'],
  ])('feedback: %s', (text, subject) => {
    expect(isFeedbackLike(text, subject)).toBe(true);
  });

  it.each([
    ['I returned my feedback last week; I enjoyed working with Cristina and learned a great deal. Could you send me a letter of recognition?', ''],
    ['Please add Africa to my areas.', ''],
    ['Yes, she wrote.', ''],
    ['I suggest a short Skype call next week; I would recommend reading the attached article first.', ''],
    ['Could you recommend some documents on consortia before our Skype call?', 'Consortium agreements - question'],
  ])('not feedback: %s', (text, subject) => {
    expect(isFeedbackLike(text, subject)).toBe(false);
  });
});
