import type { Job } from 'bullmq';
import type { Db } from '../src/db/db.js';
import { queueAreaDigests } from '../src/command/area-digest.js';
import { startFeedbackRound } from '../src/feedback/round.js';
import { noEffects, type Effects, type ProgramDeps } from '../src/program/effects.js';
import { programJob, type ProgramJob, type ScheduledJob } from '../src/queue/queues.js';
import type { Log } from '../src/shared/log.js';
import { alertIfSilent, askMentee } from '../src/watchdog/first-contact.js';
import { remindFeedback } from '../src/feedback/round.js';

export interface ProgramWorkerDeps extends ProgramDeps {
  db: Db;
  log: Log;
  enqueueSend: (outboxId: number) => Promise<void>;
  schedule: (job: ScheduledJob) => Promise<void>;
  /** Milliseconds, as the send worker's clock. */
  now?: () => number;
}

/** The program's clock: each job re-reads its rows, so a late, repeated or recovered job is harmless. */
export function createProgramProcessor(deps: ProgramWorkerDeps) {
  return async (job: Job<ProgramJob>): Promise<string> => {
    const data = programJob.parse(job.data);
    const now = new Date(deps.now?.() ?? Date.now());
    const effects = await run(deps, data, now);
    for (const id of effects.outboxIds) await deps.enqueueSend(id);
    for (const next of effects.jobs) await deps.schedule(next);
    return `${data.kind}: ${effects.outboxIds.length} mail(s)`;
  };
}

async function run(deps: ProgramWorkerDeps, data: ProgramJob, now: Date): Promise<Effects> {
  switch (data.kind) {
    case 'first-contact-ask':
      return askMentee(deps, deps.db, data.matchId, now);
    case 'first-contact-alert':
      return alertIfSilent(deps, deps.db, data.matchId, now);
    case 'feedback-reminder':
      return remindFeedback(deps, deps.db, data.applicantId, now);
    case 'area-digest':
      return queueAreaDigests(deps, deps.db, now);
    case 'program-end': {
      // A job left from an earlier PROGRAM_END setting fires at the old date: only the configured end counts.
      const end = deps.config.programEnd;
      if (!end || end.toISOString() !== data.at || now.getTime() < end.getTime() - 60_000) return noEffects();
      const r = await deps.db.transaction().execute((trx) => startFeedbackRound(deps, trx, 'PROGRAM_END', now));
      deps.log.info('program ended: feedback round', { asked: r.requested.length });
      return r;
    }
  }
}
