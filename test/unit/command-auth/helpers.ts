// Test doubles for DNS and a DKIM signer: nothing here touches the network.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import type { Resolver } from '../../../src/command/auth/verify.js';

/** Raw bytes of a fixture under test/fixtures/auth. */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/auth/${name}`, import.meta.url));
}

export interface DkimKey {
  privateKey: string;
  /** The TXT record value to publish at selector._domainkey.domain. */
  txt: string;
}

export function newDkimKey(): DkimKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKey, txt: `v=DKIM1; k=rsa; p=${publicKey.toString('base64')}` };
}

/**
 * Answers TXT queries from a map, like dns.promises.resolve: string[][] on a hit,
 * an ENOTFOUND error on a miss. Every query is logged so tests can see them.
 */
export function mapResolver(txt: Record<string, string>, log: string[] = []): Resolver {
  return async (name, rrtype) => {
    log.push(`${rrtype} ${name}`);
    const record = rrtype === 'TXT' ? txt[name.toLowerCase()] : undefined;
    if (record === undefined) {
      throw Object.assign(new Error(`query${rrtype} ENOTFOUND ${name}`), { code: 'ENOTFOUND', hostname: name });
    }
    return [[record]];
  };
}

export interface SignOptions {
  from: string;
  signingDomain: string;
  selector: string;
  privateKey: string;
  text?: string;
}

/** A message built and DKIM-signed by nodemailer, as a real provider would send it. */
export async function signedMessage(opts: SignOptions): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
    dkim: { domainName: opts.signingDomain, keySelector: opts.selector, privateKey: opts.privateKey },
  });
  const info = await transport.sendMail({
    from: opts.from,
    to: 'coordinator@mentoring.example.org',
    subject: 'MATCH',
    text: opts.text ?? 'MATCH mentor@example.net mentee@example.com\r\n\r\nDana',
  });
  return info.message as Buffer;
}
