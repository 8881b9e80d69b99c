/** Authorisation of the corpus's command mails, read in place, trusting the top-most receiving server. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorise, headerValues } from '../../src/command/auth/index.js';
import { parseMessage } from '../../src/message/parse.js';
import { corpusDir, readJson } from './corpus.js';

interface Entry {
  file: string;
  kind: string;
  from_address: string;
}
interface Manifest {
  coordinators?: { email: string }[];
  messages: Entry[];
}

const dir = corpusDir('CORPUS_DIR', '../shared/corpus/public');
const manifest = readJson<Manifest>(join(dir, 'manifest.json'));
const coordinators = (manifest.coordinators ?? []).map((c) => c.email);
const commandMails = manifest.messages.filter((m) => m.kind === 'command' || m.kind === 'spoofed_command');

describe('corpus command authorisation', () => {
  it('has command mails to check', () => expect(commandMails.length).toBeGreaterThan(0));
  for (const entry of commandMails) {
    it(`${entry.file}: ${entry.kind === 'command' ? 'runs' : 'never runs'}`, async () => {
      const raw = readFileSync(join(dir, entry.file));
      const authResults = headerValues(raw, 'Authentication-Results');
      const trusted = /^\s*([^;\s]+)/.exec(authResults[0] ?? '')?.[1] ?? '';
      const msg = await parseMessage(raw);
      const result = await authorise({ fromAddress: msg.from!.address, coordinators, authResults, trustedIds: [trusted], raw });
      expect(result.decision, result.reason).toBe(entry.kind === 'command' ? 'run' : 'confirm');
    });
  }
});
