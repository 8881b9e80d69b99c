/** Country lookup: every name, alias and demonym → the English country name. */
import { AFRICA } from './countries-africa.js';
import { AMERICAS } from './countries-americas.js';
import { CITY_COUNTRY } from './cities.js';
import { ASIA } from './countries-asia.js';
import { EUROPE } from './countries-europe.js';
import { escapeRegex, fold } from './text.js';

export interface Country {
  name: string;
  tld: string;
  names: string[];
  demonyms: string[];
}

export const COUNTRIES: Country[] = [...AFRICA, ...AMERICAS, ...ASIA, ...EUROPE].map(parseLine);

function parseLine(line: string): Country {
  const [name = '', tld = '', aliases = '', demonyms = ''] = line.split(';');
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  return { name, tld, names: [name, ...list(aliases)], demonyms: list(demonyms) };
}

/** "USA", "UK", "DRC": acronyms match only in capitals, or "us" and "uk" in prose would. */
const isAcronym = (s: string) => /^[A-Z][A-Z. ]*[A-Z.]$/.test(s) && s.replace(/[^A-Z]/g, '').length <= 4;

const byFolded = new Map<string, string>();
const byAcronym = new Map<string, string>();
const byDemonym = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of c.names) (isAcronym(n) ? byAcronym : byFolded).set(isAcronym(n) ? n : fold(n), c.name);
  for (const d of c.demonyms) byDemonym.set(fold(d), c.name);
}

/** Longest first, so "papua new guinea" wins over "guinea" and "dominican republic" over "dominica". */
const alternation = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
const NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(byFolded.keys())})(?![\p{L}\p{N}])`, 'gu');
const ACRONYM_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${alternation(byAcronym.keys())})(?![\p{L}\p{N}])`, 'gu');
const DEMONYM_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(byDemonym.keys())})(?![\p{L}])`, 'u');

export interface CountryHit {
  country: string;
  index: number;
  /** Length of the matched name, in the folded text for names and cities. */
  length: number;
}

/** Countries named in a text, in order of appearance (indices are close enough for ordering). */
export function findCountries(text: string): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const m of fold(text).matchAll(NAME_RE)) hits.push({ country: byFolded.get(m[0]) ?? '', index: m.index ?? 0, length: m[0].length });
  for (const m of text.matchAll(ACRONYM_RE)) hits.push({ country: byAcronym.get(m[0]) ?? '', index: m.index ?? 0, length: m[0].length });
  return hits.filter((h) => h.country).sort((a, b) => a.index - b.index);
}

/** The country of a demonym at the start of `text` ("Kenyan librarian" → Kenya). */
export function countryOfDemonym(text: string): string | null {
  const m = DEMONYM_RE.exec(fold(text));
  return m && m.index === 0 ? byDemonym.get(m[0]) ?? null : null;
}

export const DEMONYM_SOURCE = alternation(byDemonym.keys());

const byCity = new Map([...CITY_COUNTRY].map(([city, country]) => [fold(city), country]));
const CITY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(byCity.keys())})(?![\p{L}\p{N}])`, 'gu');

/** Countries of the cities named in a text ("Rabat" → Morocco), in order of appearance. */
export function findCityCountries(text: string): CountryHit[] {
  return [...fold(text).matchAll(CITY_RE)].map((m) => ({ country: byCity.get(m[0]) ?? '', index: m.index ?? 0, length: m[0].length }));
}

/** Country of an address's top-level domain; generic US domains (.edu, .gov) count as United States. */
export function countryOfAddress(address: string): string | null {
  const tld = (address.split('.').pop() ?? '').toLowerCase();
  if (tld === 'edu' || tld === 'gov' || tld === 'mil') return 'United States';
  if (tld === 'gb') return 'United Kingdom';
  return COUNTRIES.find((c) => c.tld === tld)?.name ?? null;
}
