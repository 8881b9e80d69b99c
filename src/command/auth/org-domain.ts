// Relaxed DMARC alignment (RFC 7489 §3.1) compares organisational domains.
// The real rule needs the Public Suffix List; a last-two-labels rule plus the
// second-level suffixes our applicants actually use is enough to compare a
// coordinator's From domain with a signing / envelope domain, and errs towards
// "not aligned" (which only costs a confirmation mail) for suffixes we miss.

const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'me.uk',
  'co.jp', 'ac.jp', 'or.jp', 'ne.jp', 'go.jp', 'ed.jp',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'ac.nz', 'govt.nz',
  'com.br', 'org.br', 'edu.br', 'gov.br', 'net.br',
  'co.in', 'ac.in', 'org.in', 'gov.in', 'edu.in', 'res.in',
  'co.za', 'ac.za', 'org.za', 'gov.za',
  'com.mx', 'edu.mx', 'org.mx', 'gob.mx',
  'com.ng', 'edu.ng', 'org.ng', 'gov.ng',
  'co.ke', 'ac.ke', 'or.ke', 'go.ke',
  'com.lb', 'edu.lb', 'org.lb', 'gov.lb',
  'com.ua', 'org.ua', 'edu.ua', 'gov.ua', 'net.ua',
  'com.ph', 'edu.ph', 'gov.ph', 'org.ph',
  'com.vn', 'edu.vn', 'gov.vn', 'org.vn',
  'com.cn', 'edu.cn', 'gov.cn', 'org.cn', 'net.cn',
  'co.kr', 'ac.kr', 'or.kr', 'go.kr',
  'com.tr', 'edu.tr', 'org.tr', 'gov.tr',
  'com.sg', 'edu.sg', 'gov.sg', 'org.sg',
  'com.my', 'edu.my', 'gov.my', 'org.my',
  'com.ar', 'edu.ar', 'gob.ar', 'org.ar',
  'com.eg', 'edu.eg', 'gov.eg', 'org.eg',
  'com.pk', 'edu.pk', 'gov.pk', 'org.pk',
  'com.kz', 'edu.kz', 'gov.kz', 'org.kz',
  'co.il', 'ac.il', 'org.il', 'gov.il',
  'com.hk', 'edu.hk', 'gov.hk', 'org.hk',
  'com.tw', 'edu.tw', 'gov.tw', 'org.tw',
]);

/** Lower-cased domain without a trailing dot; '' when there is none. */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

/** Domain part of an address (`a@b.org`, `@b.org`) or the domain itself. */
export function domainOf(addressOrDomain: string): string {
  const at = addressOrDomain.lastIndexOf('@');
  return normaliseDomain(at >= 0 ? addressOrDomain.slice(at + 1) : addressOrDomain);
}

/** Organisational domain: the registrable name under a public suffix. */
export function orgDomain(domain: string): string {
  const labels = normaliseDomain(domain).split('.').filter(Boolean);
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Relaxed alignment: both names share an organisational domain. */
export function isAligned(domain: string, fromDomain: string): boolean {
  const a = orgDomain(domain);
  // A bare public suffix ("co.uk") is never an organisation: refuse to align on it.
  return a !== '' && !TWO_LABEL_SUFFIXES.has(a) && a.includes('.') && a === orgDomain(fromDomain);
}
