import { fail, type CommandHandler } from '../context.js';

/** Matching commands arrive with the matching release; until then say so plainly, never pretend. */
export const unavailable: CommandHandler = async (cmd) =>
  fail(`${cmd.name} is not available yet: it comes with matching. Nothing was done.`);
