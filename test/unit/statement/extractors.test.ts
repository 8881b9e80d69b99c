import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../src/statement/extractors/docx.js';
import { extractorFor } from '../../../src/statement/extractors/index.js';
import { extractOdt } from '../../../src/statement/extractors/odt.js';
import { extractPdf } from '../../../src/statement/extractors/pdf.js';
import { rtfToText } from '../../../src/statement/extractors/rtf.js';
import { decodeTnef } from '../../../src/statement/extractors/tnef.js';
import { htmlToText } from '../../../src/statement/extractors/text.js';
import { sniff } from '../../../src/statement/sniff.js';
import { context, fixture } from './builders/fixtures.js';
import { makeDocx } from './builders/office.js';
import { STATEMENT_SENTENCE } from './builders/statement-text.js';
import { makeTnef } from './builders/tnef.js';
import { makeZip } from './builders/zip.js';

/** Reads a fixture the way extract.ts does: sniff the bytes, then the kind's extractor. */
async function read(name: string, limits = {}) {
  const bytes = fixture(name);
  return extractorFor(sniff(bytes, { filename: name }))(bytes, context({}, limits));
}

describe('document extractors on real files', () => {
  it.each(['statement.pdf', 'statement.docx', 'statement.odt', 'statement.rtf', 'statement-utf16le.txt', 'statement-cp1252.txt'])(
    '%s yields the statement text',
    async (name) => {
      const result = await read(name);
      expect(result.status).toBe('ok');
      expect(result.text.replace(/\s+/g, ' ')).toContain(STATEMENT_SENTENCE);
      expect(result.text).toMatch(/^Expression of Interest - ALA International Mentoring Pilot Program\n/);
      expect(result.text).not.toMatch(/\r|\n{3}/);
    },
  );

  it('keeps the encodings: UTF-16 Greek/Japanese, Windows-1252 dash and quotes, RTF \\u escapes', async () => {
    expect((await read('statement-utf16le.txt')).text).toMatch(/Ελληνικά · 日本語$/);
    expect((await read('statement-cp1252.txt')).text).toMatch(/Zoë Müller-Sánchez – “café”$/);
    expect((await read('statement.rtf')).text).toMatch(/Zoë Müller — café$/);
  });

  it('a password-protected PDF is encrypted', async () => {
    expect(await read('statement-encrypted.pdf')).toEqual({ status: 'encrypted', text: '', detail: 'PDF is password-protected' });
  });

  it('a truncated PDF is corrupt, and so is junk behind a PDF header', async () => {
    expect((await read('statement-truncated.pdf')).status).toBe('corrupt');
    const junk = Buffer.from('%PDF-1.4\nthis is not a pdf at all\n%%EOF\n');
    expect((await extractPdf(junk, context())).status).toBe('corrupt');
  });

  it('a scanned PDF asks for OCR while choosing, and is unsupported when OCR is off', async () => {
    expect((await read('statement-scanned.pdf')).status).toBe('needs_ocr');
    expect((await read('statement-scanned.pdf', { ocr: false })).status).toBe('unsupported');
    expect((await read('statement-photo.png')).status).toBe('needs_ocr');
  });

  it('DOCX: a zip bomb is too_large, a cut file corrupt, an empty document empty', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: 'x', declaredSize: 0xfffffff0 }]);
    expect((await extractDocx(bomb, context())).status).toBe('too_large');
    expect((await extractDocx(fixture('statement.docx').subarray(0, 600), context())).status).toBe('corrupt');
    expect((await extractDocx(makeDocx(['']), context())).status).toBe('empty');
  });

  it('ODT without content.xml is corrupt', async () => {
    const odt = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }]);
    expect((await extractOdt(odt, context())).status).toBe('corrupt');
  });

  it('unknown bytes are unsupported, zero bytes empty', async () => {
    const random = Buffer.from([0x00, 0x13, 0x37, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x04]);
    expect((await extractorFor(sniff(random))(random, context())).status).toBe('unsupported');
    expect((await extractorFor(sniff(Buffer.alloc(0)))(Buffer.alloc(0), context())).status).toBe('empty');
  });
});

describe('format helpers', () => {
  it('decodeTnef returns the files inside winmail.dat', () => {
    const files = decodeTnef(makeTnef([{ filename: 'EOI.pdf', content: fixture('statement.pdf') }, { filename: 'logo.png', content: Buffer.from('png') }]));
    expect(files.map((f) => [f.filename, f.content.length])).toEqual([['EOI.pdf', fixture('statement.pdf').length], ['logo.png', 3]]);
  });

  it('decodeTnef keeps complete files of a cut winmail.dat', () => {
    const whole = makeTnef([{ filename: 'a.txt', content: Buffer.from('first') }, { filename: 'b.pdf', content: fixture('statement.pdf') }]);
    expect(decodeTnef(whole.subarray(0, whole.length - 500)).map((f) => f.filename)).toEqual(['a.txt']);
  });

  it('rtfToText drops font tables, field codes and pictures, keeps \\u escapes and \\\'hh in the code page', () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}{\*\generator x;}\uc1 \'cf\'f0\'e8\u1074?\'e5\'f2\par {\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt site}}{\pict 0102}\par}`;
    expect(rtfToText(rtf)).toBe('Привет\nsite\n');
  });

  it('htmlToText turns blocks into lines and decodes entities', () => {
    expect(htmlToText('<html><head><style>p{}</style></head><body><p>Caf&#233; &amp; more&#x2014;&nbsp;</p><p>Line<br>two</p></body></html>'))
      .toBe('Café & more— \n\nLine\ntwo\n\n');
  });
});
