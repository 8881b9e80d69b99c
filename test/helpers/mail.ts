import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

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
