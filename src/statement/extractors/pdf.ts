import type { PDFParse as PdfParser } from 'pdf-parse';
import { countLetters } from '../normalise.js';
import { failed, fromText, MIN_TEXT_LETTERS, viaOcr, type ExtractContext, type Extracted, type Extractor } from './types.js';

type PdfParseModule = typeof import('pdf-parse');
let loading: Promise<PdfParseModule> | null = null;

/** pdf-parse pulls in pdf.js (a large module): load it once, and only when a PDF shows up. */
function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= import('pdf-parse');
  return loading;
}

/** Page width in pixels for OCR: ~200 dpi on A4/Letter, where tesseract reads body text well. */
const OCR_PAGE_WIDTH = 1600;

export const extractPdf: Extractor = async (bytes, ctx) => {
  // pdf.js recovers what it can from a cut file; partial text must not pass as a whole statement.
  if (!hasEndMarker(bytes)) return failed('corrupt', 'PDF is truncated (no %%EOF at the end)');
  const { PDFParse } = await loadPdfParse();
  // No eval: pdf.js can compile font programs with eval, and these PDFs come from strangers.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false });
  const onAbort = (): void => void parser.destroy();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await parser.getText({ first: ctx.limits.maxPages });
    const text = result.pages.map((page) => page.text).join('\n\n');
    if (countLetters(text) >= MIN_TEXT_LETTERS) return fromText(text, ctx, 'PDF');
    const pages = Math.min(result.total, ctx.limits.maxPages);
    return await viaOcr(ctx, 'scanned PDF', (engine) => ocrPages(parser, pages, engine, ctx));
  } catch (error) {
    return pdfFailure(error);
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await parser.destroy();
  }
};

async function ocrPages(parser: PdfParser, pages: number, engine: NonNullable<ExtractContext['ocr']>, ctx: ExtractContext): Promise<string> {
  const texts: string[] = [];
  for (let page = 1; page <= pages && !ctx.signal.aborted; page += 1) {
    const shot = await parser.getScreenshot({ partial: [page], desiredWidth: OCR_PAGE_WIDTH, imageBuffer: true });
    const image = shot.pages[0]?.data;
    if (image && image.length > 0) texts.push(await engine.recognize(Buffer.from(image), ctx.signal));
  }
  return texts.join('\n\n');
}

/** A complete PDF ends with %%EOF (a little trailing junk is common, hence the window). */
function hasEndMarker(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 2048)).includes('%%EOF');
}

function pdfFailure(error: unknown): Extracted {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return failed('encrypted', 'PDF is password-protected');
  return failed('corrupt', `PDF cannot be read: ${message.slice(0, 200)}`);
}

/** Loads pdf.js ahead of the first message (its first document costs ~1 s, later ones milliseconds). */
export async function warmUpPdf(): Promise<void> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(Buffer.from(TINY_PDF, 'latin1')) });
  try {
    await parser.getText();
  } catch {
    // Only the module and worker loading matter here.
  } finally {
    await parser.destroy();
  }
}

const TINY_PDF =
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
