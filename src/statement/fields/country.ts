/**
 * The applicant's country (English name). Where the writer says where they are: a "Country:" or
 * "Institution:" line, the letterhead, the signature; then "in my country, Kenya" or "a Kenyan
 * librarian"; then the mail domain (.ng, .kz). Countries named in the prose are places of
 * interest, not home, and the program's own Chicago address is never the applicant's.
 */
import { headerLines, PROGRAM_LINE, signatureLines } from './blocks.js';
import { countryOfAddress, countryOfDemonym, DEMONYM_SOURCE, findCountries } from './countries.js';
import { readLabels } from './labels.js';
import { fold } from './text.js';

export interface CountryInput {
  statement: string;
  cover: string;
  fromAddress: string;
}

/** "Urbana, IL 61801": a US state code and ZIP code. */
const US_ADDRESS = /(?<![A-Za-z])(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?(?!\d)/;
const SELF_PHRASES = [
  /(?:my|our) (?:home )?country,? (?:namely |i\.e\.,? )?([\p{L} '-]{3,40})/u,
  /(?:i am|i'm|i come|originally) from (?:the )?([\p{L} '-]{3,40})/u,
  /(?:mi|nuestro) pa[ií]s,? ([\p{L} '-]{3,40})/u,
  /(?:mon|notre) pays,? (?:le |la |l')?([\p{L} '-]{3,40})/u,
  /(?:libraries|librarians|bibliotecas|bibliotheques) (?:in|of|en|de|du|au) (?:my|our|mi|nuestro|mon|notre) country \(([^)]{3,40})\)/u,
];
const SELF_DEMONYM = new RegExp(String.raw`(?:i am|i'm|as) an? (?:young |senior )?(${DEMONYM_SOURCE})(?= (?:librarian|archivist|citizen|national|professional|information))`, 'u');

/** Label lines whose countries are wishes or skills, not an address. */
const NOT_ADDRESS = /^(?:(?:preferred )?areas?|regions?|role|languages?|idiomas?|langues?|interests?)\b/i;

export function extractCountry(input: CountryInput): string | null {
  return (
    fromLabels(input.statement) ??
    fromLines(headerLines(input.statement)) ??
    fromLines(signatureLines(input.statement)) ??
    fromLines(signatureLines(input.cover)) ??
    fromSelfPhrases(input.statement) ??
    countryOfAddress(input.fromAddress)
  );
}

function fromLabels(text: string): string | null {
  const labels = readLabels(text);
  for (const value of [labels.country, labels.institution]) {
    const hit = value ? lastCountry(value) : null;
    if (hit) return hit;
  }
  return null;
}

/** The first line that names a country; within a line the last one ("…, Ibadan, Nigeria"). */
export function fromLines(lines: string[]): string | null {
  for (const line of lines) {
    if (PROGRAM_LINE.test(line) || NOT_ADDRESS.test(line)) continue;
    const hit = lastCountry(line) ?? (US_ADDRESS.test(line) ? 'United States' : null);
    if (hit) return hit;
  }
  return null;
}

function lastCountry(text: string): string | null {
  const hits = findCountries(text);
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
