/** Choosing between the statement's name and the From display name, and telling whether two are one person. */
import { cleanName } from './name-clean.js';
import { fold, isLatinOnly, nonEmptyLines } from './text.js';

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

/**
 * The statement's own form wins, except that a From display name naming the same person with
 * fewer or more parts ("Adaeze Okonkwo" for "Adaeze Ngozi Okonkwo") wins when the person also
 * signs that way (`signed`). A From in another script than the statement ("Айгерим Сапарова")
 * never replaces a Latin signature.
 */
export function chooseName(statement: string | null, fromName: string | null, opts: { signed?: boolean; weak?: boolean } = {}): string | null {
  if (!statement) return fromName;
  if (!fromName) return statement;
  if (!sameScript(statement, fromName) || !samePerson(statement, fromName)) {
    // A guessed heading ("Buenos Aires") loses to a Latin From naming someone else.
    return opts.weak && isLatinOnly(fromName) ? fromName : statement;
  }
  const a = tokens(statement);
  const b = tokens(fromName);
  const sameParts = a.length === b.length && a.every((t) => b.includes(t));
  // Same words in another order ("Yamada Hanako"): the statement's order is the signing order.
  if (sameParts) return accentCount(fromName) > accentCount(statement) ? fromName : statement;
  if (!opts.signed) return statement;
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
