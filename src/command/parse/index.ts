/**
 * Reads coordinator commands from the trimmed text of a mail (trimReply has removed quotes and "-- " signatures):
 * one command per line, read until the signature; the subject is read only when the body holds no command, so a
 * command written in both ("STATUS" / "STATUS") runs once. Pure: no IO, never throws.
 */
import { isBlank, isGreeting, nextNonBlank, signatureAt } from './lines.js';
import { commandWordOf, isAllCaps, readLine } from './line.js';
import { cleanSubject } from './subject.js';
import { isCommandName, type ParseResult } from './types.js';

export { HELP_TEXT } from './help.js';
export { suggestCommand } from './suggest.js';
export { COMMAND_NAMES } from './types.js';
export type { ApplicantRef, CommandName, ParsedCommand, ParseIssue, ParseResult } from './types.js';

/** Commands sit at the top of a mail; a hostile body of 100k lines is not read to the end. */
const MAX_LINES = 500;

export function parseCommands(text: string, subject = ''): ParseResult {
  const lines = normalise(text).split('\n').slice(0, MAX_LINES);
  const end = signatureStart(lines);
  const content = lines.slice(0, end).filter((l) => !isBlank(l) && !isGreeting(l));
  const body = readBody(lines.slice(0, end), content.length === 1);
  if (body.commands.length > 0) return body;
  const fromSubject = readSubject(subject, content.length === 0);
  return { commands: fromSubject.commands, unknown: [...body.unknown, ...fromSubject.unknown] };
}

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '');
}

/** The first signature line. A line starting with a command word never is one ("MATCH Ana Bello" looks like a name). */
function signatureStart(lines: readonly string[]): number {
  const isCommand = (i: number) => isCommandName(commandWordOf(lines[i] ?? '').toUpperCase());
  for (let i = 0; i < lines.length; i++) {
    if (isCommand(i)) continue;
    const kind = signatureAt(lines, i);
    if (kind === 'strong' || (kind === 'weak' && !isCommand(nextNonBlank(lines, i)))) return i;
  }
  return lines.length;
}

function readBody(lines: readonly string[], singleLine: boolean): ParseResult {
  const result: ParseResult = { commands: [], unknown: [] };
  lines.forEach((line, i) => {
    if (isBlank(line) || isGreeting(line)) return;
    const reading = readLine(line, { lineNo: i + 1, singleLine });
    if (reading.kind === 'command') result.commands.push(reading.command);
    else if (reading.kind === 'issue') result.unknown.push(reading.issue);
  });
  return result;
}

/**
 * A subject is a title more often than a command: "Re: Feedback" over a paragraph is a topic. It counts when its
 * first word is in capitals ("Re: STATUS") or the body is empty ("help" with nothing below).
 */
function readSubject(subject: string, bodyEmpty: boolean): ParseResult {
  const line = cleanSubject(subject);
  if (line === '' || !(bodyEmpty || isAllCaps(commandWordOf(line)))) return { commands: [], unknown: [] };
  const reading = readLine(line, { lineNo: 0, singleLine: true });
  if (reading.kind === 'command') return { commands: [reading.command], unknown: [] };
  return { commands: [], unknown: reading.kind === 'issue' ? [reading.issue] : [] };
}
