import type { DocKind, Sniffed } from '../sniff.js';
import type { StatementSource } from '../types.js';
import { extractDoc, extractEncryptedOffice } from './doc.js';
import { extractDocx } from './docx.js';
import { extractImage } from './image-ocr.js';
import { extractOdt } from './odt.js';
import { extractPdf } from './pdf.js';
import { extractRtf } from './rtf.js';
import { extractHtml, extractText } from './text.js';
import { failed, type Extractor } from './types.js';

export type { Extracted, ExtractContext, Extractor, ExtractStatus } from './types.js';

const READERS: Partial<Record<DocKind, Extractor>> = {
  pdf: extractPdf,
  docx: extractDocx,
  doc: extractDoc,
  odt: extractOdt,
  rtf: extractRtf,
  text: extractText,
  html: extractHtml,
  image: extractImage,
  'encrypted-office': extractEncryptedOffice,
};

/** The reader for a sniffed part; kinds without one read as `empty` or `unsupported`. */
export function extractorFor(sniffed: Sniffed): Extractor {
  const reader = READERS[sniffed.kind];
  if (reader) return reader;
  if (sniffed.kind === 'empty') return async () => failed('empty', 'the attachment is empty (0 bytes)');
  if (sniffed.kind === 'tnef') return async () => failed('corrupt', 'winmail.dat could not be decoded');
  return async () => failed('unsupported', `${sniffed.mediaType} is not a format a statement is read from`);
}

const SOURCES: Partial<Record<DocKind, StatementSource>> = {
  pdf: 'pdf', docx: 'docx', doc: 'doc', odt: 'odt', rtf: 'rtf', text: 'txt', html: 'txt', image: 'image', 'encrypted-office': 'docx',
};

export function sourceOf(kind: DocKind): StatementSource {
  return SOURCES[kind] ?? 'none';
}
