/** Small hand-made pools: an applicant with sensible defaults, and the profiles built from a few of them. */
import { buildProfiles, type Profile, type ProfileInput, type Similarity } from '../../../src/matching/index.js';

export const YEAR = 2026;

export function applicant(id: number, over: Partial<ProfileInput> = {}): ProfileInput {
  return {
    id,
    ref: `A-${String(id).padStart(4, '0')}`,
    name: `Person ${id}`,
    email: `person${id}@gmail.com`,
    role: 'mentee',
    areas: ['Africa'],
    institution: null,
    country: 'Kenya',
    language: 'en',
    status: 'received',
    undeliverable: false,
    statementText: '',
    capacityOverride: null,
    ...over,
  };
}

export const mentor = (id: number, over: Partial<ProfileInput> = {}) => applicant(id, { role: 'mentor', ...over });
export const mentee = (id: number, over: Partial<ProfileInput> = {}) => applicant(id, { role: 'mentee', ...over });

export interface Built {
  profiles: Profile[];
  similarity: Similarity;
  byId: (id: number) => Profile;
  mentors: Profile[];
  mentees: Profile[];
}

export function build(inputs: ProfileInput[], defaultCapacity = 1): Built {
  const { profiles, similarity } = buildProfiles(inputs, { defaultCapacity, year: YEAR });
  const byId = (id: number) => {
    const p = profiles.find((x) => x.id === id);
    if (!p) throw new Error(`no profile ${id}`);
    return p;
  };
  return {
    profiles,
    similarity,
    byId,
    mentors: profiles.filter((p) => p.role === 'mentor'),
    mentees: profiles.filter((p) => p.role !== 'mentor'),
  };
}

/** One profile on its own, for the statement readers. */
export function profileOf(over: Partial<ProfileInput>, defaultCapacity = 1): Profile {
  return build([applicant(1, over)], defaultCapacity).byId(1);
}

export { prng } from '../../helpers/prng.js';
