import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { missingGlyphs, renderLetterPdf, type LetterInput } from '../../../src/letter/pdf.js';
import { loadTemplates } from '../../../src/outgoing/render.js';

const render = loadTemplates();
const PROGRAM = 'International Mentoring Program';
const KEIO = 'Mr. Kenji Watanabe\nDirector, Keio University Mita Media Center\n2-15-45 Mita, Minato-ku, Tokyo 108-8345, Japan';
const SIGNATURE = ['Dana Kowalczyk', 'Program Officer, International Relations Office', 'American Library Association'];

function letter(name: string, over: Partial<LetterInput> = {}, isMentor = true): LetterInput {
  const { subject, text } = render('recognition-letter-pdf', {
    name,
    roleLabel: isMentor ? 'mentor' : 'mentee',
    institutionText: ' of Keio University Mita Media Center',
    areasText: 'Sister Libraries and East Asia and the Pacific',
    counterpartsText: isMentor ? 'Ma. Cristina Dela Cruz-Santos (Philippines)' : 'Hiroshi Tanaka (Japan)',
    programName: PROGRAM,
    periodText: 'from January 2015 to June 2015',
    isMentor,
  });
  return {
    title: subject,
    body: text,
    programName: PROGRAM,
    addressee: KEIO,
    dateText: '27 November 2026',
    signature: SIGNATURE,
    createdAt: new Date('2026-11-27T09:00:00Z'),
    ...over,
  };
}

/** Text and page count as a reader sees them; whitespace folded so a wrapped name still matches. */
async function read(pdf: Buffer): Promise<{ pages: number; text: string; info: Record<string, unknown> }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text, total } = await parser.getText();
    const { info } = await parser.getInfo();
    return { pages: total, text: text.replace(/\s+/g, ' '), info: info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

describe('renderLetterPdf', () => {
  it.each(['Hiroshi Tanaka', 'Jürgen Müller', 'Nguyễn Thị Thu Hương', 'Олена Коваленко'])('writes a one-page letter for %s', async (name) => {
    const { pages, text } = await read(await renderLetterPdf(letter(name)));
    expect(pages).toBe(1);
    expect(text).toContain(name);
    expect(text).toContain('Letter of recognition');
    expect(text).toContain('took part in the International Mentoring Program as a mentor');
    for (const line of KEIO.split('\n')) expect(text).toContain(line);
    for (const line of SIGNATURE) expect(text).toContain(line);
    expect(text).toContain('With kind regards,');
  });

  it('writes "To whom it may concern" when nobody was named', async () => {
    const { text } = await read(await renderLetterPdf(letter('Adaeze Okonkwo', { addressee: null }, false)));
    expect(text).toContain('To whom it may concern');
    expect(text).toContain('was mentored by Hiroshi Tanaka (Japan)');
  });

  it('puts the title, program and dates into the metadata', async () => {
    const { info } = await read(await renderLetterPdf(letter('Jürgen Müller')));
    expect(info).toMatchObject({ Title: 'Letter of recognition', Author: PROGRAM, Producer: 'mentorbox', Creator: 'mentorbox' });
    expect(String(info.CreationDate)).toMatch(/^D:20261127090000/);
    expect(String(info.ModDate)).toMatch(/^D:20261127090000/);
  });

  it('gives the same bytes for the same input', async () => {
    const input = letter('Nguyễn Thị Thu Hương');
    const [a, b] = [await renderLetterPdf(input), await renderLetterPdf(input)];
    expect(a.equals(b)).toBe(true);
  });

  it('gives the same bytes when letters are made at the same time (the parsed fonts are shared)', async () => {
    const inputs = ['Hiroshi Tanaka', 'Jürgen Müller', 'Олена Коваленко'].map((name) => letter(name));
    const together = await Promise.all(inputs.map((input) => renderLetterPdf(input)));
    for (const [i, input] of inputs.entries()) expect((await renderLetterPdf(input)).equals(together[i]!)).toBe(true);
  });

  it('keeps a very long body, addressee and signature on one page', async () => {
    const base = letter('Олена Коваленко');
    const body = Array.from({ length: 12 }, () => base.body).join('\n\n');
    const addressee = Array.from({ length: 12 }, (_, i) => `Address line ${i + 1}`).join('\n');
    const signature = Array.from({ length: 10 }, (_, i) => `Signature line ${i + 1}`);
    const { pages, text } = await read(await renderLetterPdf({ ...base, body, addressee, signature }));
    expect(pages).toBe(1);
    expect(text).toContain('…');
    expect(text).toContain('With kind regards,');
    expect(text).toContain('Signature line 1');
  });

  it('draws characters the font lacks (CJK) as "?" instead of throwing', async () => {
    expect(missingGlyphs('王小明 Müller')).toEqual(['王', '小', '明']);
    const { pages, text } = await read(await renderLetterPdf(letter('王小明', { addressee: '山田太郎\nTokyo' })));
    expect(pages).toBe(1);
    expect(text).toContain('confirms that ??? of Keio');
    expect(text).toContain('???? Tokyo');
  });

  it('finds nothing missing in Latin, Vietnamese and Cyrillic names', () => {
    expect(missingGlyphs('Jürgen Müller, Nguyễn Thị Thu Hương, Олена Коваленко, Ma. Cristina Dela Cruz-Santos')).toEqual([]);
  });

  it('takes well under a second per letter once the fonts are loaded', async () => {
    await renderLetterPdf(letter('Warm Up'));
    const start = performance.now();
    for (let i = 0; i < 5; i++) await renderLetterPdf(letter(`Person ${i}`));
    // The budget is 150 ms; the bound is loose so a busy CI machine does not fail the suite.
    expect((performance.now() - start) / 5).toBeLessThan(1000);
  });
});
