import { describe, expect, it } from 'vitest';
import {
  MISSING_AUTHSERV_ID,
  parseAuthenticationResults,
  trustedVerdict,
} from '../../../src/command/auth/authentication-results.js';
import { headerValues } from '../../../src/command/auth/header-fields.js';
import { fixture } from './helpers.js';

const ar = (name: string) => headerValues(fixture(name), 'Authentication-Results');

describe('parseAuthenticationResults', () => {
  it('reads a Gmail header: authserv-id, dkim with only header.i, spf, dmarc', () => {
    const [gmail] = ar('gmail-pass.eml');
    const parsed = parseAuthenticationResults(gmail!);
    expect(parsed.authservId).toBe('mx.google.com');
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(parsed.results[0]!.props).toMatchObject({ 'header.i': '@example.org', 'header.s': '20230601' });
    expect(parsed.results[1]!.props['smtp.mailfrom']).toBe('alice@example.org');
    expect(parsed.results[2]!.props['header.from']).toBe('example.org');
  });

  it('reads a Microsoft header without authserv-id, with `;` glued to the next method', () => {
    const [microsoft] = ar('exchange-online-pass.eml');
    const parsed = parseAuthenticationResults(microsoft!);
    expect(parsed.authservId).toBe(MISSING_AUTHSERV_ID);
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass']);
    expect(parsed.results[2]!.props).toEqual({ action: 'none', 'header.from': 'partner.example.com' });
    expect(parsed.results[3]!.reason).toBe('100');
  });

  it("skips Exchange's stray bare-domain segment (`header.d=none;contoso.com;`)", () => {
    const parsed = parseAuthenticationResults(
      'spf=none (sender IP is ) smtp.mailfrom=meganb@contoso.com; dkim=none (message not signed) header.d=none;contoso.com; dmarc=none action=none header.from=contoso.com;',
    );
    expect(parsed.results.map((r) => r.method)).toEqual(['spf', 'dkim', 'dmarc']);
  });

  it('handles a version after the id, comments holding `;` and quoted reasons', () => {
    const parsed = parseAuthenticationResults(
      'mx.example.org 1; dkim=fail reason="body hash; did not verify" (key (2048 bit); ok) header.d=example.org;\r\n\tarc=pass (i=1 spf=pass)',
    );
    expect(parsed.authservId).toBe('mx.example.org');
    expect(parsed.results).toEqual([
      { method: 'dkim', result: 'fail', reason: 'body hash; did not verify', props: { 'header.d': 'example.org' } },
      { method: 'arc', result: 'pass', reason: null, props: {} },
    ]);
  });

  it('reads `none` (no checks done) as an empty result list', () => {
    expect(parseAuthenticationResults('mx.example.org; none')).toEqual({ authservId: 'mx.example.org', results: [] });
  });
});

describe('trustedVerdict', () => {
  const trusted = ['mx1.mentoring.example.org'];
  const header = (methods: string) => `mx1.mentoring.example.org; ${methods}`;

  it('passes Gmail mail with dmarc=pass and reports the aligned methods', () => {
    expect(trustedVerdict(ar('gmail-pass.eml'), ['mx.google.com'], 'example.org')).toEqual({
      source: 'header',
      authservId: 'mx.google.com',
      pass: true,
      dmarc: 'pass',
      dkimAligned: true,
      spfAligned: true,
      reason: 'mx.google.com: dmarc=pass, aligned dkim pass, aligned spf pass',
    });
  });

  it('passes Exchange Online mail when the id-less header is trusted', () => {
    const verdict = trustedVerdict(ar('exchange-online-pass.eml'), [MISSING_AUTHSERV_ID], 'partner.example.com');
    expect(verdict).toMatchObject({ pass: true, dmarc: 'pass', dkimAligned: true, spfAligned: true });
  });

  it('does not pass Exchange-internal mail (nothing signed, dmarc=none)', () => {
    const verdict = trustedVerdict(ar('exchange-internal.eml'), [MISSING_AUTHSERV_ID], 'contoso.com');
    expect(verdict).toMatchObject({ pass: false, dmarc: 'none', dkimAligned: false, spfAligned: false });
  });

  it('ignores a forged "pass" the sender put below our MX header', () => {
    const headers = ar('forged-header-below-mx.eml');
    expect(headers).toHaveLength(2);
    expect(trustedVerdict(headers, trusted, 'example.org')).toMatchObject({ pass: false, dmarc: 'fail', dkimAligned: false });
  });

  it('returns null when the top header is from another server, even if a trusted id follows', () => {
    const forged = header('dmarc=pass header.from=example.org');
    expect(trustedVerdict(['mx.attacker.example; dkim=pass header.d=example.org', forged], trusted, 'example.org')).toBeNull();
    expect(trustedVerdict([], trusted, 'example.org')).toBeNull();
  });

  it('combines split headers from one server (OpenDMARC above OpenDKIM)', () => {
    const headers = [header('dmarc=none header.from=example.org'), header('dkim=pass header.d=example.org')];
    expect(trustedVerdict(headers, trusted, 'example.org')).toMatchObject({ pass: true, dmarc: 'none', dkimAligned: true });
  });

  it('matches authserv-ids case-insensitively', () => {
    expect(trustedVerdict([header('dmarc=pass header.from=example.org')], ['MX1.Mentoring.Example.ORG'], 'example.org')?.pass).toBe(true);
  });

  it.each([
    ['aligned subdomain DKIM, no DMARC', 'dkim=pass header.d=mail.example.org', 'example.org', true],
    ['DKIM of an ESP domain', 'dkim=pass header.d=sendgrid.net', 'example.org', false],
    ['aligned SPF only', 'spf=pass smtp.mailfrom=bounce@lists.example.org', 'example.org', true],
    ['SPF pass for another domain', 'spf=pass smtp.mailfrom=bounce@mailchimp.example', 'example.org', false],
    ['DKIM under co.uk, same organisation', 'dkim=pass header.d=mail.library.co.uk', 'library.co.uk', true],
    ['DKIM under co.uk, other organisation', 'dkim=pass header.d=other.co.uk', 'library.co.uk', false],
    ['DKIM under edu.lb', 'dkim=pass header.d=aub.edu.lb', 'mail.aub.edu.lb', true],
    ['DMARC fail outweighs a relaxed-aligned DKIM pass', 'dkim=pass header.d=mail.example.org; dmarc=fail header.from=example.org', 'example.org', false],
    ['DMARC temperror falls back to aligned DKIM', 'dkim=pass header.d=example.org; dmarc=temperror header.from=example.org', 'example.org', true],
    ['DKIM neutral', 'dkim=neutral header.d=example.org', 'example.org', false],
    ['no checks at all', 'none', 'example.org', false],
  ])('%s', (_name, methods, fromDomain, pass) => {
    expect(trustedVerdict([header(methods)], trusted, fromDomain)?.pass).toBe(pass);
  });

  it('lets the topmost result per method win over a lower one from the same id', () => {
    const headers = [header('dmarc=fail header.from=example.org'), header('dmarc=pass header.from=example.org')];
    expect(trustedVerdict(headers, trusted, 'example.org')?.pass).toBe(false);
  });

  it('refuses a DMARC pass evaluated for a different From domain than ours', () => {
    const verdict = trustedVerdict([header('dmarc=pass header.from=attacker.example')], trusted, 'example.org');
    expect(verdict).toMatchObject({ pass: false, reason: expect.stringContaining('header.from=attacker.example') });
  });
});
