import { readFile } from 'node:fs/promises';
import { parseMessage } from '../../../src/message/parse.js';
import { trimReply } from '../../../src/reply/trim.js';

const DIR = new URL('../../fixtures/replies/', import.meta.url);

/** Parses a fixture the way intake does and trims it. */
export async function trimFixture(name: string): Promise<ReturnType<typeof trimReply>> {
  const message = await parseMessage(await readFile(new URL(name, DIR)));
  return trimReply({ text: message.text, html: message.html });
}

export interface Case {
  file: string;
  reply: string[];
  quoted: boolean;
  signatureRemoved: boolean;
  /** What email-reply-parser alone gets wrong on this shape (the reason the fixture exists), if anything. */
  libraryMiss?: string;
}

/** The expected reply is written one line per array item, so a diff points at the line. */
export async function expectCase(c: Case, expect: (v: unknown) => { toEqual(v: unknown): void }): Promise<void> {
  expect(await trimFixture(c.file)).toEqual({ reply: c.reply.join('\n'), quoted: c.quoted, signatureRemoved: c.signatureRemoved });
}
