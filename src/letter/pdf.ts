/**
 * The recognition letter as a one-page A4 PDF. pdf-lib would stamp "now" into the metadata; the
 * dates come from the input instead and the font names are fixed, so the same letter gives the
 * same bytes: a letter made again can be compared with the first, and tests can pin the output.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { composeLetter, PAGE, type LetterParts, type Row, type Typeface } from './compose.js';
import { drawable, fontFile, fontkitForLetters, type Weight } from './fonts.js';
import { memoMeasure } from './layout.js';

export { missingGlyphs } from './fonts.js';

/**
 * The letter's parts (title and body from the rendered `recognition-letter-pdf` template, the addressee
 * as the requester asked or null for "To whom it may concern", the formatted date, the signature lines)
 * plus the creation date written into the PDF, so the same input gives the same bytes.
 */
export interface LetterInput extends LetterParts {
  createdAt: Date;
}

const PRODUCER = 'mentorbox';
/**
 * pdf-lib keeps only glyph ids and advance widths from fontkit's shaping, so kerning and mark
 * positioning are computed and thrown away; ligatures would only make the text harder to search.
 * Turning every default feature off makes a line's layout about four times faster.
 */
const NO_SHAPING = Object.fromEntries(
  ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map((f) => [f, false]),
);
const INK = rgb(0.1, 0.1, 0.1);
const ACCENT = rgb(0.12, 0.25, 0.45);

export async function renderLetterPdf(input: LetterInput): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMetadata(doc, input);
  doc.registerFontkit(fontkitForLetters);
  const fonts: Record<Weight, PDFFont> = {
    regular: await embed(doc, 'regular'),
    bold: await embed(doc, 'bold'),
  };
  const { rows } = composeLetter(input, typeface(fonts));
  drawRows(doc.addPage([PAGE.width, PAGE.height]), rows, fonts);
  const bytes = await doc.save();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function setMetadata(doc: PDFDocument, input: LetterInput): void {
  doc.setTitle(input.title);
  doc.setAuthor(input.programName);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
}

function embed(doc: PDFDocument, weight: Weight): Promise<PDFFont> {
  // A fixed name instead of pdf-lib's "DejaVuSans-1234" keeps the bytes independent of embedding order.
  const customName = weight === 'bold' ? 'DejaVuSans-Bold' : 'DejaVuSans';
  return doc.embedFont(fontFile(weight).bytes, { subset: true, customName, features: NO_SHAPING });
}

function typeface(fonts: Record<Weight, PDFFont>): Typeface {
  const measures = {
    regular: memoMeasure((t) => fonts.regular.widthOfTextAtSize(t, 1)),
    bold: memoMeasure((t) => fonts.bold.widthOfTextAtSize(t, 1)),
  };
  return { measure: (weight) => measures[weight], drawable };
}

function drawRows(page: PDFPage, rows: Row[], fonts: Record<Weight, PDFFont>): void {
  let y = PAGE.height - PAGE.top;
  for (const row of rows) {
    if (row.kind === 'rule') drawRule(page, y - 6);
    if (row.kind === 'text') {
      const font = fonts[row.weight];
      const x = row.align === 'right' ? PAGE.width - PAGE.right - font.widthOfTextAtSize(row.text, row.size) : PAGE.left;
      page.drawText(row.text, { x, y: y - row.size, size: row.size, font, color: row.accent ? ACCENT : INK });
    }
    y -= row.height;
  }
}

function drawRule(page: PDFPage, y: number): void {
  page.drawLine({ start: { x: PAGE.left, y }, end: { x: PAGE.width - PAGE.right, y }, thickness: 0.75, color: ACCENT });
}
