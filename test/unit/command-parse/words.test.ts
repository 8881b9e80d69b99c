import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, HELP_TEXT, suggestCommand } from '../../../src/command/parse/index.js';

describe('suggestCommand', () => {
  it.each([
    ['MTCH', 'MATCH'],
    ['STAUS', 'STATUS'],
    ['STAUTS', 'STATUS'],
    ['lsit', 'LIST'],
    ['UNMACTH', 'UNMATCH'],
    ['exprot', 'EXPORT'],
    ['match', 'MATCH'],
  ])('%s → %s', (word, name) => expect(suggestCommand(word)).toBe(name));

  it.each(['Hi', 'YES', 'Thanks', 'Best', 'A-12', 'mentorship', ''])('%s → null', (word) => expect(suggestCommand(word)).toBeNull());
});

describe('HELP_TEXT', () => {
  it('lists every command with an example, in under 40 lines', () => {
    const lines = HELP_TEXT.split('\n');
    expect(lines.length).toBeLessThan(40);
    for (const name of COMMAND_NAMES) expect(lines.some((l) => l.trimStart().startsWith(`${name} `))).toBe(true);
  });

  it('describes the matching commands as available, with their ALL and START forms', () => {
    expect(HELP_TEXT).not.toContain('coming with matching');
    for (const example of ['SUGGEST ALL', 'MATCH ALL S-', 'FEEDBACK START', 'REPORT', 'LETTER A-0012']) expect(HELP_TEXT).toContain(example);
  });
});
