/**
 * Field extraction from a statement: who applied, as what, for which areas, from where, in which
 * language. Pure and synchronous; every reader is a small named function in its own file.
 */
import type { FieldInput, StatementFields } from '../types.js';
import { extractAreas } from './areas.js';
import { extractCountry } from './country.js';
import { extractInstitution } from './institution.js';
import { detectLanguage } from './language.js';
import { extractName } from './name.js';
import { extractRole } from './role.js';
import { normaliseText, stripQuoted } from './text.js';

export function extractFields(input: FieldInput): StatementFields {
  const statement = normaliseText(input.statement);
  // The cover note's own words only: a resubmission quotes the first application below.
  const cover = input.body === input.statement ? statement : stripQuoted(input.body);
  const subject = normaliseText(input.subject);
  const name = extractName({ statement, cover, fromName: input.fromName, body: normaliseText(input.body) });
  const institution = extractInstitution({ statement, cover, name });
  return {
    name,
    role: extractRole({ statement, cover, subject }),
    areas: extractAreas(statement, cover),
    institution,
    country: extractCountry({ statement, cover, fromAddress: input.fromAddress, institution }),
    language: detectLanguage(statement),
  };
}

export { extractAreas } from './areas.js';
export { extractCountry } from './country.js';
export { extractInstitution } from './institution.js';
export { detectLanguage } from './language.js';
export { extractName } from './name.js';
export { extractRole } from './role.js';
