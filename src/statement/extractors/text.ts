import { decodeText } from '../decode.js';
import { fromText, type Extractor } from './types.js';

/** A .txt attachment in whatever encoding Notepad or a webmail produced (see decode.ts). */
export const extractText: Extractor = async (bytes, ctx) => fromText(decodeText(bytes, ctx.declaredCharset).text, ctx, 'text file');

/** An .html attachment (a statement saved from Word or a webmail as a web page). */
export const extractHtml: Extractor = async (bytes, ctx) => fromText(htmlToText(decodeText(bytes, ctx.declaredCharset).text), ctx, 'HTML file');

const MAX_HTML_CHARS = 2_000_000;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Enough HTML-to-text for a one-page document: block ends become line breaks, tags and scripts go. */
export function htmlToText(html: string): string {
  // The lazy regexes below are linear on sane HTML; the cap keeps a hostile page bounded.
  return html
    .slice(0, MAX_HTML_CHARS)
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table|blockquote|pre)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/[ \t\r\n]*\n[ \t\r\n]*\n[ \t\r\n]*/g, '\n\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}
