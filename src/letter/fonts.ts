/**
 * The letter's fonts: DejaVu Sans, because names come from everywhere (Jürgen, Nguyễn, Олена) and
 * the PDF standard fonts only cover Latin-1. DejaVu has no CJK, so a character it lacks becomes '?'
 * rather than an invisible .notdef box; callers can log what was lost with missingGlyphs().
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

export type Weight = 'regular' | 'bold';

export interface FontFile {
  bytes: Uint8Array;
  /** Parsed once, for glyph checks and for every document the font is embedded in (see `fontkitForLetters`). */
  font: fontkit.Font;
  /** fontkit's cmap lookup, remembered per code point: a letter asks about the same few dozen. */
  has(codePoint: number): boolean;
}

const FILES: Record<Weight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

const require = createRequire(import.meta.url);
const loaded = new Map<Weight, FontFile>();

/** Read on first use and kept: most processes never write a letter, and the files are 700 kB each. */
export function fontFile(weight: Weight): FontFile {
  let file = loaded.get(weight);
  if (!file) {
    const bytes = new Uint8Array(readFileSync(require.resolve(FILES[weight])));
    const font = fontkit.create(bytes);
    const known = new Map<number, boolean>();
    const has = (cp: number): boolean => {
      let yes = known.get(cp);
      if (yes === undefined) known.set(cp, (yes = font.hasGlyphForCodePoint(cp)));
      return yes;
    };
    file = { bytes, font, has };
    loaded.set(weight, file);
  }
  return file;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * fontkit for pdf-lib, handing back the already parsed font for our own bytes. pdf-lib would parse
 * the 700 kB file again for every document, copying it byte by byte through fontkit's Buffer shim:
 * that was two thirds of a letter's time. A fontkit Font is safe to share; each embedding makes its own subset.
 */
export const fontkitForLetters: Fontkit = {
  create(bytes, postscriptName) {
    const parsed = [...loaded.values()].find((f) => f.bytes === bytes);
    return (parsed?.font ?? fontkit.create(bytes, postscriptName)) as unknown as ReturnType<Fontkit['create']>;
  },
};

type Fate = 'space' | 'drop' | 'draw' | 'missing';

/** Line breaks and tabs are layout; zero-width joiners, soft hyphens and direction marks are invisible. */
function fate(ch: string, has: (codePoint: number) => boolean): Fate {
  if (/^[\p{Cc}\p{Zl}\p{Zp}]$/u.test(ch)) return 'space';
  if (/^\p{Cf}$/u.test(ch)) return 'drop';
  return has(ch.codePointAt(0) ?? 0) ? 'draw' : 'missing';
}

/** The distinct characters of `text` the font cannot draw, in order of first appearance. */
export function missingGlyphs(text: string, weight: Weight = 'regular'): string[] {
  const { has } = fontFile(weight);
  return [...new Set([...text.normalize('NFC')].filter((ch) => fate(ch, has) === 'missing'))];
}

/** One line as the font can draw it: NFC (precomposed accents), controls as spaces, missing glyphs as '?'. */
export function drawable(text: string, weight: Weight): string {
  const { has } = fontFile(weight);
  const shown: Record<Fate, (ch: string) => string> = { space: () => ' ', drop: () => '', draw: (ch) => ch, missing: () => '?' };
  return [...text.normalize('NFC')].map((ch) => shown[fate(ch, has)](ch)).join('');
}
