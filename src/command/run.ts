import { sql, type Transaction } from 'kysely';
import type { Database, MailAttachment } from '../db/schema.js';
import { COMMANDS } from './registry.js';
import { addEffects, noEffects, type Effects } from '../program/effects.js';
import type { CommandContext, CommandResult } from './context.js';
import { HELP_TEXT, type ParsedCommand, type ParseIssue } from './parse/index.js';

export interface RunOutput {
  texts: string[];
  attachments: MailAttachment[];
  effects: Effects;
}

/** Runs parsed commands in order, each audited; one failing command does not stop the others. */
export async function runCommands(
  trx: Transaction<Database>,
  base: Omit<CommandContext, 'auditId' | 'trx'>,
  rowId: number,
  commands: ParsedCommand[],
  auth: unknown,
): Promise<RunOutput> {
  const out: RunOutput = { texts: [], attachments: [], effects: noEffects() };
  for (const cmd of commands) {
    const audit = await trx
      .insertInto('command_audit')
      .values({ message_row_id: rowId, sender: base.coordinator, line: cmd.line, name: cmd.name, decision: 'run', reason: null, result: null, auth: JSON.stringify(auth ?? null) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await runOne(cmd, { ...base, trx, auditId: audit.id });
    const decision = result.ok ? 'run' : 'failed';
    await trx.updateTable('command_audit').set({ decision, result: result.text.slice(0, 4000) }).where('id', '=', audit.id).execute();
    out.texts.push(`> ${cmd.line}\n${result.text}`);
    out.attachments.push(...(result.attachments ?? []));
    addEffects(out.effects, result.effects ?? {});
  }
  return out;
}

/** A failing command is rolled back to its savepoint: the commands before and after it still count. */
async function runOne(cmd: ParsedCommand, ctx: CommandContext): Promise<CommandResult> {
  if (cmd.name === 'CONFIRM') return { ok: false, text: 'CONFIRM goes in a reply to a confirmation mail, on a line of its own.' };
  const savepoint = `cmd_${ctx.auditId}`;
  await sql.raw(`SAVEPOINT ${savepoint}`).execute(ctx.trx);
  try {
    const result = await COMMANDS[cmd.name](cmd, ctx);
    await sql.raw(`RELEASE SAVEPOINT ${savepoint}`).execute(ctx.trx);
    return result;
  } catch (err) {
    await sql.raw(`ROLLBACK TO SAVEPOINT ${savepoint}`).execute(ctx.trx);
    return { ok: false, text: `failed: ${(err as Error).message}` };
  }
}

export function unknownText(unknown: ParseIssue[]): string {
  if (unknown.length === 0) return '';
  const lines = unknown.map((u) => `> ${u.line}\nUnknown command "${u.word}".${u.suggestion ? ` Did you mean ${u.suggestion}?` : ''}`);
  return `${lines.join('\n\n')}\n\n${HELP_TEXT}`;
}
