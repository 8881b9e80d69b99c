import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/message/parse.js';
import { trimReply, type ReplyBody } from '../../../src/reply/trim.js';

const MB = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Generous bounds: they catch a quadratic blow-up (seconds), not a slow CI machine. */
const HOSTILE_MS = 1_000;

function elapsed(input: ReplyBody): number {
  const started = performance.now();
  trimReply(input);
  return performance.now() - started;
}

describe('trimReply: limits', () => {
  it('trims a typical reply in well under a millisecond', async () => {
    const message = await parseMessage(await readFile(new URL('../../fixtures/replies/gmail-top-posted.eml', import.meta.url)));
    const input = { text: message.text, html: message.html };
    for (let i = 0; i < 200; i++) trimReply(input);
    const runs = 1_000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) trimReply(input);
    expect((performance.now() - started) / runs).toBeLessThan(1);
  });

  it.each([
    ['one 1 MB line', { text: 'a'.repeat(MB), html: null }],
    ['1 MB of spaces', { text: `${' '.repeat(MB)}x`, html: null }],
    ['lines ending in ":"', { text: fill('x:\n'), html: null }],
    ['long dated attribution look-alikes', { text: fill(`On 3 Mar 2025 10:14 ${'wrote '.repeat(60)}:\n`), html: null }],
    ['lines only the library could judge', { text: fill(`在 2025年3月3日 10:14 ${'e'.repeat(300)}：\n`), html: null }],
    ['From/Sent pairs', { text: fill('From: a\nSent: b\n'), html: null }],
    ['unclosed quote divs', { text: '', html: fill('<div class="gmail_attr">') }],
    ['tags without ">"', { text: '', html: fill('<a ') }],
    ['nested blockquotes', { text: '', html: fill('<blockquote>') }],
    ['tag soup', { text: '', html: fill('<<div>>x</') }],
  ] as Array<[string, ReplyBody]>)('bounds the work on %s', (_name, input) => {
    expect(elapsed(input)).toBeLessThan(HOSTILE_MS);
  });
});
