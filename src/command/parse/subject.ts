/** The subject as a command line: reply and forward prefixes and list tags removed ("Re: [EXTERNAL] STATUS"). */
const PREFIX = /^(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|antw|odp|ynt)(?:\[\d+\])?\s*[:：]|\[[^\]]{0,40}\])\s*/iu;
const MAX_PREFIXES = 10;

export function cleanSubject(subject: string): string {
  let s = subject.replace(/\s+/gu, ' ').trim();
  for (let i = 0; i < MAX_PREFIXES && PREFIX.test(s); i++) s = s.replace(PREFIX, '');
  return s;
}
