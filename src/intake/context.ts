import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { InboundMessage } from '../message/inbound.js';
import type { Rendered } from '../outgoing/render.js';
import type { Log } from '../shared/log.js';
import type { Folder } from './route.js';
import type { ScheduledJob } from '../queue/queues.js';
import type { Resolver } from '../command/auth/index.js';
import type { FieldInput, Statement, StatementFields } from '../statement/types.js';

/** Everything the intake needs, passed in: tests give real servers, the CLI gives the configured ones. */
export interface IntakeDeps {
  db: Db;
  config: Config;
  log: Log;
  render: (template: string, view: object) => Rendered;
  enqueueSend: (outboxId: number) => Promise<void>;
  schedule: (job: ScheduledJob) => Promise<void>;
  extractStatement: (msg: InboundMessage) => Promise<Statement>;
  extractFields: (input: FieldInput) => StatementFields;
  /** DNS for verifying coordinators' DKIM/DMARC when no trusted Authentication-Results header is present. */
  dnsResolver?: Resolver;
}

export interface Outcome {
  rowId: number;
  kind: string;
  folder: Folder;
  reason: string | null;
  duplicate: boolean;
  /** Outbox rows to hand to the queue once the transaction has committed. */
  outboxIds: number[];
  /** Program jobs (first-contact checks, reminders) to schedule once the transaction has committed. */
  jobs?: ScheduledJob[];
}
