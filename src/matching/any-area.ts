/**
 * Whether a statement leaves the area open: "any area", "open to all regions", "cualquier región".
 * "All areas of library work" is about the job, not the program, hence the check on what follows
 * ("any area of the program" still counts).
 */
import { AREAS, type Area } from '../statement/types.js';
import { fold } from './text.js';

const OPEN = new RegExp(
  [
    String.raw`(?:any|all|every|whichever|whatever)(?: of the)? (?:\p{L}+ )?(?:areas?|regions?|zones?)`,
    String.raw`no (?:particular |specific )?(?:area|regional|geographic(?:al)?) preference`,
    String.raw`no preference (?:for|as to|regarding|about) (?:an? |the )?(?:area|region)s?`,
    String.raw`(?:cualquier|cualquiera de las|todas las) (?:areas?|region(?:es)?|zonas?)`,
    String.raw`sin preferencia (?:de|por) (?:area|region|zona)`,
    String.raw`(?:n'importe quelle|toutes les|quelle que soit la) (?:regions?|zones?|domaines?)`,
    String.raw`(?:aucune|sans) preference (?:de|pour) (?:la |une )?(?:region|zone)`,
  ].map((s) => String.raw`\b${s}(?![\p{L}])(?! (?:of|in|within|de|del|du|des|en) (?!(?:the |el |la |le |du |del )?(?:program|pilot|mentoring)))`).join('|'),
  'u',
);

/** Open when the text says so, or when every area was chosen. */
export function readAnyArea(text: string, areas: readonly Area[]): boolean {
  return AREAS.every((a) => areas.includes(a)) || OPEN.test(fold(text).replace(/[’‘]/g, "'"));
}
