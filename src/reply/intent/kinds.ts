/**
 * Small named checks over a reply's trimmed text and its subject: what does the writer ask for?
 * Withdrawal (leave the program: a status change) and erasure (forget my data) are kept apart on
 * purpose: one keeps the record, the other removes it. A message can ask for both; the caller
 * checks isForgetMe first, since erasure implies leaving.
 */
import { affirmed, isCarriedSubject, NEGATION, plain, plainSentences } from './text.js';

export { answersYesNo, isFeedbackLike } from './answers.js';

const w = (alt: string) => new RegExp(String.raw`(?<![\p{L}])(?:${alt})(?![\p{L}])`, 'u');

/** The letter the program call promises: recognition / participation / certificate, not "letter of interest". */
const LETTER = w(String.raw`(?:recognition|participation|appreciation|completion|service) (?:letter|certificate)s?|(?:letter|certificate)s? (?:of|for) (?:recognition|participation|appreciation|completion|service|thanks|my (?:files|records|employer|director|annual (?:review|evaluation)|evaluation|tenure|promotion))|letters? (?:recogni[sz]ing|confirming|acknowledging|certifying|attesting|documenting)|certificate|carta de (?:reconocimiento|participacion|agradecimiento)|certificado|constancia|attestation|lettre de (?:reconnaissance|participation|remerciement)|certificat`);
/** Asking, politely or not. Folded, so no accents. */
const ASK = w(String.raw`please|kindly|request\p{L}*|ask(?:ing)? (?:for|whether|if)|could (?:you|i|the committee|we)|can (?:you|i|the committee|we)|would (?:you|it be possible|the committee)|may i|might i|i(?: would|'d) (?:like|appreciate|be grateful)|i (?:need|want|wish)|send me|issue|por favor|solicit\p{L}*|quisiera|podri(?:a|an)|agradeceri\p{L}*|necesito|me gustaria|enviar(?:me)?|pourr(?:iez|ais)|voudrais|souhait\p{L}*|aimerais|merci de|demand\p{L}*|envoyer|besoin`);
const LETTER_SUBJECT_ASK = w(String.raw`request\p{L}*|please|solicitud|peticion|pedido|demande`);

/** Mentors and mentees get a letter recognising their part "upon request". */
export function isLetterRequest(text: string, subject: string): boolean {
  // Only a negation guards here: "I would like to ask whether you could send a letter" is a request.
  const asked = plainSentences(text).some((s) => ASK.test(s) && affirmed(s, [LETTER], [NEGATION]));
  if (asked) return true;
  // A new message titled "Request for a letter of recognition" asks even if the body only says why.
  const subj = plain(subject);
  return !isCarriedSubject(subject) && LETTER.test(subj) && LETTER_SUBJECT_ASK.test(subj) && !thanksForLetter(text);
}

/** "Thank you for the certificate": the letter was received, not asked for. */
function thanksForLetter(text: string): boolean {
  return plainSentences(text).some((s) => LETTER.test(s) && /(?<![\p{L}])(?:thank|thanks|received|gracias|recibi|merci|recu)(?![\p{L}])/u.test(s));
}

/** Leaving the program. Each pattern names the program or the application, so "withdraw money" never counts. */
const WITHDRAWAL = [
  w(String.raw`withdraw(?:ing)? (?:my (?:application|candidacy|candidature|participation|name|expression of interest)|myself|from (?:the|this|your) (?:program\p{L}*|mentoring|pilot|scheme))`),
  /(?:(?:would like|'d like|want|wish|have|need|decided|am going|i'm going) to|must|will have to) withdraw(?=\s*(?:[.,;!]|$)|\s+(?:from (?:the|this) (?:program|mentoring|pilot)|my |myself))/u,
  w(String.raw`(?:withdraw|remove|cancel|delete) my (?:application|candidacy|candidature|participation)|(?:remove|take) me (?:off|out of|from) (?:the|this|your) (?:program\p{L}*|mentoring|pilot|list of (?:mentors|mentees|applicants|participants))`),
  w(String.raw`(?:can|could) no longer (?:participate|take part|continue|be (?:a |part)|serve|commit)|no longer (?:able|available|in a position) to (?:participate|take part|continue|serve|mentor|commit)`),
  w(String.raw`(?:cannot|can't|unable to|(?:won't|will not|not) be able to) (?:participate|take part|continue|commit|serve)(?: (?:in|with|to) (?:the|this) (?:program\p{L}*|mentoring|pilot)| as (?:an? )?(?:mentor|mentee)| any ?(?:more|longer)| this year)`),
  w(String.raw`(?:step(?:ping)? down|drop(?:ping)? out|pull(?:ing)? out|back(?:ing)? out)(?: (?:of|from) (?:the|this) (?:program\p{L}*|mentoring|pilot)| as (?:an? )?(?:mentor|mentee))`),
  w(String.raw`retirar(?:me)? (?:mi (?:solicitud|candidatura|postulacion|participacion)|del programa)|me retiro|(?:ya no|no) (?:puedo|podre|podria) (?:participar|continuar|seguir)(?: en el programa)?|cancelar mi (?:solicitud|participacion)|darme de baja del programa`),
  w(String.raw`je me retire|me retirer du programme|retirer ma (?:candidature|participation|demande)|annuler ma (?:candidature|participation|inscription)|je ne (?:peux|pourrai|pourrais) (?:plus|pas) (?:participer|continuer)|(?:me )?desister|desistement`),
];
const WITHDRAWAL_SUBJECT = w(String.raw`withdraw(?:al|ing)? (?:of |from )?(?:my |the )?(?:application|candidacy|participation|program\p{L}*|mentoring)|(?:application|participation) withdrawal|retiro de (?:mi )?(?:solicitud|participacion)|desistement|retrait de (?:ma )?(?:candidature|participation)`);
/** A subject that is only the word: "Withdrawal", "Withdraw." */
const WITHDRAWAL_WORD = /^\s*withdraw(?:al)?\s*[.!]?\s*$/;

export function isWithdrawal(text: string, subject: string): boolean {
  if (plainSentences(text).some((s) => affirmed(s, WITHDRAWAL))) return true;
  const subj = plain(subject);
  return !isCarriedSubject(subject) && (WITHDRAWAL_SUBJECT.test(subj) || WITHDRAWAL_WORD.test(subj));
}

const DATA = String.raw`(?:(?:all |any )?(?:of )?(?:my|our) (?:personal |contact )?(?:data|information|info|details|records?)|(?:the |all )?(?:personal )?(?:data|information) (?:you hold|you have|you keep|about me|on me))`;
/** Erasure of personal data; not "delete my old statement" nor "update my details". */
const ERASURE = [
  w(String.raw`(?:delete|erase|remove|destroy|purge|wipe|discard) ${DATA}`),
  w(String.raw`forget me|right to (?:be forgotten|erasure)|derecho (?:al olvido|de supresion)|droit (?:a l'oubli|a l'effacement)`),
  w(String.raw`(?:gdpr|rgpd)(?: (?:request|article 17|art\.? ?17|erasure))|(?:under|per|according to|pursuant to|conforme al?|selon le|en vertu du) (?:the )?(?:gdpr|rgpd)|article 17`),
  w(String.raw`(?:borr|elimin|suprim|destru)\p{L}* (?:todos )?(?:mis|los) datos(?: personales)?|(?:supprim|effac|detrui)\p{L}* (?:toutes )?(?:mes|les) (?:donnees|informations)(?: personnelles)?`),
  w(String.raw`(?:do not|don't|stop) (?:keep|keeping|store|storing|retain|retaining|process|processing) (?:my|any of my) (?:personal )?(?:data|information|details)`),
];
const ERASURE_SUBJECT = w(String.raw`gdpr|rgpd|data (?:deletion|erasure|removal) request|right to be forgotten|delete my data|supresion de (?:mis )?datos|suppression (?:de mes|des) donnees`);

export function isForgetMe(text: string, subject: string): boolean {
  if (plainSentences(text).some((s) => affirmed(s, ERASURE))) return true;
  return !isCarriedSubject(subject) && ERASURE_SUBJECT.test(plain(subject));
}
