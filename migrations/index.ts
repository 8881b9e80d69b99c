import type { Migration } from 'kysely';
import * as intake from './20261127_0001_intake.js';
import * as threads from './20261127_0002_threads.js';
import * as commands from './20261127_0003_commands.js';
import * as matching from './20261127_0004_matching.js';

/** Listed by hand (not read from the folder) so the same code runs from source, a bundle or a compiled tree. */
export const migrations: Record<string, Migration> = {
  '20261127_0001_intake': intake,
  '20261127_0002_threads': threads,
  '20261127_0003_commands': commands,
  '20261127_0004_matching': matching,
};
