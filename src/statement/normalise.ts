/**
 * Text clean-up shared by every extractor and the mail body, so that field extraction and the
 * database see one shape: `\n` line ends, no BOM/NUL/control characters, at most one blank line
 * in a row, NFC (PDFs often carry decomposed accents). Diacritics and scripts are kept as they are.
 */
export function normaliseText(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    // BOM anywhere (concatenated files), soft hyphens, and C0 controls other than tab/newline.
    .replace(/[\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .normalize('NFC')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(clean, maxChars);
}

/** Cuts at maxChars without leaving half a surrogate pair behind. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Letters in any script: the measure of "readable" (digits and punctuation from a bad scan do not count). */
export function countLetters(text: string): number {
  return text.replace(/\P{L}+/gu, '').length;
}
