import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../../src/command/parse/index.js';

const only = (text: string) => {
  const { commands, unknown } = parseCommands(text);
  expect(unknown).toEqual([]);
  expect(commands).toHaveLength(1);
  return commands[0]!;
};

describe('command words', () => {
  it.each(['MATCH a-12 a-31', 'match a-12 a-31', 'Match A12 A31', 'mAtCh A-0012 A-0031'])('%s', (line) => {
    const c = only(line);
    expect(c.name).toBe('MATCH');
    expect(c.refs).toEqual([{ kind: 'ref', ref: 'A-0012' }, { kind: 'ref', ref: 'A-0031' }]);
    expect(c.args).toEqual([]);
  });

  it('takes a trailing colon or full stop off the command word', () => {
    expect(only('STATUS.').name).toBe('STATUS');
    expect(only('Help?').name).toBe('HELP');
    expect(only('SHOW: A-7').refs).toEqual([{ kind: 'ref', ref: 'A-0007' }]);
  });

  it('reads bulleted and numbered lines', () => {
    const { commands } = parseCommands('- ACCEPT A-1\n* DECLINE A-2\n1. SHOW A-3\n2) STATUS');
    expect(commands.map((c) => c.name)).toEqual(['ACCEPT', 'DECLINE', 'SHOW', 'STATUS']);
  });
});

describe('refs in many spellings', () => {
  it.each([
    ['a-12', 'A-0012'],
    ['A12', 'A-0012'],
    ['A-0012', 'A-0012'],
    ['a-00012', 'A-0012'],
    ['A-7', 'A-0007'],
    ['A-12345', 'A-12345'],
    ['(A-12),', 'A-0012'],
  ])('%s → %s', (written, ref) => {
    expect(only(`SHOW ${written}`).refs).toEqual([{ kind: 'ref', ref }]);
  });

  it('collects refs and addresses in order, whatever separates them', () => {
    const c = only('MATCH A-3, Hanako.Yamada@Keio.jp;<ana@bne.es> mailto:ji@x.cn');
    expect(c.refs).toEqual([
      { kind: 'ref', ref: 'A-0003' },
      { kind: 'email', email: 'hanako.yamada@keio.jp' },
      { kind: 'email', email: 'ana@bne.es' },
      { kind: 'email', email: 'ji@x.cn' },
    ]);
  });

  it('drops the "<mailto:…>" Outlook appends to each address', () => {
    const c = only('MATCH hyamada@keio.jp<mailto:hyamada@keio.jp> macristina.dcsantos@gmail.com<mailto:macristina.dcsantos@gmail.com>');
    expect(c.refs.map((r) => (r.kind === 'email' ? r.email : r.ref))).toEqual(['hyamada@keio.jp', 'macristina.dcsantos@gmail.com']);
    expect(c.args).toEqual([]);
  });

  it('keeps a CONFIRM code as written, even one that looks like a ref', () => {
    expect(only('CONFIRM 7F3K')).toMatchObject({ args: ['7F3K'], refs: [] });
    expect(only('confirm A12')).toMatchObject({ args: ['A12'], refs: [] });
  });
});

describe('SET options', () => {
  it('reads key=value pairs with straight quotes', () => {
    const c = only('SET A-0012 role=mentor areas="Europe, Africa" name="Jürgen Müller"');
    expect(c.refs).toEqual([{ kind: 'ref', ref: 'A-0012' }]);
    expect(c.options).toEqual({ role: 'mentor', areas: 'Europe, Africa', name: 'Jürgen Müller' });
    expect(c.args).toEqual([]);
  });

  it('reads curly quotes (Outlook autocorrect), non-Latin names and upper-case keys', () => {
    const c = only('set a-5 Name=“Олена Коваленко” institution=„Bibliothèque nationale“ areas=Europe,Africa');
    expect(c.options).toEqual({ name: 'Олена Коваленко', institution: 'Bibliothèque nationale', areas: 'Europe,Africa' });
    expect(only('SET A-6 name="山田 花子"').options).toEqual({ name: '山田 花子' });
    expect(only('SET A-6 name="محمد الأحمد" country=Lebanon').options).toEqual({ name: 'محمد الأحمد', country: 'Lebanon' });
  });
});

describe('LIST and areas', () => {
  it('keeps words in order and names the area', () => {
    expect(only('LIST mentees unmatched Europe')).toMatchObject({ args: ['mentees', 'unmatched', 'Europe'], options: { area: 'Europe' } });
  });

  it('reads a multi-word area as one arg, in any case or quoted', () => {
    expect(only('LIST mentors East Asia and the Pacific')).toMatchObject({
      args: ['mentors', 'East Asia and the Pacific'],
      options: { area: 'East Asia and the Pacific' },
    });
    expect(only('list mentees near east and south asia').options.area).toBe('Near East and South Asia');
    expect(only('LIST "Sister Libraries"')).toMatchObject({ args: ['Sister Libraries'], options: { area: 'Sister Libraries' } });
  });

  it('knows other names for an area, and area=…', () => {
    expect(only('LIST mentees Latin America').options.area).toBe('Americas');
    expect(only('LIST area=europa').options.area).toBe('Europe');
    expect(only('LIST mentees unmatched').options).toEqual({});
  });
});
