import type { Config } from '../config.js';
import type { Rendered } from '../outgoing/render.js';
import type { ScheduledJob } from '../queue/queues.js';

/** What program steps need besides the open transaction: the configuration and the templates. */
export interface ProgramDeps {
  config: Config;
  render: (template: string, view: object) => Rendered;
}

/**
 * What a step leaves to do once its transaction commits: mails to queue and program jobs to schedule.
 * Nothing reaches Redis before the rows exist, so a rollback never sends a mail.
 */
export interface Effects {
  outboxIds: number[];
  jobs: ScheduledJob[];
}

export const noEffects = (): Effects => ({ outboxIds: [], jobs: [] });

export function addEffects(into: Effects, more: Partial<Effects>): Effects {
  into.outboxIds.push(...(more.outboxIds ?? []));
  into.jobs.push(...(more.jobs ?? []));
  return into;
}
