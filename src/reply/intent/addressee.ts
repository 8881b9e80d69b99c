/**
 * Who a requested letter should be addressed to. People write it inline ("address it to Dr. Ana
 * Ruiz, Head of Library Services.") or as an address block under "addressed to:", and the block is
 * usually followed by more prose ("A PDF sent by email is sufficient.") that must not be printed.
 */
import { ownText } from './text.js';

const L = String.raw`(?<![\p{L}])`;
const R = String.raw`(?![\p{L}])`;
/** Phrases after which the addressee follows, on the same line or in the block below. Spaces may be line breaks (hard-wrapped mail). */
const TRIGGER = new RegExp(
  [
    String.raw`address(?:ed)?\s+(?:(?:the|this|my|that)\s+(?:letter|certificate|document)\s+|it\s+)?to`,
    String.raw`(?:to|for)\s+the\s+attention\s+of|attention\s*:|attn\.?\s*:?`,
    String.raw`for\s+my\s+(?:director|supervisor|manager|dean|boss|employer|(?:chief\s+|university\s+)?librarian|library\s+director|head\s+of\s+\p{L}+)\s*[,:]`,
    String.raw`dirigid[ao]s?\s+al?|dirigir(?:la|lo)?\s+(?:la\s+carta\s+)?al?|(?:a\s+la\s+)?atenci[oó]n\s+del?`,
    // "adressée à", never "adresse a" ("mon adresse a changé").
    String.raw`adress(?:ée?s?|er)\s+(?:(?:la\s+lettre|l['’]attestation|le\s+certificat)\s+)?à|[àa]\s+l['’]attention\s+d[eu]`,
  ]
    .map((alt) => `${L}(?:${alt})${R}`)
    .join('|'),
  'giu',
);

/** Abbreviations whose full stop does not end the sentence: "Mr. Kenji", "Ma. Cristina", "Dept. of". */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|mr|mrs|ms|mx|dr|drs|prof|sr|sra|srta|dra|mme|mlle|mm|st|ste|jr|ma|lic|ing|arq|mtro|mtra|dept|univ|no|nr|inc|ltd|co|corp|av|avda|ave|rd|bldg|ph\.d|esq)$/iu;
const HONORIFIC = String.raw`(?:mr|mrs|ms|mx|dr|prof|sr|sra|srta|dra|mme|mlle|m)\.?\s`;
/** "my supervisor, Dr. Lee": the role is how the writer knows them; the name after it is the addressee. */
const ROLE_BEFORE_NAME = /^(?:my|our|mi|nuestr[ao]|mon|ma|notre)\s+[^,.]{1,40},\s*(?=\p{Lu})/iu;
/** A value that is not an addressee: "addressed to me", "for my director, who asked for it". */
const NOT_A_NAME = /^(?:me|you|us|him|her|them|it|whom|my|our|your|his|their|who|which|that|because|since|as|mí|moi|lui|quien|que|qui|to whom it may concern)(?![\p{L}])/iu;
/** Polite tails that follow the addressee in the same sentence. */
const TAIL = /(?:\s*[,(]?\s*(?:if (?:possible|you can)|please|thank you|thanks|si es posible|por favor|gracias|si possible|merci|svp)(?![\p{L}]).*|\s+(?:and|y|et)\s+(?:send|e-?mail|mail|forward|sign|envi|envoy)\p{L}*.*)$/iu;
/** A line that is prose or a closing, so the address block has ended. */
const PROSE_START = /^(?:an? (?:pdf|electronic|digital|scanned|e-?mail)|thank|thanks|many thanks|best|kind|warm|regards|sincerely|yours|cheers|please|i|i'm|i am|we|it|this|that|if|looking forward|gracias|saludos|atentamente|un saludo|cordialmente|muchas|por favor|quedo|merci|cordialement|bien à vous|je|nous|veuillez)(?![\p{L}])/iu;

const MAX_LINES = 6;
const MAX_CHARS = 300;

/** The addressee a letter requester asked for ("please address the letter to: Mr. Kenji Watanabe, Director, …"), or null. */
export function letterAddressee(text: string): string | null {
  const own = ownText(text);
  for (const m of own.matchAll(TRIGGER)) {
    const rest = own.slice((m.index ?? 0) + m[0].length).split('\n');
    const lines = addresseeLines(rest[0] ?? '', rest.slice(1));
    if (lines.length > 0 && !NOT_A_NAME.test(lines[0] ?? '')) return limit(lines);
  }
  return null;
}

/** The rest of the trigger's line, or (when that is empty) the block below it, up to a blank line or prose. */
function addresseeLines(sameLine: string, below: string[]): string[] {
  const inline = cleanLine(sameLine.replace(/^\s*:/, ''));
  const first = below.findIndex((l) => l.trim() !== '');
  const next = inline ? below : first >= 0 ? below.slice(first) : [];
  const lines = inline ? [inline] : [];
  // An inline value that ended its sentence is complete; otherwise the lines below continue it.
  if (inline && sentenceEnd(sameLine) >= 0) return [tidy(cutSentence(inline))].filter(Boolean);
  for (const line of next) {
    if (line.trim() === '' || isProse(line) || lines.length >= MAX_LINES) break;
    const cut = sentenceEnd(line);
    lines.push(cleanLine(cut >= 0 ? line.slice(0, cut) : line));
    if (cut >= 0) break;
  }
  return lines.map(tidy).filter(Boolean);
}

/** Without the polite tail, the closing quote and the comma that led to the next line. */
function tidy(line: string): string {
  return line.replace(TAIL, '').replace(/["“”«»'‘’\s,;:]+$/, '').trim();
}

function cleanLine(line: string): string {
  return capitalise(
    line
      .trim()
      .replace(/^["“”«»'‘’\s]+|["“”«»'‘’\s]+$/g, '')
      .replace(ROLE_BEFORE_NAME, '')
      .replace(new RegExp(String.raw`^(?:the|el|la|le|los|las|les)\s+(?=${HONORIFIC})`, 'iu'), ''),
  );
}

function cutSentence(line: string): string {
  const end = sentenceEnd(line);
  return end >= 0 ? line.slice(0, end) : line;
}

/** Index of the first sentence end (". ", "!", "?") that is not an abbreviation's full stop, or -1. */
function sentenceEnd(line: string): number {
  for (const m of line.matchAll(/\s*[.!?]+(?=\s|$|["”»)])/g)) {
    const at = m.index ?? 0;
    if (m[0].trim() === '.' && ABBREVIATION.test(line.slice(Math.max(0, at - 6), at))) continue;
    return at;
  }
  return -1;
}

function isProse(line: string): boolean {
  const t = line.trim();
  if (PROSE_START.test(t)) return true;
  const words = t.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return /[.!?]$/.test(t) && words.length >= 4 && lower * 2 >= words.length;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An address block fits a letterhead: a few lines, a few hundred characters. */
function limit(lines: string[]): string {
  const kept: string[] = [];
  let chars = 0;
  for (const line of lines.slice(0, MAX_LINES)) {
    if (chars + line.length > MAX_CHARS) break;
    kept.push(line);
    chars += line.length + 1;
  }
  return (kept.length > 0 ? kept : [(lines[0] ?? '').slice(0, MAX_CHARS)]).join('\n').trim();
}
