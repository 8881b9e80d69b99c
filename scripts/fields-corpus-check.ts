/**
 * Dev check: runs extractFields over the public corpus applications and prints expected vs got and
 * the accuracy per field. Usage: npx tsx scripts/fields-corpus-check.ts [--ocr | --pipeline] [corpus dir]
 * By default statement texts are read here with the libraries the bot uses (mammoth, pdf-parse,
 * word-extractor); --ocr also reads image-only PDFs with tesseract.js (slow, offline); --pipeline
 * takes the statement from the bot's own extractStatement (source choice and OCR included).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import WordExtractor from 'word-extractor';
import { parseMessage } from '../src/message/parse.js';
import type { InboundPart } from '../src/message/inbound.js';
import { extractStatement } from '../src/statement/extract.js';
import { extractFields } from '../src/statement/fields/index.js';
import type { FieldInput, StatementFields } from '../src/statement/types.js';

const APPLICATION_KINDS = new Set(['application', 'resubmission', 'late_application']);
const FIELDS = ['name', 'role', 'areas', 'language', 'institution', 'country'] as const;
const args = process.argv.slice(2);
const useOcr = args.includes('--ocr');
const usePipeline = args.includes('--pipeline');
const root = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus/public';

interface Expected extends Partial<StatementFields> {
  [key: string]: unknown;
}

async function partText(part: InboundPart): Promise<string> {
  const type = part.contentType;
  if (type.includes('wordprocessingml')) return (await mammoth.extractRawText({ buffer: part.content })).value;
  if (type === 'application/msword') return (await new WordExtractor().extract(part.content)).getBody();
  if (type === 'message/rfc822') return (await parseMessage(part.content)).text;
  if (type.startsWith('text/') && part.filename) return part.content.toString('utf8');
  if (type !== 'application/pdf') return '';
  const pdf = new PDFParse({ data: part.content });
  const text = (await pdf.getText()).text.replace(/-- \d+ of \d+ --/g, '');
  return /\p{L}{20}/u.test(text.replace(/\s/g, '')) || !useOcr ? text : ocr(pdf);
}

async function ocr(pdf: PDFParse): Promise<string> {
  const { createWorker } = await import('tesseract.js');
  const eng = createRequire(import.meta.url)('@tesseract.js-data/eng') as { langPath: string };
  const shots = await pdf.getScreenshot({ scale: 2 });
  const worker = await createWorker('eng', 1, { langPath: eng.langPath, gzip: true, cacheMethod: 'none' });
  const text = (await worker.recognize(Buffer.from(shots.pages[0]?.data ?? []))).data.text;
  await worker.terminate();
  return text;
}

async function fieldInput(file: string): Promise<FieldInput> {
  const msg = await parseMessage(readFileSync(join(root, file)));
  const envelope = { body: msg.text, subject: msg.subject, fromName: msg.from?.name || null, fromAddress: msg.from?.address ?? '' };
  if (usePipeline) return { statement: (await extractStatement(msg)).text, ...envelope };
  let statement = '';
  for (const part of msg.parts.filter((p) => !p.related && !p.contentType.startsWith('image/'))) {
    statement = (await partText(part)).trim();
    if (statement) break;
  }
  return { statement: statement || msg.text, ...envelope };
}

function same(field: (typeof FIELDS)[number], want: unknown, got: unknown): boolean {
  if (field === 'areas') return JSON.stringify([...(want as string[])].sort()) === JSON.stringify([...(got as string[])].sort());
  return want === got;
}

/** Institution names are long; share of expected words found, to see near misses. */
function overlap(want: string, got: string | null): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const w = words(want);
  const g = words(got ?? '');
  return w.size ? [...w].filter((x) => g.has(x)).length / w.size : 0;
}

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { messages: Array<{ file: string; kind: string; expected: Expected }> };
const tally = Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, n: 0, misses: [] as string[] }]));
for (const m of manifest.messages.filter((x) => APPLICATION_KINDS.has(x.kind))) {
  const got = extractFields(await fieldInput(m.file));
  const id = m.file.replace(/^messages\//, '').slice(0, 3);
  console.log(`\n${m.file}`);
  for (const f of FIELDS) {
    const want = m.expected[f];
    if (want === undefined) continue;
    const ok = same(f, want, got[f]);
    const t = tally[f]!;
    t.n++;
    if (ok) t.ok++;
    else t.misses.push(`${id}: want ${JSON.stringify(want)} got ${JSON.stringify(got[f])}`);
    const extra = f === 'institution' && !ok ? ` (word overlap ${overlap(String(want), got.institution).toFixed(2)})` : '';
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${f}: want ${JSON.stringify(want)} got ${JSON.stringify(got[f])}${extra}`);
  }
}
console.log('\nAccuracy per field');
for (const f of FIELDS) {
  const t = tally[f]!;
  console.log(`  ${f.padEnd(12)} ${t.ok}/${t.n}${t.misses.length ? `  misses: ${t.misses.join('; ')}` : ''}`);
}
process.exit(0); // pdf.js and the OCR worker keep the event loop alive
