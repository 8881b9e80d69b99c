/** Every coordinator mail of the corpus parses to exactly the command its manifest names (read in place). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/command/parse/index.js';
import { parseMessage } from '../../src/message/parse.js';
import { trimReply } from '../../src/reply/trim.js';
import { corpusDir, readJson } from './corpus.js';

interface Entry {
  file: string;
  kind: string;
  command?: string;
  args?: string[];
}

const dir = corpusDir('CORPUS_DIR', '../shared/corpus/public');
const entries = readJson<{ messages: Entry[] }>(join(dir, 'manifest.json')).messages.filter((e) => e.command);

describe('corpus command mails', () => {
  it('has command mails to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });
  for (const entry of entries) {
    it(`${entry.file} parses to exactly its one command`, async () => {
      const message = await parseMessage(readFileSync(join(dir, entry.file)));
      const { commands, unknown } = parseCommands(trimReply({ text: message.text, html: message.html }).reply, message.subject);
      expect(unknown).toEqual([]);
      expect(commands).toHaveLength(1);
      // The manifest lists addresses as args; the parser puts them in refs, in order.
      const written = [...commands[0]!.refs.map((r) => (r.kind === 'email' ? r.email : r.ref)), ...commands[0]!.args];
      expect([commands[0]!.name, written]).toEqual([entry.command, entry.args ?? []]);
    });
  }
});
