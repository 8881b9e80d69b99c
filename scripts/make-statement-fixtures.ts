/**
 * Regenerates test/fixtures/statement/: small documents and messages that carry one known statement,
 * so the extraction tests assert on real sentences. Run: npx tsx scripts/make-statement-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { envelope, leaf, message, multipart } from '../test/unit/statement/builders/eml.js';
import { makeDocx, makeOdt } from '../test/unit/statement/builders/office.js';
import { makeEncryptedPdf } from '../test/unit/statement/builders/pdf-encrypt.js';
import { noisyLogo } from '../test/unit/statement/builders/png.js';
import { STATEMENT_PARAGRAPHS } from '../test/unit/statement/builders/statement-text.js';
import { makeTnef } from '../test/unit/statement/builders/tnef.js';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'statement');
const PAGE: [number, number] = [595, 470];
/** Fixed dates so a rerun rewrites byte-identical files (pdf-lib stamps "now" otherwise). */
const FIXED_DATE = new Date('2014-11-10T09:30:00Z');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function write(name: string, data: Buffer | Uint8Array): void {
  writeFileSync(join(OUT, name), data);
  console.log(`${name}\t${data.length} bytes`);
}

/** Word-wraps the statement onto one short page (short so the rendered image stays small). */
async function newPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

async function textPdf(): Promise<Buffer> {
  const doc = await newPdf();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(PAGE);
  let y = PAGE[1] - 40;
  for (const paragraph of STATEMENT_PARAGRAPHS) y = drawParagraph(page, font, paragraph, y) - 10;
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function drawParagraph(page: PDFPage, font: PDFFont, text: string, top: number): number {
  let y = top;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, 12) > PAGE[0] - 100) {
      page.drawText(line, { x: 50, y, size: 12, font });
      [line, y] = [word, y - 16];
    } else line = next;
  }
  page.drawText(line, { x: 50, y, size: 12, font });
  return y - 16;
}

/** The text page rendered by pdf.js: stands in for a phone photo or a scanner's output. */
async function render(pdf: Buffer): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shot = await parser.getScreenshot({ desiredWidth: 1240, imageBuffer: true });
    return Buffer.from(shot.pages[0]?.data ?? []);
  } finally {
    await parser.destroy();
  }
}

async function imagePdf(png: Buffer): Promise<Buffer> {
  const doc = await newPdf();
  const image = await doc.embedPng(png);
  doc.addPage(PAGE).drawImage(image, { x: 0, y: 0, width: PAGE[0], height: PAGE[1] });
  return Buffer.from(await doc.save());
}

function rtf(): Buffer {
  const escape = (s: string): string => s.replace(/[\\{}]/g, '\\$&').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0)}?`);
  const body = STATEMENT_PARAGRAPHS.map((p) => `${escape(p)}\\par\n`).join('');
  return Buffer.from(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\*\\generator fixtures;}\\uc1\\pard\\f0\\fs24 ${body}Zo\\'eb M\\u252?ller \\u8212\\'97 caf\\'e9\\par\n}`, 'latin1');
}

function texts(): void {
  const text = STATEMENT_PARAGRAPHS.join('\r\n\r\n');
  write('statement-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\nΕλληνικά · 日本語\r\n`, 'utf16le')]));
  const cp1252 = Buffer.from(`${text}\r\nZo\xeb M\xfcller-S\xe1nchez \x96 \x93caf\xe9\x94\r\n`, 'latin1');
  write('statement-cp1252.txt', cp1252);
}

function messages(docx: Buffer, pdf: Buffer): void {
  const inner = message(
    envelope('Zoe Marlowe-Okafor <zoe@example.za>', 'Expression of interest', 'inner-1'),
    leaf('text/plain; charset=utf-8', `Dear colleagues,\n\n${STATEMENT_PARAGRAPHS.slice(1).join('\n\n')}\n\nZoe\n`, { encoding: '8bit' }),
  );
  const cover = leaf('text/plain; charset=utf-8', 'Dear coordinators,\n\nI sent my application below to the wrong address; forwarding it as it was.\n\nZoe\n', { encoding: '8bit' });
  write('forwarded-rfc822.eml', message(envelope('Zoe Marlowe-Okafor <zoe@example.za>', 'Fwd: Expression of interest', 'fwd-1'),
    multipart('mixed', 'outer-1', [cover, leaf('message/rfc822', inner, { filename: 'Expression of interest.eml', disposition: 'attachment', encoding: '8bit' })])));

  const html = '<html><body><p>Please find attached my expression of interest.</p><p><img src="cid:image001.png@01D0"></p><p>Zoe</p></body></html>';
  const alternative = multipart('alternative', 'alt-1', [
    leaf('text/plain; charset=utf-8', 'Please find attached my expression of interest.\n\nZoe\n', { encoding: '8bit' }),
    leaf('text/html; charset=utf-8', html, { encoding: '8bit' }),
  ]);
  const related = multipart('related', 'rel-1', [alternative, leaf('image/png', noisyLogo(120), { filename: 'image001.png', disposition: 'inline', contentId: 'image001.png@01D0' })]);
  write('logo-docx.eml', message(envelope('Zoe Marlowe-Okafor <zoe@example.za>', 'Expression of interest', 'logo-1'),
    multipart('mixed', 'mix-1', [related, leaf(DOCX, docx, { filename: 'Zoe_Marlowe_EOI.docx', disposition: 'attachment' })])));

  const winmail = makeTnef([{ filename: 'Marlowe statement.pdf', content: pdf }]);
  write('winmail.eml', message(envelope('Zoe Marlowe-Okafor <zoe@example.za>', 'Expression of interest', 'tnef-1'),
    multipart('mixed', 'mix-2', [leaf('text/plain; charset=utf-8', 'Please find attached my statement.\n', { encoding: '8bit' }),
      leaf('application/ms-tnef', winmail, { filename: 'winmail.dat', disposition: 'attachment' })])));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const pdf = await textPdf();
  write('statement.pdf', pdf);
  write('statement-truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)));
  write('statement-encrypted.pdf', makeEncryptedPdf(STATEMENT_PARAGRAPHS, 'secret', 'owner-secret'));
  const png = await render(pdf);
  write('statement-photo.png', png);
  write('statement-scanned.pdf', await imagePdf(png));
  const docx = makeDocx(STATEMENT_PARAGRAPHS);
  write('statement.docx', docx);
  write('statement.odt', makeOdt(STATEMENT_PARAGRAPHS));
  write('statement.rtf', rtf());
  texts();
  messages(docx, pdf);
}

await main();
