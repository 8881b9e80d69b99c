import { ok, type CommandHandler } from '../context.js';
import { HELP_TEXT } from '../parse/index.js';

export const help: CommandHandler = async () => ok(HELP_TEXT);
