/**
 * What a line of a coordinator's mail is, apart from commands: a greeting to skip, or the start of the signature
 * where reading stops. trimReply removes "-- " signatures; a plain Outlook block ("Dana Kowalczyk" over her title)
 * and sign-offs reach us, so they are recognised here.
 */
import { MAX_PATTERN_LINE, MOBILE_SIGNATURES, SIGNATURE_DELIMITER, UNDERSCORE_RULE } from '../../reply/trim/patterns.js';

const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hola|buenos d[ií]as|bonjour|hallo)(?!\p{L})[^.!?:]{0,60}[,.!:]?$/iu;
const SIGN_OFF = /^(?:(?:many |kind |best |warm |warmest )?(?:thanks|thank you|regards|wishes)(?: (?:again|so much|a lot|in advance))?|best|cheers|sincerely|yours|all the best|saludos|cordialement|gracias)[,.!]*$/iu;
/** One word of a person's name: capitalised (Jürgen, O'Brien, Dela, A.), or a lower-case particle (de, van, bin). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|della|der|den|van|von|dos|das|du|la|le|bin|al|y)$/u;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

export function isBlank(line: string | undefined): boolean {
  return (line ?? '').trim() === '';
}

export function isGreeting(line: string): boolean {
  return line.length <= MAX_PATTERN_LINE && GREETING.test(line.trim());
}

/** "Dana Kowalczyk" on its own line, after a blank line, with a title or address on the next line. */
function isNameOverTitle(lines: readonly string[], i: number): boolean {
  const words = (lines[i] ?? '').trim().split(/\s+/);
  const nameLike = words.length >= MIN_NAME_WORDS && words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w));
  return nameLike && /^\p{Lu}/u.test(words[0] ?? '') && (i === 0 || isBlank(lines[i - 1])) && !isBlank(lines[i + 1]);
}

/**
 * Whether the signature starts at line i: 'strong' for a delimiter or a mobile footer; 'weak' for a sign-off or a
 * name over a title, which a heading line ("Quick Update" over the commands) can look like, so the caller checks
 * that no command follows it.
 */
export function signatureAt(lines: readonly string[], i: number): 'strong' | 'weak' | null {
  const line = lines[i] ?? '';
  if (line.length > MAX_PATTERN_LINE) return null;
  const text = line.trim();
  if (SIGNATURE_DELIMITER.test(line) || UNDERSCORE_RULE.test(line) || MOBILE_SIGNATURES.some((re) => re.test(text))) {
    return 'strong';
  }
  return SIGN_OFF.test(text) || isNameOverTitle(lines, i) ? 'weak' : null;
}

export function nextNonBlank(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j;
}
