import { activeMatchesOf, applicantsByIds } from '../../matching/match.repository.js';
import { requestFeedback, startFeedbackRound } from '../../feedback/round.js';
import { durationText } from '../../shared/duration-text.js';
import { findApplicant } from '../applicants.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `FEEDBACK START` — the end-of-program round for every participant; `FEEDBACK A-0012` — one pair, now. */
export const feedback: CommandHandler = async (cmd, ctx) => {
  const reminder = durationText(ctx.config.FEEDBACK_REMINDER_AFTER);
  if (cmd.args[0]?.toUpperCase() === 'START') {
    const r = await startFeedbackRound(ctx, ctx.trx, ctx.coordinator, ctx.now);
    const lead = r.startedBefore ? `The feedback round was started on ${r.startedBefore.slice(0, 10)}; ` : 'Feedback round started: ';
    const text = r.requested.length === 0
      ? `${lead}nobody new to ask (${r.alreadyAsked.length} already asked).`
      : `${lead}${r.requested.length} participant(s) asked for feedback (${r.requested.join(', ')}); one reminder after ${reminder} to those who have not answered.${r.alreadyAsked.length ? ` ${r.alreadyAsked.length} had been asked before.` : ''}`;
    return ok(text, undefined, r);
  }
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(`${found.error}, or FEEDBACK START for everyone`);
  const matches = await activeMatchesOf(ctx.trx, found.applicant.id);
  if (matches.length === 0) return fail(`${found.applicant.ref} has no active match: feedback is asked of matched participants`);
  const people = await applicantsByIds(ctx.trx, [...new Set(matches.flatMap((m) => [m.mentor_id, m.mentee_id]))]);
  const r = await requestFeedback(ctx, ctx.trx, [...people.values()], ctx.coordinator, ctx.now);
  const asked = r.requested.length ? `Feedback asked of ${r.requested.join(', ')}; one reminder after ${reminder}.` : 'Nobody new to ask.';
  return ok(`${asked}${r.alreadyAsked.length ? ` Already asked before: ${r.alreadyAsked.join(', ')}.` : ''}`, undefined, r);
};
