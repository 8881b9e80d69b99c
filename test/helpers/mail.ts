import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';

/** test/fixtures, found from this file whether it runs from test/ or a compiled benchmark tree. */
export const FIXTURES = findFixtures(fileURLToPath(new URL('.', import.meta.url)));

function findFixtures(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test', 'fixtures', 'intake'))) return join(dir, 'test', 'fixtures');
  }
  throw new Error(`no test/fixtures above ${from}`);
}

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });

/** Builds a raw message the way a mail client would (MIME, encodings, Message-ID). */
export async function composeMail(options: Mail.Options): Promise<Buffer> {
  const info = await composer.sendMail({ date: new Date(), ...options });
  return info.message as Buffer;
}

/** A fixture .eml with its Message-ID (and optionally From) replaced, so one scenario can be sent many times. */
export function variant(raw: Buffer, replacements: { messageId?: string; from?: string; date?: string }): Buffer {
  let text = raw.toString('latin1');
  if (replacements.messageId) text = text.replace(/^Message-ID:.*$/im, `Message-ID: ${replacements.messageId}`);
  if (replacements.from) text = text.replace(/^From:.*$/im, `From: ${replacements.from}`);
  if (replacements.date) text = text.replace(/^Date:.*$/im, `Date: ${replacements.date}`);
  return Buffer.from(text, 'latin1');
}
