/** Turning a raw name string (a label value, a signature line, a From display name) into a clean name. */
import { isLatinOnly, LATIN, NON_LATIN_LETTER } from './text.js';

/** Honorifics that are not part of how a name is written. 'Ma.' (Filipino Maria) is deliberately absent. */
const TITLES = /^(?:dr|dra|mr|mrs|ms|miss|mx|prof|professor|sr|sra|srta|lic|licda|ing|mtro|mtra|mme|mlle|dott|herr|frau|rev|sir|madam|madame)\.?\s+/i;
/** Degrees and post-nominals written after a comma or at the end. */
const DEGREES = /^(?:ph\.?\s?d\.?|m\.?l\.?i\.?s\.?|m\.?l\.?s\.?|m\.?s\.?l\.?s\.?|m\.?a\.?|m\.?sc\.?|b\.?a\.?|mba|dr\.?|msc|m\.?i\.?s\.?|cand\.?\s?sc\.?|dphil|ahip|mls|mlis|lic\.?|mrs\.?|ms\.?|mr\.?)$/i;
const PARTICLES = new Set(['da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'bin', 'binti', 'al', 'el', 'ten', 'ter', 'zu', 'af', 'av']);
/** Words that show a line is not a person's name. */
const NOT_NAME_WORDS = String.raw`library|libraries|librarian|univers\p{L}*|college|institut\p{L}*|national|nacional|department|departamento|division|section|office|center|centre|services?|program(?:me)?|committee|association|expression|interest|statement|application|mentor|mentee|dear|estimad[oa]s?|regards|sincerely|thank|thanks|yours|page|e-?mail|phone|tel|bibliotec\p{L}*|biblioth\p{L}*|archives?|collections?|street|road|avenue|box|city|campus|faculty|school|attached|attachment|madam|sir|colleagues|coordinators?|members|chair|atentamente|cordialement|saludos|sent|iphone`;
const NOT_NAME = new RegExp(String.raw`(?<!\p{L})(?:${NOT_NAME_WORDS})(?!\p{L})`, 'iu');

/** "Müller, Jürgen" → "Jürgen Müller"; "Olena Kovalenko, PhD" → "Olena Kovalenko". */
export function resolveComma(raw: string, allowReverse: boolean): string {
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const kept = parts.filter((p, i) => i === 0 || !DEGREES.test(p));
  if (kept.length === 1) return kept[0] ?? '';
  const [first = '', second = ''] = kept;
  // Reversal only when the part before the comma is a bare surname, or the caller knows the
  // source writes "Last, First" (mail clients); "Maria Lopez, Buenos Aires" stays "Maria Lopez".
  const surnameOnly = first.split(/\s+/).filter((t) => !PARTICLES.has(t.toLowerCase())).length === 1;
  if (kept.length === 2 && (allowReverse || surnameOnly) && isGivenNames(second)) return `${second} ${first}`;
  return first;
}

/** "Jürgen", "Ma. Cristina": one to four capitalised words after a "Last," part. */
function isGivenNames(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.length <= 4 && !NOT_NAME.test(text) && !/[\d@:;]/.test(text) && tokens.every((t) => /^\p{Lu}/u.test(t));
}

/** Alternatives a person writes side by side: "Hanako YAMADA (山田花子)", "Олена Коваленко / Olena Kovalenko". */
export function alternatives(raw: string): string[] {
  const pieces = raw
    .split(/[()（）[\]/|]|\s[–—-]\s/)
    .map((p) => p.trim())
    .filter((p) => /\p{L}/u.test(p));
  const out: string[] = [];
  for (const piece of pieces) out.push(...splitScripts(piece));
  return out;
}

/** "Hanako Yamada 山田花子" → ["Hanako Yamada", "山田花子"]. */
function splitScripts(piece: string): string[] {
  if (!LATIN.test(piece) || !NON_LATIN_LETTER.test(piece)) return [piece];
  const latin = piece.split(/\s+/).filter((t) => isLatinOnly(t) || !/\p{L}/u.test(t)).join(' ');
  const other = piece.split(/\s+/).filter((t) => NON_LATIN_LETTER.test(t)).join(' ');
  return [latin, other].filter((s) => s.trim());
}

export function stripTitles(name: string): string {
  let out = name.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
  for (let i = 0; i < 3 && TITLES.test(out); i++) out = out.replace(TITLES, '');
  const tokens = out.split(/\s+/);
  while (tokens.length > 1 && DEGREES.test((tokens[tokens.length - 1] ?? '').replace(/^,/, ''))) tokens.pop();
  return tokens.join(' ').replace(/[,;:]+$/, '').trim();
}

/** "Hanako YAMADA" → "Hanako Yamada"; all-caps words are shouting, not spelling. */
export function fixCase(name: string): string {
  return name
    .split(/\s+/)
    .map((t, i) => {
      if (!/^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u.test(t) || !LATIN.test(t)) return t;
      return i > 0 && PARTICLES.has(t.toLowerCase()) ? t.toLowerCase() : titleCase(t);
    })
    .join(' ');
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** 2–6 words, each capitalised (any script), an initial, or a particle; or 2–8 CJK characters. */
export function isNameLike(text: string): boolean {
  const s = text.trim();
  if (!s || /[\d@#%&*=<>_:;!?]/.test(s) || NOT_NAME.test(s)) return false;
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s·・]{2,10}$/u.test(s)) return true;
  const tokens = s.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  const named = tokens.filter((t) => /^\p{Lu}/u.test(t) && !/^\p{Lu}\.?$/u.test(t));
  return named.length >= 2 && tokens.every((t) => /^\p{Lu}/u.test(t) || PARTICLES.has(t.toLowerCase()));
}

/** The whole clean-up for one raw candidate; prefers the Latin spelling when several are given. */
export function cleanName(raw: string, opts: { reverseComma?: boolean } = {}): string | null {
  const options = alternatives(raw)
    .map((alt) => fixCase(stripTitles(resolveComma(stripTitles(alt), opts.reverseComma ?? false))))
    .filter(isNameLike);
  return options.find(isLatinOnly) ?? options[0] ?? null;
}
