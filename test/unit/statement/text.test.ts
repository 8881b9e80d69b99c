import { describe, expect, it } from 'vitest';
import { cleanBody, isFullStatement, statementChars } from '../../../src/statement/body.js';
import { decodeText, looksLikeText } from '../../../src/statement/decode.js';
import { countLetters, normaliseText } from '../../../src/statement/normalise.js';

describe('normaliseText', () => {
  it('unifies line ends, drops BOM, NUL and controls, collapses blank-line runs', () => {
    expect(normaliseText('\uFEFFTitle\r\n\r\n\r\n\r\nBody\u0000 text \r\nend\rlast\u0007')).toBe('Title\n\nBody text\nend\nlast');
  });

  it('keeps diacritics and non-Latin scripts, composing decomposed accents (NFC)', () => {
    expect(normaliseText('Jose\u0301 Müller — Олена · 山田花子 · رانيا')).toBe('José Müller — Олена · 山田花子 · رانيا');
  });

  it('cuts at maxChars without splitting a surrogate pair', () => {
    expect(normaliseText('ab😀', 3)).toBe('ab');
  });

  it('counts letters of any script, not digits or punctuation', () => {
    expect(countLetters('Ab 12 — Ёж 日本 !!')).toBe(6);
  });
});

describe('decodeText', () => {
  const text = 'Zoë Müller – “café”';

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['UTF-8', Buffer.from(text), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['Windows-1252', Buffer.from('Zo\xeb M\xfcller \x96 \x93caf\xe9\x94', 'latin1'), 'windows-1252'],
  ])('%s', (_, bytes, charset) => {
    expect(decodeText(bytes)).toEqual({ text, charset });
  });

  it('reads ISO-2022-JP escapes', () => {
    const bytes = Buffer.from('1b24423b33454432563b521b2842', 'hex'); // 山田花子
    expect(decodeText(bytes).text).toBe('山田花子');
  });

  it('looksLikeText: text yes, binary no', () => {
    expect(looksLikeText(Buffer.from('Dear colleagues,\r\n\tthank you.\f'))).toBe(true);
    expect(looksLikeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toBe(false);
  });
});

const COVER = `Dear Committee,

Please disregard the statement I sent on 22 October; attached is an updated version (v2). After discussing the programme with my University Librarian I have added a third area of interest, because our library is now planning a staff exchange. Everything else is unchanged.

Kind regards,
Adaeze

On Wed, Oct 22, 2014 at 11:47 AM, Adaeze Okonkwo <adaeze@example.com>
wrote:

> Dear Sir/Madam,
> Please find attached my expression of interest.
`;

const PARAGRAPH = 'I have worked for twelve years at the Harbour City Public Library, first in the children\'s section and now as head of community outreach, where I run reading clubs.';
const FULL = `Dear colleagues,\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\nBest regards,\nZoe\n\nSent from my iPhone`;

describe('body heuristics', () => {
  it('cleanBody drops the quoted earlier mail, its attribution and "Sent from my iPhone", keeps the signature', () => {
    const clean = cleanBody(`${COVER}\n-- \nAdaeze Okonkwo\nUniversity of Ibadan\n\nSent from my iPhone`);
    expect(clean).not.toMatch(/wrote:|^>|Sent from my iPhone/m);
    expect(clean).toContain('Kind regards,\nAdaeze');
    expect(cleanBody(FULL)).toMatch(/Best regards,\nZoe$/);
  });

  it('a long cover note is not a full statement; four paragraphs of prose are', () => {
    expect(statementChars(COVER)).toBe(0);
    expect(isFullStatement(COVER)).toBe(false);
    expect(isFullStatement(FULL)).toBe(true);
    expect(isFullStatement('Please find attached my application.\n\nZoe')).toBe(false);
  });
});

describe('a declared legacy charset', () => {
  it('reads a KOI8-R text file without BOM as declared, and valid UTF-8 as UTF-8 whatever is declared', async () => {
    const { decodeText } = await import('../../../src/statement/decode.js');
    const koi8 = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]); // "Привет" in KOI8-R
    expect(decodeText(koi8, 'koi8-r').text).toBe('Привет');
    expect(decodeText(Buffer.from('Müller', 'utf8'), 'koi8-r').text).toBe('Müller');
    expect(decodeText(Buffer.from([0x4d, 0xfc, 0x6c]), 'us-ascii').text).toBe('Mül');
  });
});
