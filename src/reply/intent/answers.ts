/**
 * Short answers to the bot's own questions ("Has your mentor written to you? Reply YES or NO")
 * and a feel for end-of-program feedback. Both read only the writer's own words.
 */
import { ownText, plain } from './text.js';

/** A salutation line ("Hi Dana,", "Estimada coordinadora:") carries no answer. */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hola|estimad[oa]s?|querid[oa]s?|buen(?:os|as) (?:dias|tardes|noches)|bonjour|bonsoir|cher|chere|salut|madame|monsieur)(?![\p{L}])/u;
/** A thank-you before the answer: "Thank you for checking in. Yes, he wrote." */
const THANKS = /^(?:thank(?:s| you)|many thanks|gracias|muchas gracias|merci)(?![\p{L}])[^.!?]*[.!?]?\s*/u;
const YES = /^(?:yes|yeah|yep|yup|sure|of course|certainly|definitely|absolutely|indeed|correct|confirmed|si|claro|por supuesto|oui|bien sur|tout a fait|ja)(?![\p{L}])/u;
const NO = /^(?:no|nope|nah|not yet|not really|non|todavia no|aun no|pas encore|pas vraiment|negative)(?![\p{L}])/u;
/** Openings that start with "no" or "yes" and mean something else: "No problem", "Yes and no". */
const NOT_AN_ANSWER = /^(?:no (?:problem|worries|one|doubt|idea|matter)|no hay (?:problema|de que)|no te preocupes|no se|yes (?:and|or|\/) no|si (?:y|o) no|oui (?:et|ou) non|si\s+\p{L})/u;

/** 'yes' / 'no' for the first meaningful line, or null when it is neither (or both). */
export function answersYesNo(text: string): 'yes' | 'no' | null {
  const line = firstMeaningfulLine(text);
  if (line === null) return null;
  const start = line.replace(THANKS, '').replace(/^[\s*_"'“(\[-]+/u, '');
  if (/^(?:y|n)\s*[.!]?$/.test(start)) return start.startsWith('y') ? 'yes' : 'no';
  // A bare "si" is Spanish "if" unless punctuation follows ("Si, ya me escribió"); "sí" is always yes.
  if (NOT_AN_ANSWER.test(start) && !/^si\s*[,.!;:]/u.test(start)) return null;
  if (YES.test(start)) return 'yes';
  if (NO.test(start)) return 'no';
  return null;
}

function firstMeaningfulLine(text: string): string | null {
  for (const raw of ownText(text).split('\n')) {
    // "sí" folds to "si": mark the accented form first so it survives as an answer.
    const line = plain(raw.trim().replace(/^[¡¿"'“(]+/u, '').replace(/^s[íÍ](?![\p{L}])/u, 'si,')).trim();
    if (!line || !/[\p{L}\p{N}]/u.test(line)) continue;
    if (GREETING.test(line) && line.length < 60 && /[,:!]?$/.test(line) && !/[.?]$/.test(line)) continue;
    if (THANKS.test(line) && line.replace(THANKS, '').trim() === '') continue;
    return line;
  }
  return null;
}

/** What feedback sounds like; each group counts once, so one long paragraph on one theme is not enough. */
const FEEDBACK_CUES = [
  /(?<![\p{L}])(?:feedback|retroalimentacion|evaluacion del programa|commentaires|retour d'experience|bilan)(?![\p{L}])/u,
  /(?:my|our) answers|answers (?:are )?below|(?:to|for) your questions|mis respuestas|mes reponses/u,
  /(?:the|this|el|este|le|ce) (?:program(?:me)?|programa|pilot|mentorship|mentoring|mentoria) (?:was|has been|is|worked|helped|could|should|fue|ha sido|a ete|etait)/u,
  // Bare "recommend", "suggestion", "Skype" fill intros and questions too: only their program-bound forms count.
  /(?:would|will|could|do|definitely|strongly|highly) recommend|recommend (?:the|this) program|recommend it to|recomendar(?:ia|e)? (?:el|este) programa|lo recomendaria|recommander (?:le|ce) programme|je le recommande/u,
  /improve (?:the|this) program|(?:the )?(?:program|committee) could (?:improve|do)|(?:for|in) (?:the )?(?:next|future) (?:round|year|edition)s?|mejorar el programa|proxima edicion|ameliorer le programme|prochaine edition/u,
  /goals? (?:were|was|have been) (?:met|achieved|reached)|objetivos (?:se )?(?:cumplieron|alcanzados|logrados)|objectifs (?:ont ete )?atteints/u,
  /(?:once|twice|three times|every (?:other )?)\s*(?:a |per )?(?:week|month)|(?:we|nos) (?:met|talked|spoke|hablamos|reunimos) (?:regularly|monthly|weekly|every|once|twice|cada)/u,
  /thank(?:s| you) for (?:this|the) (?:program|opportunity)|grateful for (?:this|the) (?:program|opportunity)|learned a (?:lot|great deal)|aprendi mucho|j'ai beaucoup appris/u,
];
/** "I returned my feedback last week": a mention of feedback already given, not feedback. */
const FEEDBACK_DONE = /(?:returned|sent|submitted|gave|already (?:sent|gave|returned))(?: you)? (?:my|our|the) feedback/u;

/** Sounds like end-of-program feedback: two cue groups, or one with a feedback subject. */
export function isFeedbackLike(text: string, subject = ''): boolean {
  const own = plain(ownText(text)).replace(FEEDBACK_DONE, ' ');
  const groups = FEEDBACK_CUES.filter((re) => re.test(own)).length;
  const feedbackSubject = /(?<![\p{L}])(?:feedback|evaluation|survey|encuesta|evaluacion|retroalimentacion|bilan)(?![\p{L}])/u.test(plain(subject));
  return groups >= 2 || (feedbackSubject && groups >= 1);
}
