/**
 * How each area is written, in English, Spanish and French. Patterns run on folded text (lower case,
 * no accents). Adjectives ('African', 'American', 'European') are left out on purpose: they name
 * people and institutions ("American Library Association", "African librarians") far more often
 * than a wish to work in a region.
 */
import type { Area } from '../types.js';

export interface AreaTerms {
  area: Area;
  /** The program's own name for the area, or its committee: naming it is a clear request. */
  canonical: string;
  /** Other ways to say it: count when the sentence shows interest. */
  synonyms: string;
}

export const AREA_TERMS: AreaTerms[] = [
  {
    area: 'Africa',
    canonical: String.raw`irc africa|africa (?:sub)?committee`,
    synonyms: String.raw`africa|afrique|sub-saharan africa|africa subsahariana|afrique subsaharienne`,
  },
  {
    area: 'Americas',
    canonical: String.raw`americas|irc americas|latin america and the caribbean`,
    synonyms: String.raw`las americas|les ameriques|latin america|latin american|america latina|amerique latine|latinoamerica|caribbean|caribe|caraibes|(?:north|south|central) america|america del (?:norte|sur)|america (?:central|do sul|do norte)|amerique (?:du nord|du sud|centrale)|norteamerica|sudamerica|centroamerica`,
  },
  {
    area: 'East Asia and the Pacific',
    canonical: String.raw`east asia and the pacific|asia oriental y (?:el )?pacifico|asie de l'est et (?:le )?pacifique`,
    synonyms: String.raw`east asia|asia oriental|asie (?:de l'est|orientale)|asia del este|asia[- ]pacific|asia and the pacific|asia y (?:el )?pacifico|asie[- ]pacifique|pacific|pacifico|pacifique|south[- ]?east asia|sudeste asiatico|sureste asiatico|asie du sud-est|oceania|oceanie|far east|extremo oriente|extreme-orient`,
  },
  {
    area: 'Europe',
    canonical: String.raw`irc europe|europe (?:sub)?committee`,
    synonyms: String.raw`europe|europa|balkans|balcanes|scandinavia|nordic countries|baltic states|pays baltes`,
  },
  {
    area: 'Eurasia and Central Asia',
    canonical: String.raw`eurasia and central asia|eurasia y asia central|eurasie et asie centrale`,
    synonyms: String.raw`eurasia|eurasie|central asia|asia central|asie centrale|caucasus|caucaso|caucase|russia|rusia|russie|former soviet union|post-soviet|ex-urss|union sovietica|union sovietique`,
  },
  {
    area: 'Near East and South Asia',
    canonical: String.raw`near east and south asia|cercano oriente y asia del sur|proche-orient et asie du sud`,
    synonyms: String.raw`near east|middle east|south asia|mena region|mena countries|arab world|arab region|arab countries|arab states|arab|mundo arabe|monde arabe|medio oriente|oriente medio|oriente proximo|cercano oriente|proche[- ]orient|moyen[- ]orient|asia del sur|asia meridional|asie du sud(?![- ]est)|gulf states|gulf region|persian gulf|arabian gulf|levant|indian subcontinent`,
  },
  {
    area: 'Sister Libraries',
    canonical: String.raw`sister libraries|sister libraries committee|bibliotecas hermanas|bibliotheques (?:jumelles|soeurs|sœurs)`,
    synonyms: String.raw`sister[- ]librar(?:y|ies)|twinning|twinned librar(?:y|ies)|twin librar(?:y|ies)|sister relationships?|sister institutions?|biblioteca hermana|hermanamientos?|bibliotheque (?:jumelle|soeur|sœur)|jumelages?`,
  },
  {
    area: 'International Exchanges',
    canonical: String.raw`international exchanges|international exchanges committee|intercambios internacionales|echanges internationaux`,
    synonyms: String.raw`international exchange|intercambio internacional|echange international|exchange program(?:me)?s?|programas? de intercambio|programmes? d'echanges?|staff exchanges?|exchanges? of staff|intercambios? de personal|echanges? de personnel|study visits?|visitas? de estudio|visites? d'etudes?|job shadowing|exchange agreements?|exchange visits?|staff visits?|visiting programs?|librarian exchanges?|exchanges? of librarians|professional exchange programs?`,
  },
];

/** A region word followed by these names a thing, not a place of interest: "East Asia Library", "West Africa Time". */
export const ORG_AFTER = /^[\s-]+(?:library|libraries|university|universities|studies|association|institute|center|centre|museum|foundation|bank|airlines?|(?:standard |daylight )?time|northwest|society|council|college|school|department|news|journal|review|house|program(?:me)?|fund)(?![\p{L}])/u;
/** "Council of Europe", "University of the Pacific". */
export const ORG_BEFORE = /(?:council|university|universidad|universite|college|institute|bank|parliament|court|school) (?:of|de|du|de la) (?:the |la |l')?$/u;
/** The writer's home, not a wish: "my country, Kenya", "born in Africa", "a librarian working in Europe". */
export const HOME_BEFORE = /(?:(?:my|our|mi|nuestro|mon|notre) (?:home |own )?(?:country|continent|region|pais|continente|region|pays),? (?:in )?(?:the )?|(?:born|raised|based|located|living|live|lives|reside|resident|i am|i'm|(?:i|we) (?:currently )?work) (?:here )?(?:in|from) (?:the )?|(?:i am|i'm|i come|coming|originally)(?: an? (?:[\p{L}-]+ )?(?:librarian|archivist))? from (?:the )?)$/u;
/** "no preference", "other than Europe", "I am not the right person for the Americas": a negation earlier in the clause. */
export const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:no|not|never|without|other than|outside(?: of)?|except|excluding|rather than|beyond|sin|sauf|hors|ni|pas)(?![\p{L}])[^,;:]*$/u;
/** Words that make a sentence about the writer's interests or the work they offer. */
export const INTEREST = /(?<![\p{L}])(?:interest\p{L}*|area|areas|region|regions|prefer\p{L}*|focus\p{L}*|would like|i'd like|hope|wish|want|keen|eager|particularly|especially|speciali[sz]\p{L}*|offer|help|mentor|mentee|mentoring|experience|worked|work with|work on|connect\p{L}*|collaborat\p{L}*|partner\p{L}*|learn\p{L}*|build|develop\p{L}*|interes\p{L}*|quisiera|me gustaria|deseo|espero|especialmente|trabaj\p{L}*|aprender|interet|souhait\p{L}*|voudrais|aimerais|domaine|zone|travaill\p{L}*|apprendre)(?![\p{L}])/u;
