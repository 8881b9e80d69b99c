/** From applicants to profiles: every reading of the statement done once, before any pair is scored. */
import { readAnyArea } from './any-area.js';
import { statedCapacity } from './capacity.js';
import { experienceYears } from './experience.js';
import { institutionKey, orgDomain } from './institution.js';
import { readLanguages } from './languages.js';
import { buildSimilarity } from './similarity.js';
import { utcOffsetOf } from './timezone.js';
import type { Profile, ProfileInput, Similarity } from './types.js';

export interface ProfileOptions {
  /** Mentees a mentor takes when neither a coordinator nor the statement says. */
  defaultCapacity: number;
  /** The year of the run, for "since 1998". */
  year: number;
}

export function buildProfiles(inputs: ProfileInput[], opts: ProfileOptions): { profiles: Profile[]; similarity: Similarity } {
  return {
    profiles: inputs.map((input) => buildProfile(input, opts)),
    similarity: buildSimilarity(inputs.map((i) => ({ id: i.id, text: i.statementText }))),
  };
}

export function buildProfile(input: ProfileInput, opts: ProfileOptions): Profile {
  const role = readRole(input.role);
  return {
    id: input.id,
    ref: input.ref,
    name: input.name,
    email: input.email,
    role,
    areas: [...input.areas],
    anyArea: readAnyArea(input.statementText, input.areas),
    languages: readLanguages(input.language, input.statementText),
    country: input.country,
    utcOffset: utcOffsetOf(input.country),
    institutionKey: institutionKey(input.institution),
    institution: input.institution,
    orgDomain: orgDomain(input.email),
    capacity: capacityOf(role, input, opts.defaultCapacity),
    experienceYears: experienceYears(input.statementText, opts.year),
    inProgram: isInProgram(input),
    status: input.status,
    undeliverable: input.undeliverable,
  };
}

export function readRole(role: string): Profile['role'] {
  return role === 'mentor' || role === 'mentee' ? role : 'unclear';
}

/** A coordinator's figure wins over the statement's (0 stops new mentees); anyone not a mentor counts 1. */
export function capacityOf(role: Profile['role'], input: Pick<ProfileInput, 'capacityOverride' | 'statementText'>, defaultCapacity: number): number {
  if (role !== 'mentor') return 1;
  if (input.capacityOverride !== null) return Math.max(0, input.capacityOverride);
  return statedCapacity(input.statementText) ?? defaultCapacity;
}

/** Late, declined and withdrawn applicants wait; so does anyone whose mail bounces. */
export function isInProgram(input: Pick<ProfileInput, 'status' | 'undeliverable'>): boolean {
  return (input.status === 'received' || input.status === 'accepted') && !input.undeliverable;
}
