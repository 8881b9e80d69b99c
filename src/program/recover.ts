import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { ScheduledJob } from '../queue/queues.js';
import { feedbackRoundStarted } from '../feedback/round.js';

/**
 * Program jobs are derived from the database: after Redis lost its data, or a crash between commit and
 * scheduling, a start re-adds every job still due. Job ids are fixed, so existing jobs are not doubled,
 * and each handler re-checks the rows, so a job that already ran does nothing.
 */
export async function dueProgramJobs(db: Db, config: Config, now: Date): Promise<ScheduledJob[]> {
  const jobs: ScheduledJob[] = [];
  const at = (from: Date, after: number): number => from.getTime() + after - now.getTime();
  const watched = await db.selectFrom('match').select(['id', 'created_at', 'introduced_at', 'watch_asked_at']).where('status', '=', 'active').where('watch', '=', 'watching').execute();
  for (const m of watched) {
    if (m.introduced_at && !m.watch_asked_at) jobs.push({ job: { kind: 'first-contact-ask', matchId: m.id }, delayMs: at(m.introduced_at, config.FIRST_CONTACT_ASK_AFTER) });
    jobs.push({ job: { kind: 'first-contact-alert', matchId: m.id }, delayMs: at(m.created_at, config.FIRST_CONTACT_ALERT_AFTER) });
  }
  const open = await db.selectFrom('feedback_request').select(['applicant_id', 'requested_at']).where('answered_at', 'is', null).where('reminded_at', 'is', null).execute();
  for (const r of open) jobs.push({ job: { kind: 'feedback-reminder', applicantId: r.applicant_id }, delayMs: at(r.requested_at, config.FEEDBACK_REMINDER_AFTER) });
  if (config.programEnd && !(await feedbackRoundStarted(db))) {
    jobs.push({ job: { kind: 'program-end', at: config.programEnd.toISOString() }, delayMs: config.programEnd.getTime() - now.getTime() });
  }
  return jobs;
}
