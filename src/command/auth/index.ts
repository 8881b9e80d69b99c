// May this message's command run? Rule 6 of the design: only for a coordinator,
// and only when the message provably comes from the coordinator's domain.
// Anything short of proof asks for a one-time token sent to the coordinator's
// own address — a forged From cannot read that mailbox — instead of refusing,
// because a coordinator's legitimate mail can fail checks (forwarders, lists).
import { trustedVerdict } from './authentication-results.js';
import { domainOf } from './org-domain.js';
import type { Verdict } from './verdict.js';
import { verifyMessage, type Resolver } from './verify.js';

export { trustedVerdict, parseAuthenticationResults, MISSING_AUTHSERV_ID } from './authentication-results.js';
export { headerValues } from './header-fields.js';
export { newConfirmToken, isExpired, tokenMatches, normaliseToken } from './token.js';
export { verifyMessage, type Resolver } from './verify.js';
export type { Verdict, HeaderVerdict, MailauthVerdict } from './verdict.js';

export interface AuthoriseInput {
  /** Bare address from the From field, as the message parser read it. */
  fromAddress: string;
  coordinators: string[];
  /** All Authentication-Results values, top first (see headerValues). */
  authResults: string[];
  /** TRUSTED_AUTHSERV_IDS: ids of our own receiving servers. */
  trustedIds: string[];
  raw: Buffer;
  /** When given, messages without a trusted header are checked with mailauth. */
  resolver?: Resolver;
}

export type Decision = 'run' | 'confirm' | 'refuse';

export interface Authorisation {
  decision: Decision;
  reason: string;
  verdict: Verdict | null;
}

function normaliseAddress(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** Case-insensitive on the whole address: providers treat local parts so in practice. */
export function isCoordinator(fromAddress: string, coordinators: string[]): boolean {
  const from = normaliseAddress(fromAddress);
  return from.includes('@') && coordinators.some((c) => normaliseAddress(c) === from);
}

/**
 * A trusted header wins even when it fails: our MX saw the real connection
 * (SPF by IP, the unmodified body), so a re-check from IMAP cannot know better.
 */
async function findVerdict(input: AuthoriseInput): Promise<Verdict | null> {
  const fromDomain = domainOf(input.fromAddress);
  const header = trustedVerdict(input.authResults, input.trustedIds, fromDomain);
  if (header) return header;
  if (!input.resolver) return null;
  return verifyMessage(input.raw, { resolver: input.resolver, fromDomain });
}

export async function authorise(input: AuthoriseInput): Promise<Authorisation> {
  if (!isCoordinator(input.fromAddress, input.coordinators)) {
    return { decision: 'refuse', reason: 'sender is not a coordinator', verdict: null };
  }
  const verdict = await findVerdict(input);
  if (!verdict) {
    return { decision: 'confirm', reason: 'no trusted Authentication-Results and no resolver to verify', verdict };
  }
  return { decision: verdict.pass ? 'run' : 'confirm', reason: verdict.reason, verdict };
}
