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
