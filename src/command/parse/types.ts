/** The words a coordinator can start a command line with. */
export const COMMAND_NAMES = [
  'HELP',
  'STATUS',
  'LIST',
  'SHOW',
  'SET',
  'ACCEPT',
  'DECLINE',
  'EXPORT',
  'UNDO',
  'CONFIRM',
  'MATCH',
  'UNMATCH',
  'SUGGEST',
  'FEEDBACK',
  'LETTER',
  'REPORT',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** An applicant named in a command: by ref ('A-0012', normalised) or by email address (lower-cased). */
export type ApplicantRef = { kind: 'ref'; ref: string } | { kind: 'email'; email: string };

export interface ParsedCommand {
  name: CommandName;
  /** Words that are neither refs, addresses nor key=value options, in order (an area name is one arg). */
  args: string[];
  refs: ApplicantRef[];
  /** key=value pairs, keys lower-cased, quotes removed; LIST also gets `area` from an area named in its args. */
  options: Record<string, string>;
  /** The line as written (trimmed); the cleaned subject when the command came from the subject. */
  line: string;
  /** 1-based line in the trimmed text; 0 for the subject. */
  lineNo: number;
}

/** A line that looks like an attempted command with an unknown first word. */
export interface ParseIssue {
  line: string;
  lineNo: number;
  word: string;
  suggestion: CommandName | null;
}

export interface ParseResult {
  commands: ParsedCommand[];
  unknown: ParseIssue[];
}

export function isCommandName(word: string): word is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(word);
}
