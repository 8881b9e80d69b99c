/**
 * Who works where, for the "never the same institution" rule: a folded institution name and the
 * organisation's mail domain. Two people at "Central Library, University of Ibadan" and "Department
 * of Library Studies, University of Ibadan" share an employer, so the key is the parent
 * organisation when the name has one.
 */
import { fold } from './text.js';

const PARENT = /(?<![\p{L}])(?:univers\p{L}*|college|colegio|polytechnic|politecnic\p{L}*|institut\p{L}*|academ\p{L}*|ecole|escuela|school)/u;

export function institutionKey(institution: string | null): string | null {
  if (!institution) return null;
  const segments = institution.split(/,|\s[–—-]\s/).map((s) => s.trim()).filter(Boolean);
  const main = segments.length > 1 ? segments.find((s) => PARENT.test(fold(s))) ?? institution : institution;
  const key = fold(main)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(?:the|la|el|le|l) /, '')
    .trim();
  return key || null;
}

/** Providers anyone can sign up to: two gmail users are not colleagues. */
const FREE_NAMES = new Set(
  ('gmail googlemail yahoo ymail rocketmail hotmail outlook live msn aol icloud me mac mail yandex ya '
    + 'qq 163 126 sina sohu gmx web proton protonmail pm tutanota zoho rediffmail naver daum hanmail libero '
    + 'orange free laposte wanadoo terra uol bol ukr i meta bk inbox list rambler seznam wp o2 interia '
    + 'btinternet comcast verizon att sbcglobal yahoomail lycos fastmail hushmail mailinator').split(' '),
);
const FREE_DOMAINS = new Set(['mail.ru', 'ukr.net', 'web.de', 't-online.de', 'proton.me', 'i.ua', 'meta.ua', 'bk.ru', 'list.ru', 'inbox.ru', 'ya.ru']);

/** Second-level labels under a country code: keio.ac.jp, not ac.jp, names the organisation. */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'gob', 'gouv', 'org', 'net', 'or', 'go', 'nic', 'mil', 'sch', 'res', 'nat', 'info']);

/** The organisation part of an address's domain (lib.keio.ac.jp → keio.ac.jp); null for free mail. */
export function orgDomain(email: string): string | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase().replace(/\.$/, '');
  if (!domain || !domain.includes('.') || !email.includes('@')) return null;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  const org = labels.slice(-keep).join('.');
  if (FREE_DOMAINS.has(org) || FREE_DOMAINS.has(domain) || FREE_NAMES.has(labels[labels.length - keep] ?? '')) return null;
  return org;
}
