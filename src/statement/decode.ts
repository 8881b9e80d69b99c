import { isUtf8 } from 'node:buffer';

/**
 * Turns the bytes of a plain-text part into a string. The part's declared charset is not available
 * (InboundPart keeps only the media type), so the bytes decide: BOM, UTF-16 without BOM (NUL
 * pattern), ISO-2022-JP escapes, valid UTF-8, and Windows-1252 as the last resort (Notepad's "ANSI").
 */
export interface DecodedText {
  text: string;
  charset: string;
}

const SAMPLE = 4096;

export function decodeText(bytes: Buffer, declared?: string | null): DecodedText {
  const detected = detectCharset(bytes);
  // The bytes win where they are sure (BOM, UTF-16, ISO-2022-JP, valid UTF-8); a declared legacy
  // charset (KOI8-R, Shift_JIS …) beats the Windows-1252 guess.
  const charset = detected === 'windows-1252' && declared && isLegacyLabel(declared) ? declared : detected;
  return { text: decodeAs(bytes.subarray(bomLength(bytes)), charset), charset };
}

/** Node 20's TextDecoder decodes windows-1252 as Latin-1 (0x80-0x9F become C1 controls), so those 32 are mapped here. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset !== 'windows-1252') return new TextDecoder(charset).decode(bytes);
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function detectCharset(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (/\x1b\$[@B]/.test(bytes.subarray(0, SAMPLE).toString('latin1'))) return 'iso-2022-jp';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function bomLength(bytes: Buffer): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2;
  return 0;
}

/** Latin text in UTF-16 has a NUL in every other byte and printable ASCII in the rest; which half says the byte order. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 16) return null;
  const pairs = n / 2;
  const stats = [0, 1].map((half) => {
    let nul = 0;
    let printable = 0;
    for (let i = half; i < n; i += 2) {
      const b = bytes[i] ?? 0;
      if (b === 0) nul += 1;
      else if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09) printable += 1;
    }
    return { nul, printable };
  });
  const [even, odd] = stats as [{ nul: number; printable: number }, { nul: number; printable: number }];
  if (odd.nul > pairs * 0.4 && even.nul < pairs * 0.05 && even.printable > pairs * 0.4) return 'utf-16le';
  if (even.nul > pairs * 0.4 && odd.nul < pairs * 0.05 && odd.printable > pairs * 0.4) return 'utf-16be';
  return null;
}

/**
 * Whether bytes are text at all: a BOM or UTF-16 pattern, or no NUL and hardly any control bytes
 * in the first 4 KB (ESC is allowed for ISO-2022-JP, form feed for printed text).
 */
export function looksLikeText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  if (bomLength(bytes) > 0 || utf16WithoutBom(bytes)) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  }
  return control <= n * 0.01;
}

function isLegacyLabel(label: string): boolean {
  if (/^(us-ascii|ascii|utf-?8|iso-8859-1|latin1|windows-1252|cp1252)$/i.test(label)) return false;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
