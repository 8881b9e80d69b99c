import { inflatedSize, listZipEntries, readZipEntry } from '../zip.js';
import { MAX_INFLATED_BYTES } from './docx.js';
import { failed, fromText, type Extractor } from './types.js';

/** OpenDocument text (LibreOffice): the text lives in content.xml; no library needed. */
export const extractOdt: Extractor = async (bytes, ctx) => {
  const entries = listZipEntries(bytes);
  if (!entries) return failed('corrupt', 'ODT is not a complete zip archive (truncated?)');
  if (inflatedSize(entries) > MAX_INFLATED_BYTES) return failed('too_large', 'ODT inflates to more than 100 MB');
  const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
  if (manifest && readZipEntry(bytes, manifest, MAX_INFLATED_BYTES).includes('encryption-data')) {
    return failed('encrypted', 'ODT is password-protected');
  }
  const content = entries.find((e) => e.name === 'content.xml');
  if (!content) return failed('corrupt', 'ODT has no content.xml');
  return fromText(odfXmlToText(readZipEntry(bytes, content, MAX_INFLATED_BYTES).toString('utf8')), ctx, 'ODT');
};

/** Paragraphs and headings end a line; <text:s text:c="n"/> is n spaces; tabs and breaks are kept. */
export function odfXmlToText(xml: string): string {
  const body = xml.slice(Math.max(0, xml.indexOf('<office:body')));
  return body
    .replace(/<text:(tab)\b[^>]*\/>/g, '\t')
    .replace(/<text:line-break\b[^>]*\/>/g, '\n')
    .replace(/<text:s\b(?:[^>]*text:c="(\d+)")?[^>]*\/>/g, (_, n?: string) => ' '.repeat(Math.min(Number(n ?? 1), 100)))
    .replace(/<\/text:(p|h)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => xmlEntity(e));
}

function xmlEntity(name: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  if (named[name]) return named[name];
  const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
