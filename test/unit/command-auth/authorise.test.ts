import { beforeAll, describe, expect, it } from 'vitest';
import { authorise, headerValues, isCoordinator, type AuthoriseInput } from '../../../src/command/auth/index.js';
import { fixture, mapResolver, newDkimKey, signedMessage, type DkimKey } from './helpers.js';

let key: DkimKey;
let signed: Buffer;
let dns: Record<string, string>;

beforeAll(async () => {
  key = newDkimKey();
  dns = { 's1._domainkey.example.org': key.txt, '_dmarc.example.org': 'v=DMARC1; p=quarantine' };
  signed = await signedMessage({ from: 'dana@example.org', signingDomain: 'example.org', selector: 's1', privateKey: key.privateKey });
});

const base = (over: Partial<AuthoriseInput>): AuthoriseInput => ({
  fromAddress: 'dana@example.org',
  coordinators: ['Dana@Example.org'],
  authResults: [],
  trustedIds: ['mx1.mentoring.example.org'],
  raw: Buffer.from(''),
  ...over,
});
const mx = (methods: string) => [`mx1.mentoring.example.org; ${methods}`];

describe('authorise', () => {
  it('refuses a sender who is not a coordinator, however well authenticated', async () => {
    const result = await authorise(base({ fromAddress: 'eve@example.org', authResults: mx('dmarc=pass header.from=example.org') }));
    expect(result).toEqual({ decision: 'refuse', reason: 'sender is not a coordinator', verdict: null });
  });

  it('runs a coordinator command when the trusted header passes', async () => {
    const result = await authorise(base({ authResults: mx('dmarc=pass header.from=example.org') }));
    expect(result).toMatchObject({ decision: 'run', verdict: { source: 'header', authservId: 'mx1.mentoring.example.org' } });
  });

  it('asks to confirm when the trusted header fails, without a second opinion from mailauth', async () => {
    const result = await authorise(base({ authResults: mx('dmarc=fail header.from=example.org'), raw: signed, resolver: mapResolver(dns) }));
    expect(result).toMatchObject({ decision: 'confirm', verdict: { source: 'header', pass: false } });
  });

  it('falls back to mailauth when no trusted header exists', async () => {
    const result = await authorise(base({ authResults: ['mx.elsewhere.example; dmarc=fail'], raw: signed, resolver: mapResolver(dns) }));
    expect(result).toMatchObject({ decision: 'run', verdict: { source: 'mailauth', dmarc: 'pass' } });
  });

  it('asks to confirm when mailauth cannot verify', async () => {
    const result = await authorise(base({ raw: signed, resolver: mapResolver({}) }));
    expect(result).toMatchObject({ decision: 'confirm', verdict: { source: 'mailauth', pass: false } });
  });

  it('asks to confirm when nothing can be verified at all', async () => {
    const result = await authorise(base({ raw: signed }));
    expect(result).toEqual({ decision: 'confirm', reason: 'no trusted Authentication-Results and no resolver to verify', verdict: null });
  });

  it('asks to confirm a forged header placed below our MX header', async () => {
    const raw = fixture('forged-header-below-mx.eml');
    const input = base({ authResults: headerValues(raw, 'Authentication-Results'), raw });
    expect((await authorise(input)).decision).toBe('confirm');
  });

  it('matches coordinators case-insensitively, with or without angle brackets', () => {
    expect(isCoordinator('<DANA@example.ORG>', ['dana@example.org'])).toBe(true);
    expect(isCoordinator('dana@example.org.evil.example', ['dana@example.org'])).toBe(false);
    expect(isCoordinator('', [''])).toBe(false);
  });
});
