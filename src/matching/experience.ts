/**
 * Years of professional experience a statement claims: "eighteen years", "15 years of experience",
 * "over two decades", "since 1998", "desde hace diez años", "depuis 2005". The largest figure wins:
 * a statement names the whole career once and single posts elsewhere. "Recently graduated" with
 * no figure is 0. A bare "five years" needs a work context, or "a five-year project" and
 * "I am 35 years old" would count.
 */
import { clauses, fold, NUMBER_SOURCE, numberValue } from './text.js';

const N = String.raw`\b(?:over |more than |almost |nearly |about |some |around |mas de |casi |cerca de |plus de |pres de |environ )?(${NUMBER_SOURCE})`;
const YEARS = String.raw`(?:years?|anos|ans)`;

/** A number of years with something that makes it a career: "of experience", "in libraries", "for". */
const DURATIONS: RegExp[] = [
  new RegExp(String.raw`${N}\+?\s+${YEARS}(?:'|’)?\s+(?:of\s+(?:\p{L}+\s+)?experience|experience|de\s+(?:\p{L}+\s+)?experiencia|d'experience|d'anciennete|in\s|as\s|at\s|with\s|working|en\s|como\s|trabajando|dans\s|comme\s|a la\s|au\s)`, 'gu'),
  new RegExp(String.raw`(?:for|during|durante|pendant|desde hace|depuis|hace)\s+(?:the\s+(?:past|last)\s+)?${N}\s+${YEARS}(?![\p{L}]| ago| old)`, 'gu'),
  new RegExp(String.raw`${N}\s+decades?`, 'gu'),
];
const DECADE_WORDS = /\b(?:over |more than |almost |nearly )?(?:a|one) decade(?![\p{L}])/u;
const SINCE_YEAR = /\b(?:since|desde|depuis|from|graduated in|graduated from [^.,;]{0,60}? in|egrese en|diplome en|diplomee en)\s+(?:the year\s+)?((?:19|20)\d\d)(?!\d)/gu;
const NEWCOMER = /\b(?:recently graduated|recent graduate|newly graduated|new graduate|just graduated|fresh graduate|early[- ]career|new professional|recien egresad[oa]|recien graduad[oa]|recientemente graduad[oa]|recemment diplomee?|jeune diplomee?|nouvellement diplomee?)(?![\p{L}])/u;

/** Only clauses with a time word can state a career length; the full patterns are slow on long text. */
const TIME_WORD = /years?|anos|\bans(?![\p{L}])|decade|since|desde|depuis|from|graduat|egres|diplom/u;

/** Above this a figure is not a career length (a library's age, a collection's span). */
const MAX_YEARS = 50;

export function experienceYears(text: string, year: number): number | null {
  const t = fold(text).replace(/\s+/g, ' ');
  const timed = clauses(t).filter((c) => TIME_WORD.test(c)).join('. ');
  const found = [...durations(timed), ...sinceYears(timed, year)].filter((v) => v >= 0 && v <= MAX_YEARS);
  if (found.length > 0) return Math.max(...found);
  if (DECADE_WORDS.test(t)) return 10;
  return NEWCOMER.test(t) ? 0 : null;
}

function durations(t: string): number[] {
  const out: number[] = [];
  for (const [i, re] of DURATIONS.entries()) {
    for (const m of t.matchAll(re)) {
      const v = numberValue(m[1] ?? '');
      if (v !== null) out.push(i === 2 ? v * 10 : v);
    }
  }
  return out;
}

/** "since 1998" counts from the year of the run; a year in the future is a typo, not a career. */
function sinceYears(t: string, year: number): number[] {
  return [...t.matchAll(SINCE_YEAR)].map((m) => year - Number(m[1])).filter((v) => v >= 0);
}
