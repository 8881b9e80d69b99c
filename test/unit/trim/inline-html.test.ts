import { describe, expect, it } from 'vitest';
import { expectCase, type Case } from './load.js';

const cases: Case[] = [
  {
    file: 'inline-answers-after-attribution.eml',
    reply: [
      'Hello,',
      '',
      'My answers are below.',
      '',
      'Africa and International Exchanges.',
      '',
      'French, please, but English is fine too.',
      '',
      'Not before 15 April.',
      '',
      'Thanks,',
      'Amadou',
    ],
    quoted: true,
    signatureRemoved: true,
  },
  {
    file: 'inline-answers-above-full-quote.eml',
    reply: ['Dear Committee,', '', 'Every two weeks, by video call.', '', 'Yes, without hesitation.', '', 'Best wishes,', 'Nadia'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'drops the sign-off "Best wishes, Nadia"',
  },
  {
    file: 'gmail-html-only-reply.eml',
    reply: ['Hi Maria,', '', "Thank you for the reading list – I've started with the first two articles.", '', 'Best,', 'Ana'],
    quoted: true,
    signatureRemoved: true,
  },
  {
    file: 'gmail-html-only-inline-answers.eml',
    reply: ['Hello,', '', 'see below.', '', 'Near East and South Asia.', '', 'The last week of Ramadan.', '', 'Omar'],
    quoted: true,
    signatureRemoved: false,
  },
];

describe('trimReply: inline answers and HTML-only replies', () => {
  it.each(cases)('$file', async (c) => expectCase(c, expect));
});
