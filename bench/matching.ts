// Matching on its own process (so its peak RSS is its own): 1,000 mentees × 300 mentors with realistic
// statements. Times profile building, the bare pair-similarity floor, top-3 suggestions for every mentee,
// and one full min-cost assignment. Prints one JSON line.
import { assignAll, buildProfiles, suggestMentors } from '../src/matching/index.js';
import { generatePool } from './matching-pool.js';

const MENTEES = Number(process.env.BENCH_MENTEES ?? 1000);
const MENTORS = Number(process.env.BENCH_MENTORS ?? 300);
const round = (n: number): number => Math.round(n * 10) / 10;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};

const inputs = generatePool(MENTORS, MENTEES);
const rssBefore = process.memoryUsage().rss;
const [{ profiles, similarity }, buildMs] = time(() => buildProfiles(inputs, { defaultCapacity: 1, year: 2026 }));
const mentors = profiles.filter((p) => p.role === 'mentor');
const mentees = profiles.filter((p) => p.role === 'mentee');
// The floor: every pair's statement similarity and nothing else.
const [, floorMs] = time(() => {
  let s = 0;
  for (const e of mentees) for (const m of mentors) s += similarity.score(m.id, e.id);
  return s;
});
const loads = new Map<number, number>();
const [suggested, suggestMs] = time(() => mentees.map((e) => suggestMentors(e, mentors, similarity, loads, 3).suggestions.length));
const [assignment, assignMs] = time(() => assignAll(mentees, mentors, similarity, loads, new Set()));
const peakRssMb = Math.max(process.memoryUsage().rss, rssBefore) / 1024 / 1024;
console.log(
  JSON.stringify({
    mentees: MENTEES,
    mentors: MENTORS,
    mentorPlaces: mentors.reduce((s, m) => s + m.capacity, 0),
    buildProfilesMs: round(buildMs),
    pairSimilarityFloorMs: round(floorMs),
    suggestAllMenteesMs: round(suggestMs),
    suggestionsTotalMs: round(buildMs + suggestMs),
    menteesWithThree: suggested.filter((n) => n === 3).length,
    assignMs: round(assignMs),
    assignmentTotalMs: round(buildMs + assignMs),
    matched: assignment.quality.matched,
    shareMatched: assignment.quality.shareMatched,
    lowestScore: assignment.quality.lowestScore,
    meanScore: assignment.quality.meanScore,
    rssAtEndMb: round(peakRssMb),
  }),
);

// The same pool through the database, as SUGGEST ALL runs it: read every applicant and statement, build
// the profiles, assign. Only when the parent gives a fresh migrated database.
if (process.env.BENCH_DATABASE_URL) console.log(JSON.stringify(await throughDatabase(process.env.BENCH_DATABASE_URL)));

async function throughDatabase(url: string) {
  const { createDb } = await import('../src/db/db.js');
  const { loadPool } = await import('../src/matching/pool.repository.js');
  const db = createDb(url, 2);
  try {
    // One stored message per statement, as intake leaves them.
    const messageIds: number[] = [];
    for (let i = 0; i < inputs.length; i += 500) {
      const rows = await db
        .insertInto('message')
        .values(inputs.slice(i, i + 500).map((p) => ({ message_key: `bench-${p.id}`, message_id: null, raw_sha256: '0', raw: Buffer.alloc(0), size: 0, from_address: p.email, from_name: null, subject: null, sent_at: null, origin: 'import' as const, mailbox: null, uid: null, uid_validity: null, kind: 'bench', folder: null, reason: null, last_error: null, processed_at: null })))
        .returning('id')
        .execute();
      messageIds.push(...rows.map((r) => r.id));
    }
    for (let i = 0; i < inputs.length; i += 500) {
      const chunk = inputs.slice(i, i + 500);
      const rows = await db
        .insertInto('applicant')
        .values(chunk.map((p) => ({ email: p.email, name: p.name, role: p.role, areas: p.areas, institution: p.institution, country: p.country, language: p.language, status: 'received', statement_status: 'ok', current_statement_id: null })))
        .returning(['id', 'email'])
        .execute();
      const byEmail = new Map(chunk.map((p) => [p.email, p]));
      const statements = await db
        .insertInto('statement')
        .values(rows.map((r, j) => ({ applicant_id: r.id, message_row_id: messageIds[i + j]!, version: 1, source: 'body', filename: null, media_type: 'text/plain', status: 'ok', detail: null, text: byEmail.get(r.email)!.statementText, fields: '{}' })))
        .returning(['id', 'applicant_id'])
        .execute();
      for (const s of statements) await db.updateTable('applicant').set({ current_statement_id: s.id }).where('id', '=', s.applicant_id).execute();
    }
    const started = performance.now();
    const pool = await loadPool(db, { MENTOR_DEFAULT_CAPACITY: 1 } as Parameters<typeof loadPool>[1], new Date());
    const loadMs = performance.now() - started;
    const result = assignAll(pool.mentees, pool.mentors, pool.similarity, pool.loads, pool.matchedMentees);
    return { suggestAllThroughDbMs: round(performance.now() - started), loadPoolMs: round(loadMs), matchedThroughDb: result.quality.matched };
  } finally {
    await db.destroy();
  }
}
