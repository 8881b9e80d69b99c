import { randomBytes } from 'node:crypto';
import type { BatchPair } from '../../db/schema.js';
import { assignAll, pairFailures, scorePair, suggestMentors, type Profile } from '../../matching/index.js';
import { loadPool, type Pool } from '../../matching/pool.repository.js';
import { toCsv } from '../../shared/csv.js';
import { findApplicant } from '../applicants.js';
import { fail, ok, type CommandContext, type CommandHandler, type CommandResult } from '../context.js';
import { batchText, excludedText, suggestionLines } from './suggest-text.js';

/** Pairs listed in the body of a SUGGEST ALL answer; the attached CSV has them all. */
const MAX_LISTED = 150;

/** `SUGGEST A-0031` — the three best mentors for a mentee (or mentees for a mentor); `SUGGEST ALL` — a whole proposal. */
export const suggest: CommandHandler = async (cmd, ctx) => {
  if (cmd.args[0]?.toUpperCase() === 'ALL') return suggestAll(ctx);
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(`${found.error}, or SUGGEST ALL for a proposal covering every mentee`);
  const a = found.applicant;
  if (a.role !== 'mentor' && a.role !== 'mentee') return fail(`${a.ref}'s role is ${a.role}: set it first (SET ${a.ref} role=mentee)`);
  const pool = await loadPool(ctx.trx, ctx.config, ctx.now);
  const me = pool.byId.get(a.id)!;
  return ok(a.role === 'mentee' ? forMentee(me, pool) : forMentor(me, pool));
};

function forMentee(mentee: Profile, pool: Pool): string {
  const head = `Best mentors for ${mentee.ref} ${mentee.name ?? mentee.email} (mentee; ${mentee.areas.join('; ') || 'no areas'}):`;
  const note = pool.matchedMentees.has(mentee.id) ? `\n(${mentee.ref} is already matched: UNMATCH first to rematch.)` : '';
  const { suggestions, excluded } = suggestMentors(mentee, pool.mentors, pool.similarity, pool.loads, 3);
  if (suggestions.length === 0) return `${head}\nNo mentor passes the rules: ${excludedText(excluded)}.${note}`;
  return [head, ...suggestionLines(suggestions.map((s) => ({ other: s.mentor, scored: s, match: `MATCH ${s.mentor.ref} ${mentee.ref}` }))), note].join('\n').trimEnd();
}

/** A mentor with free places gets the unmatched mentees that would suit them best. */
function forMentor(mentor: Profile, pool: Pool): string {
  const head = `Best mentees for ${mentor.ref} ${mentor.name ?? mentor.email} (mentor, ${pool.loads.get(mentor.id) ?? 0} of ${mentor.capacity} place(s) taken):`;
  const candidates = pool.mentees
    .filter((m) => pairFailures(mentor, m, { mentorLoad: pool.loads.get(mentor.id) ?? 0, menteeMatched: pool.matchedMentees.has(m.id) }).length === 0)
    .map((m) => ({ other: m, scored: scorePair(mentor, m, pool.similarity), match: `MATCH ${mentor.ref} ${m.ref}` }))
    .sort((x, y) => y.scored.score - x.scored.score)
    .slice(0, 3);
  if (candidates.length === 0) return `${head}\nNo unmatched mentee passes the rules (or the mentor is full).`;
  return [head, ...suggestionLines(candidates)].join('\n');
}

const BATCH_ALPHABET = 'BCDFGHJKMNPQRSTVWXZ23456789';

export function newBatchId(): string {
  return `S-${[...randomBytes(4)].map((b) => BATCH_ALPHABET[b % BATCH_ALPHABET.length]).join('')}`;
}

async function suggestAll(ctx: CommandContext): Promise<CommandResult> {
  const pool = await loadPool(ctx.trx, ctx.config, ctx.now);
  const { pairs, quality } = assignAll(pool.mentees, pool.mentors, pool.similarity, pool.loads, pool.matchedMentees);
  if (quality.mentees === 0) return ok('Every mentee in the program is already matched (or there are none): nothing to propose.');
  const id = newBatchId();
  const stored: BatchPair[] = pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, score: p.score, reasons: p.reasons }));
  await ctx.trx.insertInto('suggestion_batch').values({ id, created_by: ctx.coordinator, pairs: JSON.stringify(stored), quality: JSON.stringify(quality) }).execute();
  const rows = pairs.map((p) => {
    const mentor = pool.byId.get(p.mentorId)!;
    const mentee = pool.byId.get(p.menteeId)!;
    return { mentor: mentor.ref, mentorName: mentor.name, mentorEmail: mentor.email, mentee: mentee.ref, menteeName: mentee.name, menteeEmail: mentee.email, score: p.score.toFixed(2), reasons: p.reasons.join('; ') };
  });
  const csv = toCsv(rows, ['mentor', 'mentorName', 'mentorEmail', 'mentee', 'menteeName', 'menteeEmail', 'score', 'reasons']);
  const filename = `proposal-${id}.csv`;
  return ok(batchText(id, pairs, quality, pool.byId, MAX_LISTED), [{ filename, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(csv, 'utf8').toString('base64') }]);
}
