import type { Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Database, MailAttachment } from '../db/schema.js';
import type { ParsedCommand } from './parse/index.js';
import type { Effects } from '../program/effects.js';
import type { Rendered } from '../outgoing/render.js';

/** What one command gets: the open transaction, who asked, and the applicant a notice was about. */
export interface CommandContext {
  trx: Transaction<Database>;
  config: Config;
  coordinator: string;
  auditId: number;
  /** The applicant of the bot mail this command replies to, so `SHOW` alone means "this one". */
  threadApplicantId: number | null;
  now: Date;
  render: (template: string, view: object) => Rendered;
}

export interface CommandResult {
  ok: boolean;
  text: string;
  attachments?: MailAttachment[];
  /** Mails and program jobs the command set in motion (introductions, feedback requests, letters). */
  effects?: Effects;
}

export type CommandHandler = (cmd: ParsedCommand, ctx: CommandContext) => Promise<CommandResult>;

export const ok = (text: string, attachments?: MailAttachment[], effects?: Effects): CommandResult => ({ ok: true, text, attachments, effects });
export const fail = (text: string): CommandResult => ({ ok: false, text });
