/**
 * The mentee's answer to "Has your mentor written to you? Reply YES or NO". People answer in words as
 * often as with the word: "She wrote on Monday, we have a call on Friday" is a yes, "Not a word so far"
 * a no. A bare YES/NO on the first line wins; otherwise the sentences are read for contact or its absence.
 */
import { answersYesNo } from './answers.js';
import { plainSentences } from './text.js';

const NO_CONTACT = [
  /(?:not|n't|never) (?:yet )?(?:heard|received|got(?:ten)?|had) (?:anything|a (?:word|mail|message|reply)|any (?:mail|message|news|word)|from)/u,
  /(?:has|have)(?:n't| not) (?:yet )?(?:written|contacted|been in touch|got in touch|reached out|emailed|replied)/u,
  /(?:no|not a) (?:word|mail|email|message|news|contact|reply) (?:yet|so far|from)/u,
  /(?:nothing|no one|nobody) (?:yet|so far|has (?:written|contacted))/u,
  /(?:todavia|aun|aún) no (?:me )?(?:ha|he) (?:escrito|recibido|contactado)|no (?:he recibido|me ha escrito|tengo noticias)/u,
  /(?:pas encore|toujours pas) (?:de nouvelles|recu|eu de)|(?:ne m'a|n'ai) (?:pas|rien) (?:encore )?(?:ecrit|recu|contacte)/u,
];
const CONTACT = [
  /(?:has|have|had) (?:already )?(?:written|contacted|been in touch|got(?:ten)? in touch|reached out|emailed|introduced)/u,
  /(?:he|she|they|my mentor|\p{L}+) (?:wrote|emailed|contacted|called|replied|reached out)(?! (?:to )?(?:the|you))/u,
  /(?:we|i) (?:have )?(?:already )?(?:met|talked|spoke|exchanged|are in touch|have been in touch|had (?:a|our) (?:first )?(?:call|meeting|conversation|chat))/u,
  /(?:received|got) (?:a|an|her|his|their) (?:first )?(?:mail|email|message|letter|note)/u,
  /(?:ya )?me (?:ha )?(?:escrito|escribio|contactado|contacto)|(?:ya )?hemos hablado/u,
  /(?:m'a|m'ont) (?:deja )?(?:ecrit|contacte)|nous avons (?:deja )?(?:parle|echange)/u,
];

export function firstContactAnswer(text: string): 'yes' | 'no' | null {
  const word = answersYesNo(text);
  if (word) return word;
  const sentences = plainSentences(text).slice(0, 6);
  // Absence first: "has not written" also contains "written".
  if (sentences.some((s) => NO_CONTACT.some((re) => re.test(s)))) return 'no';
  if (sentences.some((s) => CONTACT.some((re) => re.test(s)))) return 'yes';
  return null;
}
