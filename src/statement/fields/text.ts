/** Text helpers shared by the field readers. All pure; none of them throws. */

/** NFC, no BOM, \n line ends, plain spaces: extractors (PDF, DOCX, OCR, mail) differ in all four. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // A tab is a table-cell gap: two spaces keep "Name<TAB>value" readable as a label.
    .replace(/\t/g, '  ')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/ +$/gm, '');
}

/** Lower case without accents, so 'África' and 'Africa' meet. Keeps non-Latin letters as they are. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Non-empty, trimmed lines. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * Sentences for context checks. PDF text wraps mid-sentence, so single newlines are joined first;
 * blank lines and label-like short lines still end a sentence.
 */
export function sentences(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/);
  const out: string[] = [];
  for (const para of paragraphs) {
    const joined = para
      .split('\n')
      .map((l) => l.trim())
      .reduce((acc, line) => (acc === '' ? line : endsSentence(acc) ? `${acc}\n${line}` : `${acc} ${line}`), '');
    for (const chunk of joined.split(/(?<=[.!?])\s+(?=[^a-z\s])|\n/u)) {
      const s = chunk.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** A line that ends a sentence or is short and unpunctuated (a heading, a label, an address line). */
function endsSentence(text: string): boolean {
  const last = text.slice(text.lastIndexOf('\n') + 1);
  return /[.!?:;]$/.test(last) || last.length < 60;
}

/**
 * The new text of a cover note: quoted lines ('>') and everything from a reply header
 * ("On … wrote:", "-----Original Message-----") down are someone's earlier words.
 */
export function stripQuoted(body: string): string {
  const lines = normaliseText(body).split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*-{2,}\s*(original message|forwarded message|mensaje original|message d'origine)/i.test(line)) break;
    if (/^\s*(on|el|le|am)\b.{0,120}\b(wrote|escribió|a écrit|schrieb)\s*:\s*$/i.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}

export const LATIN = /\p{Script=Latin}/u;
export const NON_LATIN_LETTER = /[\p{L}](?<!\p{Script=Latin})/u;

/** true when the string has Latin letters and no letters of another script. */
export function isLatinOnly(text: string): boolean {
  return LATIN.test(text) && !NON_LATIN_LETTER.test(text);
}

/** Regex-escape a literal. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
