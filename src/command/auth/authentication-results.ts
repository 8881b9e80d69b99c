// Reads Authentication-Results header fields (RFC 8601) stamped by a receiving
// server we trust, and turns them into one verdict about the From domain.
//
// Which headers count (RFC 8601 §1.5, §5, §7.1): every MTA prepends its fields,
// so the ones our own border MX added sit on top, and anything further down was
// there before our MX saw the message — possibly written by the sender. A
// conforming MX must delete incoming copies that claim its authserv-id (§5), and
// consumers must ignore ids they do not trust. We therefore read only the
// unbroken run of trusted-id headers at the top and stop at the first header
// with any other id: below that point even a "trusted" id may be a forgery that
// an intermediate hop did not strip. Within the run, for each method the
// topmost header that reports it wins (it is the latest evaluation), so a
// lower, possibly forged header can never overturn a result our MX reported.
// Deployment rule that follows: only list ids of servers that strip inbound
// copies of their own id (Gmail, Exchange Online, OpenDKIM/OpenDMARC, rspamd).
import { domainOf, isAligned, normaliseDomain } from './org-domain.js';
import { decidePass, describe, type HeaderVerdict } from './verdict.js';

export interface MethodResult {
  method: string;
  result: string;
  reason: string | null;
  /** ptype.property → value, e.g. `header.d`, `smtp.mailfrom`; lower-cased keys. */
  props: Record<string, string>;
}

export interface AuthResults {
  authservId: string;
  results: MethodResult[];
}

/** Exchange Online stamps its header without an authserv-id; `(` cannot start a real one. */
export const MISSING_AUTHSERV_ID = '(missing)';

const PAIR = /([^\s=]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/g;

/** Removes (comments), keeping quoted strings intact; comments may nest and hold `;`. */
function stripComments(text: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      // quoted-pair: kept inside a quoted string, dropped with its comment
      if (depth === 0) out += c + (text[i + 1] ?? '');
      i++;
    } else if (quoted) {
      quoted = c !== '"';
      out += c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out += ' ';
    } else if (depth === 0) {
      quoted = c === '"';
      out += c;
    }
  }
  return out;
}

function splitSemicolons(text: string): string[] {
  return text.match(/(?:"(?:[^"\\]|\\.)*"|[^;"])+/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

function unquote(value: string): string {
  return value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** `dkim=pass header.d=x.org` → a method result; bare words (Exchange's stray `;x.org;`) → null. */
function parseResinfo(segment: string): MethodResult | null {
  const pairs = [...segment.matchAll(PAIR)].map((m) => [m[1]!.toLowerCase(), unquote(m[2]!)] as const);
  const [first, ...rest] = pairs;
  if (!first) return null;
  const result: MethodResult = { method: first[0].split('/')[0]!, result: first[1].toLowerCase(), reason: null, props: {} };
  for (const [key, value] of rest) {
    if (key === 'reason') result.reason = value;
    else result.props[key] = value;
  }
  return result;
}

export function parseAuthenticationResults(value: string): AuthResults {
  const segments = splitSemicolons(stripComments(value.replace(/\r?\n[ \t]+/g, ' ')));
  const head = segments[0] ?? '';
  // Microsoft writes `spf=pass … ; dkim=…` with no authserv-id in front.
  const hasId = head !== '' && !head.includes('=');
  const authservId = hasId ? unquote(head.split(/\s+/)[0]!).toLowerCase() : MISSING_AUTHSERV_ID;
  const results = segments.slice(hasId ? 1 : 0).map(parseResinfo).filter((r) => r !== null);
  return { authservId, results };
}

function trustedRun(all: AuthResults[], trusted: string[]): AuthResults[] {
  const ids = new Set(trusted.map((id) => id.trim().toLowerCase()));
  const end = all.findIndex((h) => !ids.has(h.authservId));
  return end === -1 ? all : all.slice(0, end);
}

function topmost(run: AuthResults[], method: string): MethodResult[] {
  for (const header of run) {
    const found = header.results.filter((r) => r.method === method);
    if (found.length > 0) return found;
  }
  return [];
}

function dkimDomain(r: MethodResult): string {
  return domainOf(r.props['header.d'] ?? r.props['header.i'] ?? '');
}

function spfDomain(r: MethodResult): string {
  return domainOf(r.props['smtp.mailfrom'] ?? '');
}

/** The DMARC row for our From domain; a row about another domain is a From-parsing mismatch. */
function dmarcFor(rows: MethodResult[], from: string): { result: string | null; foreign: string | null } {
  if (rows.length === 0) return { result: null, foreign: null };
  const ours = rows.find((r) => !r.props['header.from'] || domainOf(r.props['header.from']) === from);
  if (ours) return { result: ours.result, foreign: null };
  return { result: rows[0]!.result, foreign: domainOf(rows[0]!.props['header.from'] ?? '') };
}

/**
 * Verdict from the trusted headers (all Authentication-Results values, top first),
 * or null when the topmost header is not from a trusted authserv-id.
 */
export function trustedVerdict(headers: string[], trusted: string[], fromDomain: string): HeaderVerdict | null {
  const run = trustedRun(headers.map(parseAuthenticationResults), trusted);
  if (run.length === 0) return null;
  const from = normaliseDomain(fromDomain);
  const passing = (r: MethodResult) => r.result === 'pass';
  const dkimAligned = from !== '' && topmost(run, 'dkim').some((r) => passing(r) && isAligned(dkimDomain(r), from));
  const spfAligned = from !== '' && topmost(run, 'spf').some((r) => passing(r) && isAligned(spfDomain(r), from));
  const dmarc = dmarcFor(topmost(run, 'dmarc'), from);
  const authservId = run[0]!.authservId;
  const base = { source: 'header' as const, authservId, dmarc: dmarc.result, dkimAligned, spfAligned };
  if (dmarc.foreign !== null || from === '') {
    // Our From parser and the MX disagree about the From domain (e.g. two From
    // fields): nothing the MX proved is known to apply to the address we read.
    const reason = `${authservId}: dmarc evaluated header.from=${dmarc.foreign ?? '?'}, not ${from || '?'}`;
    return { ...base, pass: false, reason };
  }
  const pass = decidePass(dmarc.result, dkimAligned, spfAligned);
  return { ...base, pass, reason: `${authservId}: ${describe(dmarc.result, dkimAligned, spfAligned)}` };
}
