import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { addToOutbox } from '../outgoing/outbox.repository.js';
import type { Rendered } from '../outgoing/render.js';
import { summaryLine } from './applicants.js';
import type { Transaction } from 'kysely';
import type { ApplicantRow, Database } from '../db/schema.js';
import { suggestMentors } from '../matching/index.js';
import { loadPool } from '../matching/pool.repository.js';
import { excludedText } from './commands/suggest-text.js';

const KEY = 'digest-last';

/**
 * The daily digest (COORDINATOR_NOTICES=digest): every applicant who arrived since the last digest,
 * in one mail per coordinator. Nothing new, no mail. Returns the outbox ids to enqueue.
 */
export async function queueDigest(db: Db, config: Config, render: (t: string, v: object) => Rendered, now: Date): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('control').select('value').where('key', '=', KEY).forUpdate().executeTakeFirst();
    const since = new Date((last?.value as { at?: string } | undefined)?.at ?? now.getTime() - 24 * 3600_000);
    const fresh = await trx.selectFrom('applicant').selectAll().where('created_at', '>', since).where('created_at', '<=', now).orderBy('id').execute();
    const value = JSON.stringify({ at: now.toISOString() });
    await trx.insertInto('control').values({ key: KEY, value, updated_at: now }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql`now()` })).execute();
    if (fresh.length === 0) return [];
    const review = fresh.filter((a) => a.statement_status !== 'ok' && a.statement_status !== 'ocr');
    const best = await bestMentorLines(trx, config, fresh, now);
    const view = {
      since: since.toUTCString(),
      count: fresh.length,
      reviewCount: review.length,
      lines: fresh.map((a) => [`  ${summaryLine(a)}`, ...(best.get(a.id) ?? [])].join('\n')).join('\n'),
      programName: config.PROGRAM_NAME,
    };
    const ids: number[] = [];
    for (const to of config.COORDINATORS) {
      const outbox = await addToOutbox(
        trx,
        { idempotencyKey: `digest:${now.toISOString()}:${to}`, kind: 'coordinator-digest', template: 'coordinator-digest', to, replyTo: null, rendered: render('coordinator-digest', view), threadId: null, applicantId: null, answersMessageRowId: null, inReplyTo: null, references: [] },
        config.programDomain,
      );
      if (outbox.created) ids.push(outbox.id);
    }
    return ids;
  });
}

/** For each new mentee, the three best mentors so far: the digest is where coordinators start matching. */
async function bestMentorLines(trx: Transaction<Database>, config: Config, fresh: ApplicantRow[], now: Date): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!fresh.some((a) => a.role === 'mentee')) return out;
  const pool = await loadPool(trx, config, now);
  for (const a of fresh) {
    const mentee = pool.byId.get(a.id);
    if (!mentee || mentee.role !== 'mentee' || !mentee.inProgram) continue;
    const { suggestions, excluded } = suggestMentors(mentee, pool.mentors, pool.similarity, pool.loads, 3);
    out.set(
      a.id,
      suggestions.length > 0
        ? [`      best mentors: ${suggestions.map((s) => `${s.mentor.ref} ${s.mentor.name ?? s.mentor.email} (${s.score.toFixed(2)})`).join(', ')} - SUGGEST ${a.ref} for the reasons`]
        : [`      no suggested mentor yet (${excludedText(excluded)})`],
    );
  }
  return out;
}
