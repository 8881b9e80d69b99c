/**
 * Name, institution and country corrections. Values are read from the line as written (case and
 * accents kept), because a spelling correction is the whole point; a labelled line ("Name: …")
 * wins over prose ("my name is spelled …").
 */
import { findCountries } from '../../statement/fields/countries.js';
import { readLabels } from '../../statement/fields/labels.js';
import { cleanName } from '../../statement/fields/name-clean.js';
import { ownText } from './text.js';

/** "my name is spelled", "my name should be", "mi nombre se escribe", "mon nom s'écrit", "je m'appelle". */
const NAME_CUES = [
  /(?:my (?:full )?name|the (?:correct )?spelling(?: of my name)?)\s+(?:is\s+|should\s+)?(?:spelled|spelt|written|be|read|reads|is)(?:\s+as)?\s*:?\s*/iu,
  /(?:please\s+)?(?:spell|write|correct|change)\s+my\s+(?:full\s+)?name\s+(?:as|to)\s*:?\s*/iu,
  /(?:mi nombre(?: completo)?|el nombre correcto)\s+(?:se escribe|es|deber[ií]a ser|correcto es)(?:\s+as[ií])?\s*:?\s*|me llamo\s+/iu,
  /(?:mon nom(?: complet)?)\s+(?:s['’][ée]crit|est|devrait être|correct est)(?:\s+ainsi)?\s*:?\s*|je m['’]appelle\s+/iu,
];

/** Phrases naming where the writer works. `strict` ones also name many places, so an institution word is required. */
const INSTITUTION_CUES: ReadonlyArray<{ re: RegExp; strict: boolean }> = [
  { re: /(?:my (?:institution|employer|organi[sz]ation|affiliation|library)(?: name)?|(?:the )?(?:institution|affiliation|employer) should)\s+(?:is|should be|should read|be|read|is called)\s*:?\s*/iu, strict: false },
  { re: /i (?:now |currently )?work (?:at|for)\s+/iu, strict: false },
  { re: /i (?:have |['’]ve )?(?:moved|changed jobs?|transferred) to\s+/iu, strict: true },
  { re: /(?:i am|i['’]m) (?:now |currently )?(?:at|with|employed (?:at|by))\s+/iu, strict: true },
  { re: /mi (?:instituci[oó]n|biblioteca|organizaci[oó]n)\s+(?:es|se llama|deber[ií]a ser)\s+|trabajo (?:en|para)\s+/iu, strict: true },
  { re: /mon (?:institution|établissement|employeur|organisme)\s+(?:est|s['’]appelle|devrait être)\s+|je travaille (?:à|a|au|aux|pour|chez|dans)\s+/iu, strict: true },
];
const INSTITUTION_WORD = /librar|universi|biblio|institut|college|colegio|coll[eè]ge|[ée]cole|school|museum|museo|mus[ée]e|archiv|cent(?:er|re|ro)|ministr|minist[eè]re|foundation|fundaci|council|consejo|acad[eé]m|society|sociedad|soci[ée]t[ée]|agency|agencia|agence/i;

/** Phrases placing the writer; the country must follow at once ("I am from Kenya, not Uganda"). */
const COUNTRY_CUES = [
  /(?:(?:i am|i['’]m|i) (?:now |currently )?(?:based|living|located) in|i (?:now |currently )?live in|(?:i am|i['’]m|i come) (?:originally )?from|my country (?:is|should be)|(?:the )?country should (?:be|read))\s+(?:the\s+)?/iu,
  /(?:vivo|resido|estoy radicad[oa]) en\s+|soy de\s+|mi pa[ií]s (?:es|deber[ií]a ser)\s+/iu,
  /(?:je (?:vis|r[ée]side|suis bas[ée]e?|habite)) (?:en|au|aux|à|a)\s+|je viens (?:du|de la|des|de|d['’])\s*|mon pays (?:est|devrait être)\s+(?:le |la |l['’])?/iu,
];

/** Where a value written after a cue stops: a comma, "not …", "as a librarian", a sentence end. */
const VALUE_END = /\s*(?:[,;(]|\s[-–—]\s|\s(?:not|instead|rather|please|thanks|thank|but|as|where|since|no|pas|pero|mais|como|comme|donde|desde|depuis|and not|y no|et non)\s|(?<=\p{L}{3}|\))[.!?](?:\s|$)|[!?])/u;

export function nameCorrection(text: string): string | undefined {
  const own = ownText(text);
  const labelled = readLabels(own).name;
  if (labelled) return cleanName(labelled) ?? undefined;
  for (const value of valuesAfter(own, NAME_CUES)) {
    const name = longestName(value);
    if (name) return name;
  }
  return undefined;
}

/** "Jürgen Müller and I am a mentor" → "Jürgen Müller": the longest run of words that reads as a name. */
function longestName(value: string): string | null {
  const tokens = value.split(/\s+/);
  for (let n = Math.min(6, tokens.length); n >= 1; n--) {
    // A name does not end on a particle: "José Pérez y soy…" is "José Pérez".
    if (n > 1 && /^\p{Ll}/u.test(tokens[n - 1] ?? '')) continue;
    const name = cleanName(tokens.slice(0, n).join(' '));
    if (name) return name;
  }
  return null;
}

export function institutionCorrection(text: string): string | undefined {
  const own = ownText(text);
  const labelled = readLabels(own).institution?.trim();
  if (labelled && /\p{L}{2}/u.test(labelled)) return labelled.replace(/[.!]+$/, '');
  for (const { re, strict } of INSTITUTION_CUES) {
    for (const raw of valuesAfter(own, [re])) {
      const value = raw.replace(/^(?:the|la|el|le|l['’])\s*/iu, '').trim();
      const proper = /^\p{Lu}/u.test(value) && value.length >= 3 && value.length <= 150;
      if (proper && (!strict || INSTITUTION_WORD.test(value))) return value;
    }
  }
  return undefined;
}

export function countryCorrection(text: string): string | undefined {
  const own = ownText(text);
  const labelled = readLabels(own).country;
  if (labelled) return findCountries(labelled)[0]?.country;
  for (const raw of valuesAfter(own, COUNTRY_CUES, false)) {
    const hit = findCountries(raw)[0];
    if (hit && hit.index === 0) return hit.country;
  }
  return undefined;
}

/**
 * What follows each cue on its line, up to the value's end. A cue ending its line ("my name
 * should be spelled:") takes the next line as the value, the way people write it.
 */
function valuesAfter(text: string, cues: readonly RegExp[], cut = true): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    for (const cue of cues) {
      const m = cue.exec(line);
      if (!m) continue;
      const rest = line.slice(m.index + m[0].length).trim() || (lines[i + 1] ?? '').trim();
      const value = cut ? (rest.split(VALUE_END)[0] ?? '') : rest;
      out.push(value.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim());
    }
  });
  return out.filter(Boolean);
}
