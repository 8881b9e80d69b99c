/**
 * What a reply to the acknowledgement corrects. It reports what the reply states; comparing that
 * with the record (and ignoring a value restated unchanged) is the caller's job, because only the
 * caller knows the record.
 */
import type { Area } from '../../statement/types.js';
import { areaCorrection } from './correction-areas.js';
import { countryCorrection, institutionCorrection, nameCorrection } from './correction-details.js';
import { roleCorrection } from './correction-role.js';
import { ownText, plain } from './text.js';

export interface Correction {
  role?: 'mentor' | 'mentee';
  /** The whole new list of areas ("Areas: Europe, Africa", "only Africa"); wins over the two below. */
  areas?: Area[];
  /** Areas to add to the recorded ones ("please also add Africa"). */
  areasAdd?: Area[];
  /** Areas to take off the recorded ones ("remove Europe", "not Europe"). */
  areasRemove?: Area[];
  name?: string;
  institution?: string;
  country?: string;
}

/** "All correct", "todo está bien", "tout est correct". */
const CONFIRMS_ALL = /(?<![\p{L}])(?:(?:all|everything|it|that|this|the (?:details|information|summary))(?: is| are|'s)?(?: all)?(?: looks?)? (?:correct|right|fine|good|accurate|ok|okay|perfect)|(?:todo|toda la informacion)(?: esta)? (?:correct[oa]|bien|perfecto)|(?:es|esta) (?:todo )?correcto|tout (?:est|me semble) (?:correct|exact|bon|juste|parfait)|c'est (?:correct|exact|parfait))(?![\p{L}])/u;
/** Any sign that something does change after all: "all correct except my name". */
const BUT_CHANGE = /(?<![\p{L}])(?:but|however|except|apart from|other than|although|though|only|add|remove|change|instead|should|spell\p{L}*|wrong|incorrect|not|pero|excepto|salvo|sin embargo|solo|cambi\p{L}*|anad\p{L}*|agreg\p{L}*|quitar|mais|sauf|cependant|seulement|ajout\p{L}*|chang\p{L}*|retir\p{L}*|supprim\p{L}*|pas)(?![\p{L}])/u;

/** The fields a reply corrects, or null when it corrects nothing ("Thank you, all correct!"). */
export function parseCorrection(text: string): Correction | null {
  if (confirmsAll(text)) return null;
  const found: Correction = {
    role: roleCorrection(text),
    ...areaCorrection(text),
    name: nameCorrection(text),
    institution: institutionCorrection(text),
    country: countryCorrection(text),
  };
  const kept = Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as Correction;
  return Object.keys(kept).length > 0 ? kept : null;
}

/** An all-clear with nothing changed: a restated role or area in it confirms, it does not correct. */
export function confirmsAll(text: string): boolean {
  const own = plain(ownText(text));
  return CONFIRMS_ALL.test(own) && !BUT_CHANGE.test(own);
}
