/**
 * Words and phrases the role reader weighs. Patterns run on lower-cased text with accents kept,
 * because French 'mentore' (a woman mentor) and 'mentorée' (a mentee) differ only by the accent.
 */
import type { Role } from '../types.js';

type Side = Exclude<Role, 'unclear'>;

/** Lookarounds instead of \b: \b is ASCII-only and would split 'mentorée' or 'наставник'. */
const W0 = String.raw`(?<![\p{L}\p{N}])`;
const W1 = String.raw`(?![\p{L}\p{N}])`;
export const MENTOR_WORD = String.raw`${W0}(?:mentor|mentors|mentora|mentoras|mentore|mentores|наставник\p{L}*|наставниц\p{L}*|メンター)${W1}`;
export const MENTEE_WORD = String.raw`${W0}(?:mentee|mentees|mentorad[oa]s?|mentoread[oa]s?|aprendiz|mentoré|mentorée|mentorés|mentorées|tutoré|tutorée|protégée?|наставляем\p{L}*|подопечн\p{L}*|менти|メンティー)${W1}`;

/** Before a role word: the writer claims that role ("as a mentor", "ser mentora", "apply to be a mentee"). */
export const SELF_BEFORE = /(?:^|[^\p{L}])(?:as|como|comme|en tant que|en calidad de|na qualidade de|в качестве|как|be|been|become|becoming|(?:would|will|could|can) make|ser|être|devenir|role|rol|rôle|papel|interest|interés|intérêt|being)(?![\p{L}])\s*[:–—-]?\s*(?:an?|un|una|une|el|la|le|one)?\s*(?:[\p{L}-]+\s+)?$/u;
/** Said of the past: "I have served as a mentor to new staff" is experience, not this application. */
export const PAST_BEFORE = /(?:have|has|had|'ve)\s+(?:also\s+)?(?:been|served|acted|worked)\s+(?:[\p{L}]+\s+){0,3}$|experience\s+(?:as|of being)\s+(?:an?\s+)?$|(?:was|were|fui|été)\s+(?:an?\s+|un[ea]?\s+)?$/u;
/** After a role word: "Mentee application", "mentor role". */
export const SELF_AFTER = /^\s*(?:application|applicant|candidate|candidacy|role|position|track)(?![\p{L}])/u;
/** "mentor a young colleague": the word is a verb here; the implicit cues weigh it. */
export const VERB_AFTER = /^\s+(?:a|an|the|someone|others|new|young|younger|junior|colleagues|librarians|people|staff|students|him|her|them)(?![\p{L}])/u;
/** Someone the writer wants or will work with: "matched with a mentor", "help a mentee", "aprender de un mentor". */
export const OTHER_BEFORE = /(?:^|[^\p{L}])(?:find|have|need|want|seek|seeking|looking for|like|love|get|assigned|(?:match|matched|pair|paired)(?: me)? with|learn from|learning from|guided by|guidance (?:of|from)|advice (?:of|from)|help (?:of|from)|support (?:of|from)|work(?:ing)? with|benefit from|connect(?:ed)? with|help|guide|support|advise|assist|tener|encontrar|contar con|aprender de|trabajar con|recibir|avoir|trouver|apprendre d[e']|auprès d[e']|travailler avec|bénéficier d[e']|accompagnée? par|aider|guider|accompagner|ayudar a|orientar a|guiar a)(?![\p{L}])\s*(?:an?|the|un|una|une|el|la|le|my|mi|mon|ma|a more)?\s*(?:(?!(?:as|como|comme|be|been|being|become|to|a|an)\s)[\p{L}-]+\s+){0,2}$/u;
/** "my mentor taught me": a person in the writer's past, no claim either way. */
export const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:my|mi|mis|mon|ma|mes|our|nuestro|nuestra|notre|his|her|whose)(?![\p{L}])\s+(?:[\p{L}-]+\s+)?$/u;
/** "A mentor with experience of … could help me": a description of the wished-for other side. */
export const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|un|una|une)\s+(?:[\p{L}-]+\s+)?$/u;
export const RELATIVE_AFTER = /^\s*(?:who|with|that|from|familiar|knowledgeable|experienced|que|qui|con|avec|de)(?![\p{L}])/u;
export const NEGATION = /n['’]t(?![\p{L}])|(?:^|[^\p{L}])(?:not|never|no longer|rather than|instead of|than as|no|ni|pas|jamais|plutôt que)(?![\p{L}])/u;

/** Either role is fine with the writer: the Committee decides, so the role stays 'unclear'. */
export const EITHER: RegExp[] = [
  /(?:either|whichever|whatever|any|both)\s+(?:of the\s+)?(?:two\s+)?(?:roles?|capacity|capacities)/u,
  /(?:as|be|either)\s+(?:an?\s+)?(?:mentor|mentee)\s+(?:or|and\/or|\/)\s+(?:as\s+)?(?:an?\s+)?(?:mentor|mentee)(?![\p{L}])/u,
  /leave\s+(?:the\s+|my\s+)?(?:role|choice of (?:my\s+)?role|decision (?:on|about) (?:my\s+)?role)/u,
  /como\s+mentora?\s+o\s+(?:como\s+)?(?:mentee|aprendiz|mentorad[oa]|mentoread[oa])/u,
  /cualquiera de (?:los dos|ambos) (?:roles|papeles)|en (?:cualquier|ambos) (?:rol|papel)(?:es)?/u,
  /(?:en tant que|comme)\s+mentor\S*\s+ou\s+(?:en tant que\s+|comme\s+)?(?:mentoré|tutoré)/u,
  /l['’]un ou l['’]autre (?:des )?rôles?|(?:n'importe quel|quel que soit le) rôle/u,
];

export interface Cue {
  re: RegExp;
  side: Side;
  weight: number;
}

const cue = (side: Side, weight: number, re: RegExp): Cue => ({ side, weight, re });

/** Implicit cues: what a seasoned colleague or a newcomer says without naming the role. */
export const IMPLICIT: Cue[] = [
  cue('mentor', 2, /(?:guide|mentor|help|support|advise|coach|accompany|assist)\s+(?:an?|one)\s+(?:(?:new|young|younger|junior|early[- ]career|less experienced|novice|fellow)\s+)?(?:colleague|librarian|professional|person|mentee)/u),
  cue('mentor', 2, /pass (?:on|along) (?:what|my|the)|share (?:my|our) (?:experience|knowledge|expertise|lessons)|offer (?:my|our) (?:services|experience|expertise|knowledge|help)/u),
  cue('mentor', 1, /i have (?:also )?(?:mentored|supervised|trained|coached|guided)/u),
  cue('mentor', 2, /(?:could|can) benefit from my experience|offer (?:my )?(?:guidance|advice|support) to|mentoring (?:others|young|new|junior|colleagues)/u),
  cue('mentor', 2, /(?:to|can|could|would|will) mentor (?:an?|the|someone|others|new|young|younger|junior|colleagues|librarians)(?![\p{L}])/u),
  cue('mentor', 1, /(?:(?:1[5-9]|[2-4]\d)|fifteen|twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\+?\s+years|(?:before|when) i retire|retirement/u),
  cue('mentor', 2, /compartir (?:mi|nuestra) experiencia|orientar a (?:un|una|colegas)|guiar a (?:un|una)|acompañar a (?:un|una)/u),
  cue('mentor', 2, /partager (?:mon|notre) expérience|(?:guider|accompagner|conseiller) (?:un|une) (?:jeune|collègue|bibliothécaire)/u),
  cue('mentee', 2, /early (?:in|stages? of) my career|(?:i am|i'm|as) an? early[- ]career|(?:i am|i'm|as someone) (?:still |relatively )?new to|at the (?:beginning|start) of my (?:career|professional)/u),
  cue('mentee', 2, /(?:paired|matched) with (?:an? )?(?:more )?(?:experienced|senior|seasoned)|(?:apply|applying|application) for mentorship/u),
  cue('mentee', 2, /recent(?:ly)? (?:graduate|graduated|qualified)|learn from (?:an?\s+)?(?:more\s+)?(?:experienced|senior|seasoned|established|expert)/u),
  cue('mentee', 2, /(?:value|welcome|appreciate|seek|seeking|need|receive|get|benefit from)\s+(?:the\s+|some\s+)?(?:guidance|advice|mentoring|mentorship)|need for guidance|(?:be|being) (?:guided|mentored|advised)/u),
  cue('mentee', 1, /(?:hope|like|want|wish|eager) to learn/u),
  cue('mentee', 2, /aprender de (?:un|una|colegas|bibliotecari)|recibir (?:orientación|asesoría|mentoría|consejos)|inicio de mi (?:carrera|vida profesional)|joven bibliotecari[oa]/u),
  cue('mentee', 2, /apprendre (?:d['’]un|d['’]une|de collègues|auprès)|début de (?:ma )?carrière|jeune bibliothécaire|bénéficier (?:des conseils|de l['’]expérience|d['’]un accompagnement)|être accompagnée?/u),
];
