/** Choosing between the statement's name and the From display name, and telling whether two are one person. */
import { cleanName } from './name-clean.js';
import { fold, isLatinOnly, nonEmptyLines } from './text.js';

/** The line of these texts that, cleaned, names this person in the same words ("Adaeze Okonkwo (Mrs.)"). */
export function signedForm(name: string, texts: string[]): string | null {
  const want = tokens(name).join(' ');
  for (const text of texts) {
    for (const line of nonEmptyLines(text.replace(/^[ >]+/gm, ''))) {
      const clean = line.length < 80 ? cleanName(line) : null;
      if (clean !== null && tokens(clean).join(' ') === want) return clean;
    }
  }
  return null;
}

/**
 * The statement's own form wins, except that a From display name naming the same person with
 * fewer or more parts ("Adaeze Okonkwo" for "Adaeze Ngozi Okonkwo") wins when the person also
 * signs that way: then the signed line is returned, accents as written. A From in another script
 * than the statement ("Айгерим Сапарова") never replaces a Latin signature.
 */
export function chooseName(statement: string | null, fromName: string | null, opts: { signed?: string | null; weak?: boolean } = {}): string | null {
  if (!statement) return fromName;
  if (!fromName) return statement;
  if (!sameScript(statement, fromName) || !samePerson(statement, fromName)) {
    // A guessed heading ("Buenos Aires") loses to a Latin From naming someone else.
    return opts.weak && isLatinOnly(fromName) ? fromName : statement;
  }
  const a = tokens(statement);
  const b = tokens(fromName);
  // Same words in another order ("Yamada Hanako"): the statement's order is the signing order.
  if (a.length === b.length && a.every((t) => b.includes(t))) return accentCount(fromName) > accentCount(statement) ? fromName : statement;
  return opts.signed ?? statement;
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
