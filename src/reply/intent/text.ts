/**
 * Text helpers for reading a reply's intent. The caller has trimmed the quote already, but inline
 * answers keep the questions as '>' lines, and the signature often survives trimming: neither is
 * the writer's request.
 */
import { fold, normaliseText } from '../../statement/fields/text.js';

/** A signature delimiter ("-- ", "__") or a phone client's footer ends the writer's own words. */
const SIGNATURE = /^(?:--\s*|_{2,}\s*|sent from my \S+.*|enviado desde mi .*|envoyé de mon .*)$/i;

/** The writer's own lines: quoted lines dropped, everything from the signature on cut. */
export function ownText(text: string): string {
  const out: string[] = [];
  for (const line of normaliseText(text).split('\n')) {
    if (SIGNATURE.test(line.trim())) break;
    if (/^\s*>/.test(line)) continue;
    out.push(line);
  }
  return out.join('\n').trim();
}

/** Folded (lower case, no accents) and with curly apostrophes made straight, so patterns stay short. */
export function plain(text: string): string {
  return fold(text).replace(/[’‘`´]/g, "'");
}

/**
 * Folded sentences of the writer's own words. Lines are kept apart (a reply's lines are short and
 * mean one thing each); sentence ends split a line only before a capital or a digit.
 */
export function plainSentences(text: string): string[] {
  return ownText(text)
    .split('\n')
    .flatMap((line) => line.split(/(?<=\p{L}{2}[.!?])\s+(?=[\p{Lu}\d¿¡])/u))
    .map((s) => plain(s).trim())
    .filter(Boolean);
}

/** A negation word, folded: "not", "don't", "no", "never", "ne … pas", "ya no". */
export const NEGATION = /n't(?![\p{L}])|(?<![\p{L}])(?:not|no|never|nunca|jamas|ne|n'|pas|jamais)(?![\p{L}])/u;

/** Words that mark a thought, not a decision: "if I have to withdraw", "I was afraid I would…". */
export const HEDGE = /(?<![\p{L}])(?:if|whether|afraid|worried|considered|considering|thought about|thinking about|almost|nearly|si|quizas|a lo mejor|peut-etre)(?![\p{L}])/u;

/** The clause a position sits in, up to that position: from the last , ; : or "but". */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const parts = head.split(/[,;:]|(?<![\p{L}])(?:but|however|pero|sino|mais|cependant)(?![\p{L}])/u);
  return parts[parts.length - 1] ?? head;
}

/** true when a pattern matches in a sentence and its clause, up to the match, has none of `guards`. */
export function affirmed(sentence: string, patterns: readonly RegExp[], guards: readonly RegExp[] = [NEGATION, HEDGE]): boolean {
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (!m) continue;
    const clause = clauseBefore(sentence, m.index);
    if (!guards.some((g) => g.test(clause))) return true;
  }
  return false;
}

/** "Re:", "AW:", "RV:", "Fwd:": a subject carried over from an earlier message says nothing new. */
export function isCarriedSubject(subject: string): boolean {
  return /^\s*(?:re|aw|sv|vs|rv|r|fw|fwd|tr|wg)\s*(?:\[\d+\])?\s*:/i.test(subject);
}
