import type { ApplicantRow, BatchPair } from '../../db/schema.js';
import { createMatch, pairRoles, type MatchOutcome } from '../../matching/create-match.js';
import { applicantsByIds } from '../../matching/match.repository.js';
import { loadPool } from '../../matching/pool.repository.js';
import { addEffects, noEffects } from '../../program/effects.js';
import { durationText } from '../../shared/duration-text.js';
import { findApplicant } from '../applicants.js';
import { fail, ok, type CommandContext, type CommandHandler, type CommandResult } from '../context.js';

/** `MATCH a b` (refs or addresses, either order) or `MATCH ALL S-XXXX` after a SUGGEST ALL. */
export const match: CommandHandler = async (cmd, ctx) => {
  if (cmd.args[0]?.toUpperCase() === 'ALL') return matchBatch(cmd.args[1], ctx);
  // In a reply to a notice about one applicant, "MATCH A-0040" pairs that applicant with A-0040.
  const refs = cmd.refs.length === 1 && ctx.threadApplicantId ? [null, cmd.refs[0]!] : cmd.refs;
  if (refs.length !== 2) return fail('MATCH needs two applicants: MATCH A-0012 A-0031 (mentor and mentee, either order), or MATCH ALL S-XXXX after SUGGEST ALL');
  const first = await findApplicant(ctx, refs[0] ? [refs[0]] : []);
  if ('error' in first) return fail(first.error);
  const second = await findApplicant(ctx, [refs[1]!]);
  if ('error' in second) return fail(second.error);
  const roles = pairRoles(first.applicant, second.applicant);
  if ('error' in roles) return fail(`Not matched: ${roles.error}.`);
  const pool = await loadPool(ctx.trx, ctx.config, ctx.now);
  const outcome = await createMatch(ctx, ctx.trx, pool, { ...roles, coordinator: ctx.coordinator, auditId: ctx.auditId, area: cmd.options.area });
  const text = outcomeText(outcome, roles.mentor, roles.mentee, ctx);
  return outcome.kind === 'refused' ? fail(text) : ok(text, undefined, outcome.kind === 'created' ? outcome.effects : undefined);
};

function who(a: ApplicantRow): string {
  return `${a.ref} ${a.name ?? a.email}`;
}

export function outcomeText(o: MatchOutcome, mentor: ApplicantRow, mentee: ApplicantRow, ctx: Pick<CommandContext, 'config'>): string {
  switch (o.kind) {
    case 'refused':
      return `Not matched: ${o.reasons.join('; ')}.`;
    case 'exists':
      return `${who(mentor)} already mentors ${who(mentee)} (since ${o.match.created_at.toISOString().slice(0, 10)}): nothing was sent again.`;
    case 'created': {
      const warn = o.warnings.length > 0 ? `\nNote: ${o.warnings.map((w) => w.text).join('; ')}.` : '';
      return [
        `Matched: ${who(mentor)} (mentor) with ${who(mentee)} (mentee)${o.match.area ? `, ${o.match.area}` : ''}.`,
        `The mentor's introduction (with the mentee's statement) and the mentee's notice are on their way; the mentee will be asked in ${durationText(ctx.config.FIRST_CONTACT_ASK_AFTER)} whether the mentor has written.${warn}`,
      ].join('\n');
    }
  }
}

async function matchBatch(batchId: string | undefined, ctx: CommandContext): Promise<CommandResult> {
  if (!batchId) return fail('MATCH ALL needs the id of a SUGGEST ALL proposal, e.g. MATCH ALL S-7K2Q');
  const id = batchId.toUpperCase();
  const batch = await ctx.trx.selectFrom('suggestion_batch').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!batch) return fail(`no proposal ${id}: run SUGGEST ALL for a new one`);
  if (batch.used_at) return fail(`proposal ${id} was already confirmed on ${batch.used_at.toISOString().slice(0, 10)}; run SUGGEST ALL for a new one`);
  const pairs = batch.pairs as BatchPair[];
  const people = await applicantsByIds(ctx.trx, pairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const pool = await loadPool(ctx.trx, ctx.config, ctx.now);
  const effects = noEffects();
  const lines: string[] = [];
  let created = 0;
  for (const p of pairs) {
    const mentor = people.get(p.mentorId);
    const mentee = people.get(p.menteeId);
    if (!mentor || !mentee) continue;
    const roles = pairRoles(mentor, mentee);
    if ('error' in roles) {
      lines.push(`  ${mentor.ref} → ${mentee.ref}: skipped, ${roles.error}`);
      continue;
    }
    // The pool was read once: each match made here counts against the next pairs' rules.
    const o = await createMatch(ctx, ctx.trx, pool, { ...roles, coordinator: ctx.coordinator, auditId: ctx.auditId, batchId: id, scored: p });
    if (o.kind === 'created') {
      created += 1;
      addEffects(effects, o.effects);
      lines.push(`  ${mentor.ref} → ${mentee.ref}: matched`);
    } else lines.push(`  ${mentor.ref} → ${mentee.ref}: ${o.kind === 'exists' ? 'already matched' : `skipped, ${o.reasons.join('; ')}`}`);
  }
  await ctx.trx.updateTable('suggestion_batch').set({ used_at: ctx.now }).where('id', '=', id).execute();
  return ok([`Proposal ${id}: ${created} of ${pairs.length} pair(s) matched and introduced.`, ...lines].join('\n'), undefined, effects);
}
