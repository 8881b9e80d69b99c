/**
 * Reads one line: a command, an attempted command with an unknown word, or nothing (prose). Coordinators type
 * commands in any case, but "Set up a call with me." or "Report attached." are sentences: a command word counts
 * in lower case only on a short line that reads like a command (no sentence end, no pronouns or articles), or
 * when the line carries a ref, an address or an option.
 */
import { groupAreas, areaNamed } from './areas.js';
import { suggestCommand } from './suggest.js';
import { readTokens, splitLine } from './tokens.js';
import { isCommandName, type CommandName, type ParsedCommand, type ParseIssue } from './types.js';

/** Longer lines are prose (or hostile); commands are a few words. */
const MAX_COMMAND_LINE = 300;
const MAX_PLAIN_WORDS = 6;
const MAX_ATTEMPT_WORDS = 8;
const BULLET = /^(?:[-*•·>]|\d{1,2}[.)])\s+/u;
const SENTENCE_END = /[.!?]$/u;
const PROSE_WORDS = new Set(
  ('i me my you your we us our they them it its is are was were be been to the a an up for this that these those ' +
    'please can could would will should with on at and have has had if so just about out what how when why not').split(' '),
);

export type LineReading = { kind: 'command'; command: ParsedCommand } | { kind: 'issue'; issue: ParseIssue } | { kind: 'none' };

export interface LineContext {
  lineNo: number;
  /** The mail holds this one line: a lone near-miss ("staus") is then an attempt even without refs. */
  singleLine: boolean;
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

/** Only the start of the line is split: a 100 kB line costs no more than a short one. */
export function commandWordOf(line: string): string {
  return splitLine(line.trim().slice(0, 40).replace(BULLET, ''))[0] ?? '';
}

export function readLine(raw: string, ctx: LineContext): LineReading {
  const line = raw.trim().replace(BULLET, '');
  if (line === '' || line.length > MAX_COMMAND_LINE) return { kind: 'none' };
  const pieces = splitLine(line);
  const word = pieces[0] ?? '';
  const name = word.toUpperCase();
  if (isCommandName(name)) {
    const command = buildCommand(name, pieces.slice(1), raw.trim(), ctx.lineNo);
    return looksMeant(word, pieces, line) ? { kind: 'command', command } : { kind: 'none' };
  }
  const issue = attempted(word, pieces, line, ctx);
  return issue ? { kind: 'issue', issue: { line: raw.trim(), lineNo: ctx.lineNo, ...issue } } : { kind: 'none' };
}

function buildCommand(name: CommandName, rest: readonly string[], line: string, lineNo: number): ParsedCommand {
  // CONFIRM codes are short letter-digit strings; one like "A12" must not turn into an applicant ref.
  const tokens = readTokens(rest, name !== 'CONFIRM');
  const command: ParsedCommand = { name, args: tokens.words, refs: tokens.refs, options: tokens.options, line, lineNo };
  if (name === 'LIST') addArea(command);
  return command;
}

/** LIST filters by area: the area named among its words (or in area=…) goes to options.area under its own name. */
function addArea(command: ParsedCommand): void {
  const grouped = groupAreas(command.args);
  command.args = grouped.words;
  const explicit = command.options.area;
  const named = explicit === undefined ? null : areaNamed(explicit);
  if (named) command.options.area = named;
  else if (explicit === undefined && grouped.areas.length > 0) command.options.area = grouped.areas.join(', ');
}

function looksMeant(word: string, pieces: readonly string[], line: string): boolean {
  if (isAllCaps(word) || pieces.length === 1) return true;
  const tokens = readTokens(pieces.slice(1), true);
  if (tokens.hasStructure) return true;
  // An area name is one word here: "list mentors east asia and the pacific" is three words, not eight.
  const words = groupAreas(tokens.words).words;
  if (words.length >= MAX_PLAIN_WORDS || SENTENCE_END.test(line)) return false;
  return !words.some((w) => PROSE_WORDS.has(w.toLowerCase()));
}

/** An unknown first word is reported only when it was plainly meant as a command: typed in capitals, or a near-miss. */
function attempted(word: string, pieces: readonly string[], line: string, ctx: LineContext): Omit<ParseIssue, 'line' | 'lineNo'> | null {
  if (!/^\p{L}{2,}$/u.test(word) || pieces.length > MAX_ATTEMPT_WORDS) return null;
  if (SENTENCE_END.test(line) && pieces.length > 1) return null;
  const suggestion = suggestCommand(word);
  const caps = isAllCaps(word) && word.length >= 3;
  const structured = (): boolean => readTokens(pieces.slice(1), true).hasStructure;
  const nearMiss = suggestion !== null && (ctx.singleLine || structured());
  return caps || nearMiss ? { word, suggestion } : null;
}
