/**
 * How many mentees a mentor says they can take: "I can take two mentees", "up to 3 mentees",
 * "more than one mentee", "puedo acompañar a dos mentorados", "jusqu'à trois mentorés".
 * Mentee words count, and other people only after an offer ("I have trained 15 colleagues" is
 * not one); a clause about the past ("I have mentored four mentees") counts only when it also offers.
 */
import { clauses, fold, NUMBER_SOURCE, numberValue } from './text.js';

const MENTEE_WORD = String.raw`(?:mentees?|protegees?|mentorad[oa]s?|mentoread[oa]s?|aprendices|mentorees?|mentores|filleul(?:e|s|es)?)`;
/** "two people" counts only after an offer verb: "I could mentor two people". */
const OFFER_VERB = String.raw`(?:mentor|guide|supervise|take on|take|accompany|support|acompanar a|asesorar a|guiar a|tutorar a|accompagner|encadrer|suivre)`;
const PERSON_WORD = String.raw`(?:people|persons|participants|librarians|colleagues|personas|participantes|colegas|personnes|collegues)`;

const NUMBER = String.raw`\b(${NUMBER_SOURCE})`;
const OR_NUMBER = String.raw`(?:\s+(?:or|o|ou|to|a)\s+(${NUMBER_SOURCE}))?`;
const STATED = new RegExp(String.raw`${NUMBER}${OR_NUMBER}\s+(?:\p{L}+\s+)?${MENTEE_WORD}(?![\p{L}])`, 'gu');
const OFFERED = new RegExp(String.raw`${OFFER_VERB}\s+(?:up to\s+|hasta\s+|jusqu'a\s+)?${NUMBER}${OR_NUMBER}\s+${PERSON_WORD}(?![\p{L}])`, 'gu');
const MORE_THAN_ONE = new RegExp(String.raw`(?:more than one|several|multiple|mas de un[oa]?|varios|varias|plus d'une?|plusieurs)\s+${MENTEE_WORD}(?![\p{L}])`, 'u');

const PAST = /\b(?:mentored|supervised|trained|guided|tutored|have had|had|worked with|asesore|acompane|he tenido|tuve|forme|encadre|ai eu|j'ai accompagne)(?![\p{L}])/u;
const OFFER = /\b(?:can|could|would|will|able|willing|happy|glad|available|prepared|up to|puedo|podria|podre|dispuest[oa]|disponible|hasta|peux|pourrais|pourrai|jusqu'a|prete?|volontiers)(?![\p{L}])/u;

/** A clause can only offer places if it names who would take them; checked first, as it is cheap. */
const MENTIONS = new RegExp(`${MENTEE_WORD.slice(3, -1)}|${PERSON_WORD.slice(3, -1)}`, 'u');

/** Above this a stated number is more likely a count of something else than an offer. */
const MAX_STATED = 10;

/** The number of mentees the statement offers, or null when it does not say. */
export function statedCapacity(text: string): number | null {
  const found = clauses(fold(text).replace(/[’‘]/g, "'"))
    .filter((c) => MENTIONS.test(c))
    .flatMap(numbersOffered)
    .filter((v) => v >= 1 && v <= MAX_STATED);
  return found.length > 0 ? Math.max(...found) : null;
}

/**
 * "two or three mentees" offers three: the upper figure is what the mentor agreed to. "More than
 * one" is two. Mentees counted in a clause about the past are history; people ("I supervise five
 * librarians") count only in a clause that offers.
 */
function numbersOffered(clause: string): number[] {
  const offers = OFFER.test(clause);
  if (!offers && PAST.test(clause)) return [];
  const out: number[] = MORE_THAN_ONE.test(clause) ? [2] : [];
  for (const re of offers ? [STATED, OFFERED] : [STATED]) {
    for (const m of clause.matchAll(re)) out.push(Math.max(numberValue(m[1] ?? '') ?? 0, numberValue(m[2] ?? '') ?? 0));
  }
  return out;
}
