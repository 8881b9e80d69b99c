import type { CommandHandler } from './context.js';
import type { CommandName } from './parse/index.js';
import { accept, decline } from './commands/accept-decline.js';
import { exportCommand } from './commands/export.js';
import { help } from './commands/help.js';
import { list } from './commands/list.js';
import { set } from './commands/set.js';
import { show } from './commands/show.js';
import { status } from './commands/status.js';
import { undo } from './commands/undo.js';
import { feedback } from './commands/feedback.js';
import { letter } from './commands/letter.js';
import { match } from './commands/match.js';
import { report } from './commands/report.js';
import { suggest } from './commands/suggest.js';
import { unmatch } from './commands/unmatch.js';

/** CONFIRM is not here: it is handled before authorisation, by the token it carries. */
export const COMMANDS: Record<Exclude<CommandName, 'CONFIRM'>, CommandHandler> = {
  HELP: help,
  STATUS: status,
  LIST: list,
  SHOW: show,
  SET: set,
  ACCEPT: accept,
  DECLINE: decline,
  EXPORT: exportCommand,
  UNDO: undo,
  MATCH: match,
  UNMATCH: unmatch,
  SUGGEST: suggest,
  FEEDBACK: feedback,
  LETTER: letter,
  REPORT: report,
};
