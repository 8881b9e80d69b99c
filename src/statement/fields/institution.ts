/**
 * Where the applicant works: the "Institution:" line, else the best organisation line of the
 * letterhead or signature, else "I am a librarian at the …" in the prose. Trailing city, country
 * and postal parts are cut: "Kenneth Dike Library, University of Ibadan, Ibadan, Nigeria" →
 * "Kenneth Dike Library, University of Ibadan".
 */
import { headerLines, PROGRAM_LINE, signatureLines } from './blocks.js';
import { readLabels } from './labels.js';
import { fold } from './text.js';

export interface InstitutionInput {
  statement: string;
  cover: string;
  name: string | null;
}

const W0 = String.raw`(?<![\p{L}])`;
const TOP = new RegExp(String.raw`${W0}(?:univers\p{L}*|college|colegio|polytechnic|politecnic\p{L}*|national library|biblioteca nacional|bibliotheque nationale|nationalbibliothek|academy of sciences)`, 'u');
const LIBRARY = new RegExp(String.raw`librar(?:y|ies)|biblioth|bibliotec|${W0}media cent(?:er|re)`, 'u');
const OTHER_ORG = new RegExp(String.raw`${W0}(?:institut\p{L}*|school|escuela|ecole|facult\p{L}*|museu\p{L}*|musee|archiv\p{L}*|cent(?:er|re|ro)|council|ministr\p{L}*|foundation|fundaci\p{L}*|association|asociaci\p{L}*|society|department|departamento|division|office|direcci\p{L}*|direction|agency|service|servicio|corporation|academ\p{L}*|collections?|colecci[oó]n)`, 'u');
/** A job title is not an employer: "Archivist-Librarian", "Bibliotecária-Documentalista", "Head of …". */
const JOB = new RegExp(String.raw`${W0}(?:librarian|bibliotecari[oa]s?|bibliothecaire|bibliothekar\p{L}*|archivist\p{L}*|archiviste|documentalist\p{L}*|curator|conservat\p{L}*|director|directora|directeur|directrice|head|jefe|jefa|chef|coordinat\p{L}*|coordinador\p{L}*|manager|officer|fellow|professor|profesor\p{L}*|lecturer|assistant|asistente|specialist|especialista|catalog\p{L}*|dean|decano|president\p{L}*|chair|leiter\p{L}*|researcher|investigador\p{L}*|consultant|student|estudiante|intern|deputy|senior)(?![\p{L}])`, 'u');
const ADDRESS = /@|https?:|www\.|\d{3,}|p\.?\s?o\.?\s+box|^campus|^ciudad universitaria|street|(?<![\p{L}])(?:str|ave|av|rd|blvd|calle|rue|avenida)\.?\s/iu;
/** "UNAM", "UnB", "KNLS": an organisation's short name after its full name. */
const ACRONYM = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{L}&]{3,8}$/u;
/**
 * A capitalised word of an organisation's name ("St." and "V." keep their full stop, a longer word
 * does not: it ends a sentence), or a joining word; the pronoun "I" ends the name.
 */
/** Lower-case words inside French, Spanish and Portuguese names: "Bibliothèque nationale de France". */
const ORG_ADJECTIVES = 'nationale|universitaire|municipale|centrale|publique|r[ée]gionale|d[ée]partementale|nacional|central|p[úu]blica|municipal|general|universitaria|universit[áa]ria|estatal|provincial';
const ORG_WORD = String.raw`(?:(?!I(?![\p{L}]))[\p{Lu}](?:\p{L}{0,2}\.|[\p{L}'’-]*)|[ldLD]['’][\p{Lu}][\p{L}'’-]*|of|the|de|del|da|do|la|las|des|du|for|and|y|et|at|${ORG_ADJECTIVES})`;
const PROSE_AT = new RegExp(String.raw`(?:[Ll]ibrarian|[Aa]rchivist|[Bb]ibliotecari[oa]|[Bb]iblioth[ée]caire|work(?:ed|ing)?|employed|based|trabajo|trabaja|travaille)(?: (?:since|desde|depuis) \d{4})? (?:at|in|for|en|à|au|a) (?:the |el |la |los |las |le |l')?(${ORG_WORD}(?:[ -]${ORG_WORD})*(?: \([^)]{1,20}\))?)`, 'gu');
const ANY_AT = new RegExp(String.raw`(?<![\p{L}])(?:at|en|à|au|na|no) (?:the |el |la |l')?(${ORG_WORD}(?:[ -]${ORG_WORD})*(?: \([^)]{1,20}\))?)`, 'gu');

export function extractInstitution(input: InstitutionInput): string | null {
  const labelled = readLabels(input.statement).institution;
  const fromLabel = labelled ? trimOrg(labelled) : null;
  if (fromLabel) return fromLabel;
  const lines = [...headerLines(input.statement), ...signatureLines(input.statement)];
  return bestLine(lines, input.name) ?? fromProse(input.statement) ?? bestLine(signatureLines(input.cover), input.name);
}

/** Keeps the organisation parts of a line: no job title before, no city, country or postcode after. */
export function trimOrg(value: string): string | null {
  const segments = value.split(/,\s*|\s+[–—·|]\s+|\s+-\s+|\s*;\s*/).map((s) => s.trim()).filter(Boolean);
  const kept: string[] = [];
  let lastOrg = -1;
  for (const seg of segments) {
    const score = orgScore(seg);
    if (ADDRESS.test(seg) || (kept.length === 0 && score === 0)) continue;
    kept.push(seg);
    if (score > 0) lastOrg = kept.length - 1;
    else if (lastOrg === kept.length - 2 && ACRONYM.test(seg) && seg.length >= 3) lastOrg = kept.length - 1;
  }
  return lastOrg >= 0 ? kept.slice(0, lastOrg + 1).join(', ') : null;
}

/** 3 for a university or national library, 2 for a library, 1 for another organisation word. */
export function orgScore(segment: string): number {
  const s = fold(segment);
  if (JOB.test(s) && !/librar(?:y|ies)|univers/.test(s.replace(JOB, ''))) return 0;
  return TOP.test(s) ? 3 : LIBRARY.test(s) ? 2 : OTHER_ORG.test(s) ? 1 : 0;
}

interface BestLine {
  org: string;
  score: number;
  i: number;
}

/** The letterhead or signature line naming the strongest organisation (the earliest on a tie). */
function bestLine(lines: string[], name: string | null): string | null {
  let best: BestLine | null = null;
  for (const [i, line] of lines.entries()) {
    if (PROGRAM_LINE.test(line) || (name && fold(line).includes(fold(name)))) continue;
    const org = trimOrg(line.replace(/^[^:]{1,25}:\s*/, ''));
    const score = org ? Math.max(...org.split(', ').map(orgScore)) : 0;
    if (org && score > (best?.score ?? 0)) best = { org, score, i };
  }
  return best ? withUnit(best, lines) : null;
}

/** "Biblioteca Central (BCE)" above "Universidade de Brasília": the library belongs to the university. */
function withUnit(best: BestLine, lines: string[]): string {
  const above = best.i > 0 ? trimOrg(lines[best.i - 1] ?? '') : null;
  const isUnit = above !== null && orgScore(above) === 2 && !/,/.test(above) && !PROGRAM_LINE.test(above);
  return best.score === 3 && !LIBRARY.test(fold(best.org)) && isUnit ? `${above}, ${best.org}` : best.org;
}

/** "I am a librarian at the X", then any "at the X" naming a library or university. */
function fromProse(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  for (const [re, min] of [[PROSE_AT, 1], [ANY_AT, 2]] as const) {
    for (const m of flat.matchAll(re)) {
      const org = (m[1] ?? '').replace(/(?:\s+(?:of|the|de|del|da|do|la|las|des|du|for|and|y|et|at))+$/u, '');
      if (orgScore(org) >= min && !PROGRAM_LINE.test(org)) return org;
    }
  }
  return null;
}
