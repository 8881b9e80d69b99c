/** Text helpers for the matching readers. Kept here so matching does not lean on the statement readers' internals. */

/** Lower case without accents, so 'Español' and 'espanol' meet. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Clauses for phrase checks: a language named in one sentence says nothing about the next. */
export function clauses(text: string): string[] {
  return text
    .split(/[.!?;\n]+(?:\s|$)|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Number words in English, Spanish and French (folded), as far as statements use them. */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  un: 1, uno: 1, una: 1, une: 1, dos: 2, deux: 2, tres: 3, trois: 3, cuatro: 4, quatre: 4,
  cinco: 5, cinq: 5, seis: 6, siete: 7, sept: 7, ocho: 8, huit: 8, nueve: 9, neuf: 9,
  diez: 10, dix: 10, once: 11, onze: 11, doce: 12, douze: 12, trece: 13, treize: 13,
  catorce: 14, quatorze: 14, quince: 15, quinze: 15, dieciseis: 16, seize: 16,
  diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, vingt: 20,
  treinta: 30, trente: 30, cuarenta: 40, quarante: 40,
  veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29,
};

const TENS = 'twenty|thirty|forty|fifty|veinte|treinta|cuarenta|vingt|trente|quarante';
const DIGITS = 'one|two|three|four|five|six|seven|eight|nine|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|un|deux|trois|quatre|cinq|sept|huit|neuf';
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');

/** A number word, a compound of tens ("twenty-five", "treinta y dos", "vingt-deux") or digits; folded text. */
export const NUMBER_SOURCE = String.raw`\d{1,2}|(?:${TENS})(?:(?:-| y | et |-et-| )(?:${DIGITS}))?|${byLength(Object.keys(UNITS))}`;

/** The value of a NUMBER_SOURCE match (folded), or null. */
export function numberValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.split(/-et-|-| y | et | /);
  let total = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}
