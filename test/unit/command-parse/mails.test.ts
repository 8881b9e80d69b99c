import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../../src/command/parse/index.js';
import { trimReply } from '../../../src/reply/trim.js';

const trimmed = (text: string) => trimReply({ text, html: null }).reply;
const names = (text: string, subject?: string) => parseCommands(text, subject).commands.map((c) => c.name);

const OUTLOOK_SIGNATURE = [
  'Dana Kowalczyk',
  'Program Officer, International Relations Office',
  'American Library Association',
  '50 E. Huron St., Chicago, IL 60611 | 312-280-3201',
].join('\n');

describe('realistic mails', () => {
  it('Outlook: one command, a blank line, then a signature block with no "-- "', () => {
    const text = trimmed(`MATCH hyamada@keio.jp macristina.dcsantos@gmail.com\r\n\r\n\r\n${OUTLOOK_SIGNATURE}\r\n`);
    const { commands, unknown } = parseCommands(text, 'Mentor match: Yamada / Dela Cruz-Santos');
    expect(unknown).toEqual([]);
    expect(commands).toEqual([
      {
        name: 'MATCH',
        args: [],
        refs: [{ kind: 'email', email: 'hyamada@keio.jp' }, { kind: 'email', email: 'macristina.dcsantos@gmail.com' }],
        options: {},
        line: 'MATCH hyamada@keio.jp macristina.dcsantos@gmail.com',
        lineNo: 1,
      },
    ]);
  });

  it('a greeting, several lower-case commands, a sign-off and a name', () => {
    const text = 'Hello Dana,\n\nmatch a-12 a-31\naccept A-40\n\nlist mentors unmatched\n\nThanks,\nPiotr\n\nSTATUS';
    const { commands, unknown } = parseCommands(trimmed(text));
    expect(commands.map((c) => [c.name, c.lineNo])).toEqual([['MATCH', 3], ['ACCEPT', 4], ['LIST', 6]]);
    expect(unknown).toEqual([]);
  });

  it('stops at "-- " and at a mobile signature even when trimReply did not', () => {
    expect(names('STATUS\n-- \nDana\nHELP')).toEqual(['STATUS']);
    expect(names('STATUS\n\nSent from my iPhone\n\nHELP')).toEqual(['STATUS']);
    expect(names('STATUS\n\n________________\nMATCH A-1 A-2')).toEqual(['STATUS']);
  });

  it('a signature name in capitals over a title is not an unknown command', () => {
    expect(parseCommands('STATUS\n\nDANA KOWALCZYK\nALA International Relations Office')).toMatchObject({ unknown: [] });
  });

  it('reads nothing from quoted history (trimReply removes it)', () => {
    const text = trimmed('ACCEPT A-3\n\nOn Mon, 12 Jan 2015 at 10:03, mentorbox <bot@ala.org> wrote:\n> MATCH A-1 A-2\n> DECLINE A-4');
    expect(names(text)).toEqual(['ACCEPT']);
  });
});

describe('typos and prose', () => {
  it('suggests the command a typo meant', () => {
    expect(parseCommands('MTCH A-1 A-2').unknown).toEqual([{ line: 'MTCH A-1 A-2', lineNo: 1, word: 'MTCH', suggestion: 'MATCH' }]);
    expect(parseCommands('Hi,\n\nSTAUS\n\nDana').unknown).toEqual([{ line: 'STAUS', lineNo: 3, word: 'STAUS', suggestion: 'STATUS' }]);
    expect(parseCommands('staus').unknown).toMatchObject([{ word: 'staus', suggestion: 'STATUS' }]);
    expect(parseCommands('acept a-12').unknown).toMatchObject([{ word: 'acept', suggestion: 'ACCEPT' }]);
  });

  it('reports a capitalised unknown word without a suggestion, beside the commands that did parse', () => {
    const result = parseCommands('STATUS\nPAIR A-1 A-2');
    expect(result.commands.map((c) => c.name)).toEqual(['STATUS']);
    expect(result.unknown).toEqual([{ line: 'PAIR A-1 A-2', lineNo: 2, word: 'PAIR', suggestion: null }]);
  });

  it('never reports ordinary prose', () => {
    const text = 'Hi team,\n\nThanks!\nPlease see below\nHope you are well.\nStats look good\nLet me know\nSeth and I met today';
    expect(parseCommands(text)).toEqual({ commands: [], unknown: [] });
    expect(parseCommands('Thanks!')).toEqual({ commands: [], unknown: [] });
  });

  it('does not run a sentence that happens to start with a command word', () => {
    const text = 'Set up a call with me next week.\nReport attached.\nShow me the list\nHelp with the Africa group is needed, thanks';
    expect(parseCommands(text)).toEqual({ commands: [], unknown: [] });
  });
});

describe('the subject', () => {
  it('holds the command when the body has none', () => {
    expect(names('', 'STATUS')).toEqual(['STATUS']);
    expect(names('', 'Re: STATUS')).toEqual(['STATUS']);
    expect(names('', 'help')).toEqual(['HELP']);
    expect(names('Hi,\n\nThanks!', 'RE: [EXTERNAL] SHOW A-12')).toEqual(['SHOW']);
    expect(parseCommands('', 'Re: STATUS').commands[0]).toMatchObject({ line: 'STATUS', lineNo: 0 });
  });

  it('runs a command written in both subject and body once', () => {
    expect(parseCommands('STATUS', 'STATUS').commands).toHaveLength(1);
    expect(parseCommands('HELP', 'help').commands).toMatchObject([{ name: 'HELP', lineNo: 1 }]);
  });

  it('is a title, not a command, above a body of prose', () => {
    expect(names('Please see the notes below from our call.', 'Re: feedback')).toEqual([]);
    expect(names('', 'Mentor match: Yamada / Dela Cruz-Santos')).toEqual([]);
    expect(parseCommands('', 'Mentor match').unknown).toEqual([]);
  });
});

describe('headings and sign-offs above commands', () => {
  it('a title-case heading or "Thanks," directly above a command does not end the reading', () => {
    expect(names('Quick Update\nMATCH A-1 A-2\nACCEPT A-3')).toEqual(['MATCH', 'ACCEPT']);
    expect(names('Thanks,\n\nSTATUS')).toEqual(['STATUS']);
  });

  it('reads a 100 kB body quickly and finds its command', () => {
    const started = performance.now();
    expect(names(`STATUS\n${'x'.repeat(100_000)}\n${'word '.repeat(20_000)}`)).toEqual(['STATUS']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('stored lines', () => {
  it('parse again to the same commands (a confirmation code replays them)', () => {
    const first = parseCommands('Hi,\n\n- match a-12 a-31\nSET A-1 name="Jürgen Müller"\nlist mentees east asia and the pacific\n\nDana Kowalczyk\nProgram Officer');
    const again = parseCommands(first.commands.map((c) => c.line).join('\n'));
    expect(again.commands.map(({ lineNo: _, ...c }) => c)).toEqual(first.commands.map(({ lineNo: _, ...c }) => c));
  });
});
