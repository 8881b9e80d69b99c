import type { Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Database } from '../db/schema.js';
import type { Area } from '../statement/types.js';
import { buildProfiles, type Profile, type Similarity } from './index.js';
import { matchedMenteeIds, mentorLoads } from './match.repository.js';

type Conn = Db | Transaction<Database>;

/** Everyone matching looks at, read once: profiles, the statements' similarity model and current loads. */
export interface Pool {
  profiles: Profile[];
  byId: Map<number, Profile>;
  mentors: Profile[];
  mentees: Profile[];
  similarity: Similarity;
  loads: Map<number, number>;
  matchedMentees: Set<number>;
}

export async function loadPool(db: Conn, config: Config, now: Date): Promise<Pool> {
  const rows = await db
    .selectFrom('applicant')
    .leftJoin('statement', 'statement.id', 'applicant.current_statement_id')
    .select([
      'applicant.id', 'applicant.ref', 'applicant.name', 'applicant.email', 'applicant.role', 'applicant.areas', 'applicant.institution',
      'applicant.country', 'applicant.language', 'applicant.status', 'applicant.undeliverable', 'applicant.capacity', 'statement.text',
    ])
    .where('applicant.role', 'in', ['mentor', 'mentee'])
    .orderBy('applicant.id')
    .execute();
  const { profiles, similarity } = buildProfiles(
    rows.map((r) => ({
      id: r.id, ref: r.ref, name: r.name, email: r.email, role: r.role, areas: r.areas as Area[], institution: r.institution,
      country: r.country, language: r.language, status: r.status, undeliverable: r.undeliverable, statementText: r.text ?? '', capacityOverride: r.capacity,
    })),
    { defaultCapacity: config.MENTOR_DEFAULT_CAPACITY, year: now.getUTCFullYear() },
  );
  return {
    profiles,
    byId: new Map(profiles.map((p) => [p.id, p])),
    mentors: profiles.filter((p) => p.role === 'mentor'),
    mentees: profiles.filter((p) => p.role === 'mentee'),
    similarity,
    loads: await mentorLoads(db),
    matchedMentees: await matchedMenteeIds(db),
  };
}
