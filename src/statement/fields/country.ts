/**
 * The applicant's country (English name). Where the writer says where they are: a "Country:" or
 * "Institution:" line, the letterhead, the signature; then "in my country, Kenya" or "a Kenyan
 * librarian"; then the mail domain (.ng, .kz). Countries named in the prose are places of
 * interest, not home, and the program's own Chicago address is never the applicant's.
 */
import { headerLines, PROGRAM_LINE, signatureLines } from './blocks.js';
import { type CountryHit, countryOfAddress, countryOfDemonym, DEMONYM_SOURCE, findCityCountries, findCountries } from './countries.js';
import { readLabels } from './labels.js';
import { fold } from './text.js';

export interface CountryInput {
  statement: string;
  cover: string;
  fromAddress: string;
  /** The institution found, whose name often holds the country ("National Library of Vietnam"). */
  institution?: string | null;
}

/** "Urbana, IL 61801": a US state code and ZIP code. */
const US_ADDRESS = /(?<![A-Za-z])(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?(?!\d)/;
const SELF_PHRASES = [
  /(?:my|our) (?:home )?country,? (?:namely |i\.e\.,? )?([\p{L} '-]{3,40})/u,
  /(?:i am|i'm|i come|originally) from (?:the )?([\p{L} '-]{3,40})/u,
  /(?:(?:i am|i'm) an? [\p{L} -]{0,30}(?:librarian|archivist)|i (?:currently )?(?:work|live)|i am based|here|back home) in (?:the )?([\p{L} '-]{3,40})/u,
  /(?:mi|nuestro) pa[ií]s,? ([\p{L} '-]{3,40})/u,
  /(?:mon|notre) pays,? (?:le |la |l')?([\p{L} '-]{3,40})/u,
  /(?:libraries|librarians|bibliotecas|bibliotheques) (?:in|of|en|de|du|au) (?:my|our|mi|nuestro|mon|notre) country \(([^)]{3,40})\)/u,
];
const SELF_DEMONYM = new RegExp(String.raw`(?:i am|i'm|as) an? (?:young |senior )?(${DEMONYM_SOURCE})(?= (?:librarian|archivist|citizen|national|professional|information))`, 'u');

/** Label lines whose countries are wishes or skills, not an address. */
const NOT_ADDRESS = /^(?:(?:preferred )?areas?|regions?|role|languages?|idiomas?|langues?|interests?)\b/i;

export function extractCountry(input: CountryInput): string | null {
  const letterhead = [...headerLines(input.statement), ...signatureLines(input.statement), ...signatureLines(input.cover)];
  return (
    fromLabels(input.statement) ??
    fromLines(letterhead, findCountries) ??
    lastOf(findCountries(input.institution ?? '')) ??
    fromSelfPhrases(input.statement) ??
    fromLines(letterhead, findCityCountries) ??
    lastOf(findCityCountries(input.institution ?? '')) ??
    countryOfAddress(input.fromAddress)
  );
}

function fromLabels(text: string): string | null {
  const labels = readLabels(text);
  // A "Name:" line often carries the whole affiliation ("Name: X, Librarian, Y Library, Cape Town, South Africa").
  for (const value of [labels.country, labels.institution, labels.name]) {
    const hit = value ? lastOf(findCountries(value)) ?? lastOf(findCityCountries(value)) : null;
    if (hit) return hit;
  }
  return null;
}

/** The first line that names a country (or, with `findCityCountries`, a city); within a line the last one. */
export function fromLines(lines: string[], find: (text: string) => CountryHit[]): string | null {
  for (const line of lines) {
    if (PROGRAM_LINE.test(line) || NOT_ADDRESS.test(line)) continue;
    const hit = lastOf(find(line)) ?? (US_ADDRESS.test(line) ? 'United States' : null);
    if (hit) return hit;
  }
  return null;
}

function lastOf(hits: CountryHit[]): string | null {
  return hits[hits.length - 1]?.country ?? null;
}

function fromSelfPhrases(text: string): string | null {
  const folded = fold(text.replace(/\s+/g, ' '));
  for (const re of SELF_PHRASES) {
    const m = re.exec(folded);
    const hit = m?.[1] ? findCountries(m[1])[0] : undefined;
    if (hit && hit.index === 0) return hit.country;
  }
  const demonym = SELF_DEMONYM.exec(folded);
  return demonym?.[1] ? countryOfDemonym(demonym[1]) : null;
}
