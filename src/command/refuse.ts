import type { InboundMessage } from '../message/inbound.js';
import type { IntakeDeps, Outcome } from '../intake/context.js';
import { claimMessage, finishMessage } from '../intake/finish.js';
import { parseCommands } from './parse/index.js';

/** A short mail from someone who is not a coordinator whose first line is a command word. */
export function looksLikeCommand(msg: InboundMessage, replyText: string): boolean {
  const trimmed = replyText.trim();
  if (trimmed.length > 400) return false;
  const { commands } = parseCommands(trimmed, msg.subject);
  const first = trimmed.split('\n').find((l) => l.trim() !== '') ?? '';
  return commands.some((c) => c.line.trim() === first.trim());
}

/** Nothing runs and nobody is answered; the attempt is audited with the message it came in. */
export async function refuseCommand(deps: IntakeDeps, msg: InboundMessage, rowId: number, replyText: string): Promise<Outcome> {
  const { commands } = parseCommands(replyText, msg.subject);
  return deps.db.transaction().execute(async (trx) => {
    await claimMessage(trx, rowId);
    for (const c of commands) {
      await trx
        .insertInto('command_audit')
        .values({ message_row_id: rowId, sender: msg.from!.address, line: c.line, name: c.name, decision: 'refused', reason: 'sender is not a coordinator', result: null, auth: null })
        .execute();
    }
    const reason = 'command from an address that is not a coordinator; nothing run';
    await finishMessage(trx, rowId, { kind: 'command-refused', folder: 'review', reason }, true);
    return { rowId, kind: 'command-refused', folder: 'review', reason, duplicate: false, outboxIds: [] };
  });
}
