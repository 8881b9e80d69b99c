import type { BounceInfo } from '../message/classify.js';
import type { IntakeDeps, Outcome } from './context.js';
import { claimMessage, finishMessage } from './finish.js';
import { noticeBounce } from '../command/notices.js';

/**
 * A delivery report: each failed recipient is recorded against the outgoing mail that bounced, the
 * address's bounce count goes up, and a hard bounce (or too many soft ones) marks it undeliverable.
 */
export async function handleBounce(deps: IntakeDeps, rowId: number, info: BounceInfo): Promise<Outcome> {
  return deps.db.transaction().execute(async (trx) => {
    await claimMessage(trx, rowId);
    const linked = info.originalMessageId
      ? await trx.selectFrom('outbox').select(['id', 'to_address']).where('message_id', '=', info.originalMessageId).executeTakeFirst()
      : undefined;
    const recipients = info.recipients.length > 0 ? info.recipients : linked ? [{ address: linked.to_address, status: null, action: null }] : [];
    const marked: string[] = [];
    const outboxIds: number[] = [];
    for (const rcpt of recipients) {
      const address = rcpt.address.toLowerCase();
      const hard = rcpt.status ? rcpt.status.startsWith('5') : info.hard;
      await trx
        .insertInto('bounce')
        .values({ message_row_id: rowId, address, status: rcpt.status, hard, outbox_id: linked?.to_address === address ? linked.id : (linked?.id ?? null), original_message_id: info.originalMessageId })
        .onConflict((oc) => oc.columns(['message_row_id', 'address']).doNothing())
        .execute();
      const applicant = await trx
        .updateTable('applicant')
        .set((eb) => ({ bounce_count: eb('bounce_count', '+', 1) }))
        .where('email', '=', address)
        .returning(['id', 'bounce_count'])
        .executeTakeFirst();
      if (applicant && (hard || applicant.bounce_count >= deps.config.BOUNCE_SOFT_LIMIT)) {
        const dead = await trx.updateTable('applicant').set({ undeliverable: true, updated_at: new Date() }).where('id', '=', applicant.id).returningAll().executeTakeFirstOrThrow();
        marked.push(String(applicant.id));
        outboxIds.push(...(await noticeBounce(deps, trx, dead, rcpt.status, rowId)));
      }
    }
    const reason = `bounce for ${recipients.length} recipient(s)${marked.length ? `; applicant ${marked.join(', ')} undeliverable` : ''}`;
    await finishMessage(trx, rowId, { kind: 'bounce', folder: 'ignored', reason }, true);
    return { rowId, kind: 'bounce', folder: 'ignored', reason, duplicate: false, outboxIds };
  });
}
