/**
 * The applicant's name, written the way they sign: a "Name:" line, "My name is …", the line under a
 * closing ("Sincerely,"), a name-like heading, or the From display name.
 */
import { CLOSING, CLOSING_END } from './blocks.js';
import { cleanName } from './name-clean.js';
import { readLabels } from './labels.js';
import { chooseName, signedForm } from './name-choose.js';
import { isLatinOnly, nonEmptyLines } from './text.js';

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
  const own = statementCandidate(input.statement);
  const coverName = input.cover === input.statement ? null : signatureNames(input.cover)[0] ?? null;
  const statement = own ?? (coverName ? { name: coverName, strong: true } : null);
  const signed = fromName === null ? null : signedForm(fromName, [input.statement, input.body ?? input.cover]);
  return chooseName(statement?.name ?? null, fromName, { signed, weak: statement ? !statement.strong : false });
}

interface Candidate {
  name: string;
  /** Labelled, introduced or signed; a bare heading or last line is only a guess. */
  strong: boolean;
}

/** The best name the statement itself gives; Latin spellings first (the From may be native script). */
export function statementName(text: string): string | null {
  return statementCandidate(text)?.name ?? null;
}

function statementCandidate(text: string): Candidate | null {
  const labelled = readLabels(text).name;
  const strong = [labelled ? cleanName(labelled) : null, myNameIs(text), ...signatureNames(text)];
  const weak = [headingName(text), trailingName(text)];
  const all = [
    ...strong.filter((n): n is string => Boolean(n)).map((name) => ({ name, strong: true })),
    ...weak.filter((n): n is string => Boolean(n)).map((name) => ({ name, strong: false })),
  ];
  return all.find((c) => isLatinOnly(c.name)) ?? all[0] ?? null;
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
