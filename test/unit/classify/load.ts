import { readFileSync } from 'node:fs';
import type { InboundMessage } from '../../../src/message/inbound.js';
import { parseMessage } from '../../../src/message/parse.js';
import type { ClassifyContext } from '../../../src/message/classify.js';

/** The program the fixtures were written for. */
export const ctx: ClassifyContext = {
  programAddresses: ['mentoring@library.example.org', 'reply@library.example.org'],
  ownDomains: ['mentorbox.library.example.org'],
};

export function fixture(name: string): Promise<InboundMessage> {
  return parseMessage(readFileSync(new URL(`../../fixtures/classify/${name}`, import.meta.url)));
}

/** A message from header lines and a body, for checks that need one header changed. */
export function message(headers: string[], body = 'Hello.\n'): Promise<InboundMessage> {
  const base = ['From: Jane Reader <jane@example.edu>', 'To: mentoring@library.example.org', 'Subject: Hello', 'Message-ID: <x1@example.edu>'];
  const names = new Set(headers.map((h) => h.slice(0, h.indexOf(':')).toLowerCase()));
  const all = [...base.filter((h) => !names.has(h.slice(0, h.indexOf(':')).toLowerCase())), ...headers];
  return parseMessage(Buffer.from(`${all.join('\r\n')}\r\n\r\n${body}`));
}
