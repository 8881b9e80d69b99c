import { describe, expect, it } from 'vitest';
import { hasQuote, splitSignature, trimReply } from '../../../src/reply/trim.js';

describe('hasQuote', () => {
  it('sees ">" lines, attributions and Outlook blocks, and nothing in plain prose', () => {
    expect(hasQuote('Yes.\n\n> Can you come?')).toBe(true);
    expect(hasQuote('Yes.\n\n-----Original Message-----\nFrom: X\nCan you come?')).toBe(true);
    expect(hasQuote('Yes.\n\nFrom: X <x@y.org>\nSent: Monday\nTo: Ana\nSubject: Come?\n\nCan you come?')).toBe(true);
    expect(hasQuote('Yes, I can come.\nSee you.')).toBe(false);
  });
});

describe('splitSignature', () => {
  it('splits at "-- " (lines come back right-trimmed, the delimiter with the signature)', () => {
    expect(splitSignature('Thanks,\nAna\n\n-- \nAna Perez\nBNE')).toEqual({ body: 'Thanks,\nAna', signature: '--\nAna Perez\nBNE' });
  });

  it('takes a closing mobile line as the signature', () => {
    expect(splitSignature('Fine.\n\nEnviado desde mi iPhone\n')).toEqual({ body: 'Fine.', signature: 'Enviado desde mi iPhone' });
  });

  it('returns null when there is none (a sign-off is not a signature)', () => {
    expect(splitSignature('Fine.\n\nBest regards,\nAna')).toEqual({ body: 'Fine.\n\nBest regards,\nAna', signature: null });
  });
});

describe('trimReply: mobile signatures by language', () => {
  it.each([
    'Sent from my iPad',
    'Sent from my Samsung Galaxy smartphone.',
    'Sent from Outlook for iOS',
    'Get Outlook for iOS<https://aka.ms/o0ukef>',
    'Enviado desde mi iPhone',
    'Envoyé de mon iPhone',
    'Von meinem iPhone gesendet',
    'Enviado do meu iPhone',
    'Inviato da iPhone',
    'Verstuurd vanaf mijn iPhone',
    'Отправлено с iPhone',
  ])('%s', (line) => {
    expect(trimReply({ text: `OK.\n\n${line}\n`, html: null })).toEqual({ reply: 'OK.', quoted: false, signatureRemoved: true });
  });
});
