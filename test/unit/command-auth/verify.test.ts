import { beforeAll, describe, expect, it } from 'vitest';
import { verifyMessage } from '../../../src/command/auth/verify.js';
import { mapResolver, newDkimKey, signedMessage, type DkimKey } from './helpers.js';

// Two domains with their own keys; example.org publishes DMARC p=reject.
let org: DkimKey;
let other: DkimKey;
let dns: Record<string, string>;

beforeAll(() => {
  org = newDkimKey();
  other = newDkimKey();
  dns = {
    's1._domainkey.example.org': org.txt,
    's2._domainkey.other.example': other.txt,
    '_dmarc.example.org': 'v=DMARC1; p=reject; rua=mailto:dmarc@example.org',
  };
});

const fromOrg = 'Dana Coordinator <dana@example.org>';
const signedByOrg = () => signedMessage({ from: fromOrg, signingDomain: 'example.org', selector: 's1', privateKey: org.privateKey });

describe('verifyMessage', () => {
  it('passes a message signed by the From domain, asking only the injected resolver', async () => {
    const log: string[] = [];
    const verdict = await verifyMessage(await signedByOrg(), { resolver: mapResolver(dns, log), fromDomain: 'example.org' });
    expect(verdict).toEqual({
      source: 'mailauth',
      pass: true,
      dmarc: 'pass',
      dkimAligned: true,
      spfAligned: false,
      reason: 'mailauth: dmarc=pass, aligned dkim pass, no aligned spf pass',
    });
    expect(log).toEqual(['TXT s1._domainkey.example.org', 'TXT _dmarc.example.org']);
  });

  it('fails when the body was changed after signing', async () => {
    const raw = (await signedByOrg()).toString('latin1').replace('MATCH mentor@example.net', 'MATCH evil@example.net');
    const verdict = await verifyMessage(Buffer.from(raw, 'latin1'), { resolver: mapResolver(dns) });
    expect(verdict).toMatchObject({ pass: false, dmarc: 'fail', dkimAligned: false });
  });

  it('fails when a valid signature belongs to another domain (unaligned)', async () => {
    const raw = await signedMessage({ from: fromOrg, signingDomain: 'other.example', selector: 's2', privateKey: other.privateKey });
    const verdict = await verifyMessage(raw, { resolver: mapResolver(dns) });
    expect(verdict).toMatchObject({ pass: false, dmarc: 'fail', dkimAligned: false });
  });

  it('fails when the key in DNS is not the one that signed', async () => {
    const raw = await signedMessage({ from: fromOrg, signingDomain: 'example.org', selector: 's1', privateKey: other.privateKey });
    expect((await verifyMessage(raw, { resolver: mapResolver(dns) })).pass).toBe(false);
  });

  it('passes an aligned signature when the domain publishes no DMARC record', async () => {
    const { '_dmarc.example.org': _, ...noDmarc } = dns;
    const verdict = await verifyMessage(await signedByOrg(), { resolver: mapResolver(noDmarc) });
    expect(verdict).toMatchObject({ pass: true, dmarc: 'none', dkimAligned: true });
  });

  it('passes by SPF only when the caller knows the connecting IP', async () => {
    const raw = Buffer.from('From: dana@example.org\r\nTo: x@example.net\r\nSubject: STATUS\r\n\r\nSTATUS\r\n');
    const spf = { ...dns, 'example.org': 'v=spf1 ip4:192.0.2.0/24 -all' };
    const withIp = await verifyMessage(raw, { resolver: mapResolver(spf), ip: '192.0.2.10', helo: 'out.example.org', mailFrom: 'dana@example.org' });
    expect(withIp).toMatchObject({ pass: true, dmarc: 'pass', spfAligned: true, dkimAligned: false });
    const withoutIp = await verifyMessage(raw, { resolver: mapResolver(spf), mailFrom: 'dana@example.org' });
    expect(withoutIp).toMatchObject({ pass: false, dmarc: 'fail', spfAligned: false });
  });

  it('fails when our parser read a different From domain than mailauth', async () => {
    const verdict = await verifyMessage(await signedByOrg(), { resolver: mapResolver(dns), fromDomain: 'ala.org' });
    expect(verdict).toMatchObject({ pass: false, reason: 'mailauth: From domain example.org differs from ala.org' });
  });

  it('fails on two From fields (DMARC undefined)', async () => {
    const raw = Buffer.concat([Buffer.from('From: mallory@attacker.example\r\n'), await signedByOrg()]);
    expect(await verifyMessage(raw, { resolver: mapResolver(dns) })).toMatchObject({ pass: false, reason: 'mailauth: not exactly one From address' });
  });

  it('fails closed when DNS times out', async () => {
    const timeout = async () => {
      throw Object.assign(new Error('queryTxt ETIMEOUT'), { code: 'ETIMEOUT' });
    };
    const verdict = await verifyMessage(await signedByOrg(), { resolver: timeout });
    expect(verdict).toMatchObject({ pass: false, dmarc: 'temperror', dkimAligned: false });
  });
});
