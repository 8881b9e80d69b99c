// Our own DKIM/DMARC check, for mailboxes whose MX stamps no Authentication-Results
// we can trust. We read mail from IMAP, after delivery: the connecting IP and HELO
// are unknown (unless the caller digs them out of a trusted Received field), so SPF
// comes out neutral and only an aligned DKIM signature (judged by DMARC when the
// domain publishes a record) can pass. DNS goes through the injected resolver only.
import { authenticate, type AuthenticateResult } from 'mailauth';
import { domainOf, isAligned } from './org-domain.js';
import { decidePass, describe, type MailauthVerdict } from './verdict.js';

/** Same contract as `dns.promises.resolve`: TXT answers are string[][]; misses reject with code ENOTFOUND/ENODATA. */
export type Resolver = (name: string, rrtype: string) => Promise<any>;

export interface VerifyOptions {
  resolver: Resolver;
  ip?: string;
  helo?: string;
  mailFrom?: string;
  /** From domain as our own parser read it; a different answer from mailauth fails the check. */
  fromDomain?: string;
}

function dkimAlignedPass(result: AuthenticateResult): boolean {
  // `aligned` holds the aligned domain (relaxed, via the public suffix list) or false.
  return result.dkim.results.some((r) => r.status.result === 'pass' && Boolean(r.status.aligned));
}

function spfAlignedPass(result: AuthenticateResult, fromDomain: string): boolean {
  // Only possible when the caller knows the connecting IP (see the file comment).
  return result.spf !== false && result.spf.status.result === 'pass' && isAligned(result.spf.domain, fromDomain);
}

function headerFromDomain(result: AuthenticateResult): string | null {
  const from = result.dkim.headerFrom;
  // Zero or several From addresses: DMARC is undefined and so is "the sender".
  return from.length === 1 ? domainOf(from[0]!) : null;
}

function failed(reason: string): MailauthVerdict {
  return { source: 'mailauth', pass: false, dmarc: null, dkimAligned: false, spfAligned: false, reason };
}

function toVerdict(result: AuthenticateResult, expectedFrom: string | undefined): MailauthVerdict {
  const from = headerFromDomain(result);
  if (from === null) return failed('mailauth: not exactly one From address');
  if (expectedFrom !== undefined && domainOf(expectedFrom) !== from) {
    return failed(`mailauth: From domain ${from} differs from ${domainOf(expectedFrom)}`);
  }
  const dmarc = result.dmarc ? result.dmarc.status.result : null;
  const dkimAligned = dkimAlignedPass(result);
  const spfAligned = spfAlignedPass(result, from);
  const pass = decidePass(dmarc, dkimAligned, spfAligned);
  return { source: 'mailauth', pass, dmarc, dkimAligned, spfAligned, reason: `mailauth: ${describe(dmarc, dkimAligned, spfAligned)}` };
}

export async function verifyMessage(raw: Buffer, opts: VerifyOptions): Promise<MailauthVerdict> {
  let result: AuthenticateResult;
  try {
    result = await authenticate(raw, {
      resolver: opts.resolver,
      ...(opts.ip ? { ip: opts.ip } : {}),
      ...(opts.helo ? { helo: opts.helo } : {}),
      ...(opts.mailFrom ? { sender: opts.mailFrom } : {}),
      // Keeps the host name out of mailauth's generated header text; we never add it to the mail.
      mta: 'mentorbox',
      // ARC and BIMI do not change the verdict; skipping them saves DNS queries.
      disableArc: true,
      disableBimi: true,
    });
  } catch (err) {
    return failed(`mailauth: ${err instanceof Error ? err.message : String(err)}`);
  }
  return toVerdict(result, opts.fromDomain);
}
