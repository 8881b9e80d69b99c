/**
 * Splits a command line into words, applicant refs, addresses and key=value options. Mail clients decorate what
 * coordinators type: Outlook appends "<mailto:…>" to addresses and curls straight quotes, people separate refs with
 * commas; all of that is undone here.
 */
import type { ApplicantRef } from './types.js';

/** Straight, curly and low-high quotes, each with its own closing mark. */
const QUOTED = String.raw`"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|'[^']*'`;
const KEY = String.raw`[\p{L}_][\p{L}\p{N}_-]*`;
const TOKEN = new RegExp(String.raw`(?:${KEY}=)?(?:${QUOTED})|\S+`, 'gu');
const OPTION = new RegExp(String.raw`^(${KEY})=(.*)$`, 'su');
const QUOTE_PAIR = new RegExp(String.raw`^(?:${QUOTED})$`, 'u');
const MAILTO = /<mailto:[^>]*>|\[mailto:[^\]]*\]/giu;
/** Refs are "A-" and the applicant id, zero-padded to four digits below 10000 (see the applicant table's ref column). */
const REF = /^a-?0*(\d{1,9})$/iu;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/u;
/** Punctuation around a plain word that is never part of it: "A-0012," "<ana@x.org>" "(A-3)". */
const EDGE_PUNCTUATION = /^[<(\[]+|[>)\],;.:!?]+$/gu;

export interface Tokens {
  words: string[];
  refs: ApplicantRef[];
  options: Record<string, string>;
  /** Whether a ref, address or option was found: a line carrying one is meant as a command, not prose. */
  hasStructure: boolean;
}

export function unquote(text: string): string {
  return QUOTE_PAIR.test(text) ? text.slice(1, -1).trim() : text;
}

export function normaliseRef(word: string): string | null {
  const m = REF.exec(word);
  if (!m) return null;
  const id = Number(m[1]);
  return `A-${id < 10000 ? String(id).padStart(4, '0') : String(id)}`;
}

export function asApplicantRef(word: string): ApplicantRef | null {
  const bare = word.replace(/^mailto:/iu, '');
  const ref = normaliseRef(bare);
  if (ref !== null) return { kind: 'ref', ref };
  return EMAIL.test(bare) ? { kind: 'email', email: bare.toLowerCase() } : null;
}

/** The raw pieces of a line: quoted strings stay whole, commas and semicolons between plain words separate them. */
export function splitLine(line: string): string[] {
  const pieces: string[] = [];
  for (const [token] of line.replace(MAILTO, '').matchAll(TOKEN)) {
    if (OPTION.test(token) || QUOTE_PAIR.test(token)) pieces.push(token);
    else pieces.push(...token.split(/[,;]/u).map((p) => p.replace(EDGE_PUNCTUATION, '')).filter((p) => p !== ''));
  }
  return pieces;
}

/** Sorts a command's pieces (after the command word); `withRefs` false keeps every word as written (CONFIRM codes). */
export function readTokens(pieces: readonly string[], withRefs: boolean): Tokens {
  const out: Tokens = { words: [], refs: [], options: {}, hasStructure: false };
  for (const piece of pieces) {
    const option = OPTION.exec(piece);
    const ref = withRefs && !option ? asApplicantRef(piece) : null;
    if (option) out.options[option[1]!.toLowerCase()] = unquote(option[2]!.trim());
    else if (ref) out.refs.push(ref);
    else out.words.push(unquote(piece));
    if (option || ref) out.hasStructure = true;
  }
  return out;
}
