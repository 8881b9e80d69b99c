/**
 * The applicant's name, written the way they sign: a "Name:" line, "My name is …", the line under a
 * closing ("Sincerely,"), a name-like heading, or the From display name.
 */
import { CLOSING, CLOSING_END } from './blocks.js';
import { cleanName } from './name-clean.js';
import { readLabels } from './labels.js';
import { fold, isLatinOnly, nonEmptyLines } from './text.js';

/** "Sincerely, Robert Hanlon" on one line. */
const CLOSING_INLINE = new RegExp(String.raw`^(?:${CLOSING})\s*,\s*(.+)$`, 'iu');
const MY_NAME = /\b(?:my name is|me llamo|mi nombre es|je m'appelle|je me nomme|meu nome é)\s+(.+?)(?=\s+(?:and|y|et|e)\s|[,;]|\.\s|$)/imu;

export interface NameInput {
  statement: string;
  cover: string;
  fromName: string | null;
  /** The whole mail body, quotes included: a resubmission quotes how the person signed before. */
  body?: string;
}

/** Picks the name; see `chooseName` for how statement and From are weighed. */
export function extractName(input: NameInput): string | null {
  const fromName = input.fromName ? cleanName(input.fromName, { reverseComma: true }) : null;
  const statement = statementName(input.statement);
  const cover = input.cover === input.statement ? null : signatureNames(input.cover)[0] ?? null;
  const signed = fromName !== null && signsAs(fromName, [input.statement, input.body ?? input.cover]);
  return chooseName(statement ?? cover, fromName, signed);
}

/** Whether some line of these texts, cleaned, is exactly this name ("Adaeze Okonkwo (Mrs.)"). */
export function signsAs(name: string, texts: string[]): boolean {
  const want = tokens(name).join(' ');
  return texts.some((text) =>
    nonEmptyLines(text.replace(/^[ >]+/gm, '')).some((line) => {
      const clean = line.length < 80 ? cleanName(line) : null;
      return clean !== null && tokens(clean).join(' ') === want;
    }),
  );
}

/** The best name the statement itself gives; Latin spellings first (the From may be native script). */
export function statementName(text: string): string | null {
  const labelled = readLabels(text).name;
  const candidates = [
    labelled ? cleanName(labelled) : null,
    myNameIs(text),
    ...signatureNames(text),
    headingName(text),
    trailingName(text),
  ].filter((c): c is string => Boolean(c));
  return candidates.find(isLatinOnly) ?? candidates[0] ?? null;
}

function myNameIs(text: string): string | null {
  const m = MY_NAME.exec(text.replace(/\s*\n\s*/g, ' '));
  return m?.[1] ? cleanName(m[1]) : null;
}

/** Names found within three lines under each closing, last closing first (the statement's own). */
export function signatureNames(text: string): string[] {
  const lines = nonEmptyLines(text);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const inline = CLOSING_INLINE.exec(line);
    const inlineName = inline?.[1] ? cleanName(inline[1]) : null;
    if (inlineName) out.push(inlineName);
    else if (CLOSING_END.test(line)) {
      const next = lines.slice(i + 1, i + 4).map((l) => cleanName(l)).find(Boolean);
      if (next) out.push(next);
    }
  });
  return out.reverse();
}

/** A name-like line among the first lines (title pages and letterheads start with the name). */
function headingName(text: string): string | null {
  for (const line of nonEmptyLines(text).slice(0, 6)) {
    const name = cleanName(line);
    if (name) return name;
  }
  return null;
}

/** A statement that ends "…consideration.\nPriya Venkataraman\n14 November 2014" signs without a closing. */
function trailingName(text: string): string | null {
  const tail = nonEmptyLines(text).slice(-4).reverse();
  for (const line of tail) {
    const name = cleanName(line);
    if (name) return name;
  }
  return null;
}

/**
 * The statement's own form wins, except that a From display name naming the same person with
 * fewer or more parts ("Adaeze Okonkwo" for "Adaeze Ngozi Okonkwo") wins when the person also
 * signs that way (`signed`). A From in another script than the statement ("Айгерим Сапарова")
 * never replaces a Latin signature.
 */
export function chooseName(statement: string | null, fromName: string | null, signed = false): string | null {
  if (!statement) return fromName;
  if (!fromName || !signed || !sameScript(statement, fromName) || !samePerson(statement, fromName)) return statement;
  return accentCount(fromName) < accentCount(statement) ? statement : fromName;
}

function tokens(name: string): string[] {
  return fold(name)
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** Every part of the shorter name is in the longer one (an initial matches a whole part). */
export function samePerson(a: string, b: string): boolean {
  const [short, long] = tokens(a).length <= tokens(b).length ? [tokens(a), tokens(b)] : [tokens(b), tokens(a)];
  if (short.length < 2) return false;
  return short.every((t) => long.some((u) => u === t || (t.length === 1 && u.startsWith(t)) || (u.length === 1 && t.startsWith(u))));
}

function sameScript(a: string, b: string): boolean {
  return isLatinOnly(a) === isLatinOnly(b);
}

function accentCount(name: string): number {
  return (name.normalize('NFD').match(/\p{M}/gu) ?? []).length;
}
