import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Config } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import { findOutboxForSend, transition } from '../src/outgoing/outbox.repository.js';
import { breakerDecision, decideSend } from '../src/outgoing/send-decision.js';
import { breakerState, tripBreaker } from '../src/outgoing/breaker.js';
import type { Rendered } from '../src/outgoing/render.js';
import { SmtpRejectedError, type Mailer } from '../src/outgoing/mailer.js';
import { sendMailPayload, type ScheduledJob, type SendMailPayload } from '../src/queue/queues.js';
import { markIntroduced } from '../src/matching/match.repository.js';
import type { Log } from '../src/shared/log.js';

export interface SendMailDeps {
  db: Db;
  mailer: Mailer;
  config: Config;
  log: Log;
  render: (template: string, view: object) => Rendered;
  enqueueSend: (outboxId: number) => Promise<void>;
  /** Program jobs started by a sent mail (the first-contact question after an introduction). */
  schedule?: (job: ScheduledJob) => Promise<void>;
  now?: () => number;
}

/** Sends one outbox row at most once: the row's status, not the job, is the source of truth. */
export function createSendMailProcessor(deps: SendMailDeps) {
  const now = deps.now ?? Date.now;
  return async (job: Job<SendMailPayload>, token?: string): Promise<string> => {
    const { outboxId } = sendMailPayload.parse(job.data);
    // Whether the recipient's address is dead (not the row's applicant: a coordinator notice is about an applicant too).
    const row = await findOutboxForSend(deps.db, outboxId, new Date(now() - 24 * 3600 * 1000));
    if (!row) throw new UnrecoverableError(`outbox row ${outboxId} not found`);
    const breaker = await breakerState(deps.db, now());
    const decision = breakerDecision(row.kind, { ...breaker, perHourLimit: deps.config.SEND_BREAKER_PER_HOUR, now: now() }) ?? decideSend(row, {
      undeliverable: row.undeliverable ?? false,
      programAddress: deps.config.PROGRAM_ADDRESS,
      programDomain: deps.config.programDomain,
      sentToday: Number(row.sent_today ?? 0),
      dailyCap: deps.config.SEND_CAP_PER_RECIPIENT_PER_DAY,
      coordinator: deps.config.COORDINATORS.includes(row.to_address),
      now: now(),
    });
    switch (decision.action) {
      case 'skip':
        return decision.why;
      case 'uncertain':
        await transition(deps.db, outboxId, ['sending'], 'uncertain', { last_error: 'interrupted while sending; not retried to avoid a duplicate' });
        deps.log.warn('outbox row left uncertain after an interrupted send', { outboxId });
        return 'uncertain';
      case 'suppress':
        await transition(deps.db, outboxId, ['queued'], 'suppressed', { last_error: decision.why });
        deps.log.info('mail suppressed', { outboxId, why: decision.why });
        return `suppressed: ${decision.why}`;
      case 'defer':
        deps.log.warn('daily cap reached for a recipient; mail deferred', { outboxId });
        await job.moveToDelayed(decision.untilMs, token);
        throw new DelayedError();
      case 'pause':
        if (decision.trip) {
          deps.log.error('send breaker tripped: sending paused', { sentLastHour: breaker.sentLastHour, untilMs: decision.untilMs });
          for (const id of await tripBreaker(deps.db, deps.config, deps.render, decision.untilMs, breaker.sentLastHour)) await deps.enqueueSend(id);
        }
        await job.moveToDelayed(decision.untilMs, token);
        throw new DelayedError();
      case 'send':
        return send(deps, outboxId, row);
    }
  };
}

async function send(deps: SendMailDeps, outboxId: number, row: NonNullable<Awaited<ReturnType<typeof findOutboxForSend>>>): Promise<string> {
  // Claim the row first: if two workers hold the same job, only one gets past this line.
  if (!(await transition(deps.db, outboxId, ['queued'], 'sending'))) return 'claimed elsewhere';
  try {
    const result = await deps.mailer.send({
      from: { name: deps.config.PROGRAM_NAME, address: deps.config.PROGRAM_ADDRESS },
      to: row.to_address,
      replyTo: row.reply_to,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      messageId: row.message_id,
      inReplyTo: row.in_reply_to,
      references: row.references,
      // RFC 3834: an answer to a message is auto-replied; a mail we start (an introduction, a reminder) is auto-generated.
      headers: { 'Auto-Submitted': row.answers_message_row_id ? 'auto-replied' : 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Mentorbox-Kind': row.kind },
      attachments: row.attachments ?? [],
    });
    const sentAt = new Date();
    await transition(deps.db, outboxId, ['sending'], 'sent', { sent_at: sentAt, smtp_response: result.response.slice(0, 500), last_error: null });
    if (row.kind === 'match-intro-mentor' && row.thread_id) {
      // The mentee is asked a set time after the introduction actually left, not after MATCH was typed.
      for (const matchId of await markIntroduced(deps.db, row.thread_id, sentAt)) {
        await deps.schedule?.({ job: { kind: 'first-contact-ask', matchId }, delayMs: deps.config.FIRST_CONTACT_ASK_AFTER });
      }
    }
    deps.log.info('mail sent', { outboxId, kind: row.kind });
    return 'sent';
  } catch (err) {
    const permanent = err instanceof SmtpRejectedError && err.permanent;
    // The server refused before accepting the message, so going back to queued cannot duplicate it.
    await transition(deps.db, outboxId, ['sending'], permanent ? 'failed' : 'queued', { last_error: (err as Error).message.slice(0, 500) });
    deps.log.warn('mail not sent', { outboxId, permanent, error: (err as Error).message });
    if (permanent) throw new UnrecoverableError((err as Error).message);
    throw err;
  }
}
