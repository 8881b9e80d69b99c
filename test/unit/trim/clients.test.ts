import { describe, expect, it } from 'vitest';
import { expectCase, type Case } from './load.js';

const SIGN_OFF_MISS = 'drops the sign-off ("Best regards, Ana"), which the person wrote';

const cases: Case[] = [
  {
    file: 'gmail-top-posted.eml',
    reply: ['Hi Maria,', '', "Thursday at 15:00 works for me. I'll send you the draft of my project plan before the call.", '', 'Best regards,', 'Ana'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: SIGN_OFF_MISS,
  },
  {
    file: 'gmail-bottom-posted.eml',
    reply: ['Hello,', '', 'Europe and Sister Libraries, please.', '', 'Ana'],
    quoted: true,
    signatureRemoved: true,
  },
  {
    file: 'apple-mail-on-at-wrote.eml',
    reply: ['Dear Committee,', '', 'I have uploaded my statement again as a PDF. Please let me know if it is still unreadable.', '', 'Thank you,', 'Mei'],
    quoted: true,
    signatureRemoved: false,
  },
  { file: 'iphone-sent-from-my-iphone.eml', reply: ['Yes, Thursday is fine.'], quoted: true, signatureRemoved: true },
  {
    file: 'outlook-windows1252-header-block.eml',
    reply: [
      'Dear Committee,',
      '',
      'Thank you – I’ll be happy to mentor a second mentee this year. Münster is',
      'fine for the spring meeting.',
      '',
      'Kind regards,',
      'Jürgen Weber',
    ],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: SIGN_OFF_MISS,
  },
  {
    file: 'outlook-original-message.eml',
    reply: ['Yes, please send the certificate to my work address.', '', 'Kwame'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'outlook-header-block-display-names.eml',
    reply: ['Hi,', '', 'I have attached the signed agreement.', '', 'Regards,', 'Tomasz'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'a From line without an address is no quote header to it (here it hides the quote only with the sign-off)',
  },
  { file: 'outlook-mobile-get-outlook.eml', reply: ['Sounds good, see you then.'], quoted: true, signatureRemoved: true },
  {
    file: 'outlook-web-html-only.eml',
    reply: ['Yes, I can join on Friday.'],
    quoted: true,
    signatureRemoved: true,
    libraryMiss: 'text only: keeps the Outlook Signature div and a rule line from the HTML-derived text',
  },
  { file: 'samsung-original-message.eml', reply: ['Thank you! I will be there.'], quoted: true, signatureRemoved: true },
  {
    file: 'signature-dashes-no-quote.eml',
    reply: [
      'Dear Committee,',
      '',
      'Please find my feedback below: the program was very useful, and my mentor',
      'helped me plan the new reading room.',
    ],
    quoted: false,
    signatureRemoved: true,
  },
  {
    file: 'dashes-between-sections.eml',
    reply: [
      'Dear Committee,', '', 'Goals met:', 'the reading-room redesign is finished.', '', '---', '',
      'What could be better:', 'a shared calendar for all pairs.', '', '---', '', 'Thank you,', 'Ines',
    ],
    quoted: false,
    signatureRemoved: false,
    libraryMiss: 'takes a "---" line for a signature and drops everything below it',
  },
];

describe('trimReply: mail clients', () => {
  it.each(cases)('$file', async (c) => expectCase(c, expect));
});
