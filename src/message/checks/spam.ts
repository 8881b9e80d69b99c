import type { InboundMessage } from '../inbound.js';
import { header } from '../inbound.js';
import { domainOf } from './address.js';

/**
 * A conservative advance-fee ("419") fraud score. Weight 3 marks the phrases only fraud uses
 * (an "inheritance fund", a "clearance fee", "do not disclose this transaction"); weight 2 and 1
 * mark what real applications may also say (a library's "US$1.5 million grant", the "transfer of
 * funds from the ministry", a "lottery-funded" scheme, its "beneficiaries").
 */
interface Signal {
  name: string;
  weight: number;
  test: (text: string, subject: string, msg: SpamInput) => boolean;
}

type SpamInput = Pick<InboundMessage, 'subject' | 'text' | 'headers' | 'from' | 'replyTo' | 'to'>;

const MONEY_WORDS = /\b(?:us\$|usd|\$|€|eur|euros?|£|gbp)\s?\d[\d,.' ]*\s*(?:million|m)\b|\b\d[\d,.]*\s*(?:million|billion)\s+(?:united states |us |u\.s\. )?(?:dollars|usd|euros?|pounds)\b|(?:us\$|usd|\$|€|£)\s?\d{1,3}(?:[,.]\d{3}){2,}/;
const FREEMAIL = /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|mail|gmx|yandex|rocketmail|zoho|protonmail|proton)\./;

const SIGNALS: Signal[] = [
  { name: 'money-millions', weight: 2, test: (t) => MONEY_WORDS.test(t) },
  { name: 'next-of-kin', weight: 3, test: (t) => /\bnext of kin\b/.test(t) },
  { name: 'money-transfer-service', weight: 2, test: (t) => /\b(western union|moneygram)\b/.test(t) },
  { name: 'lottery-win', weight: 2, test: (t) => /\b(lottery|lotto|sweepstakes?|jackpot|e-?mail (draw|ballot))\b(\W+\w+){0,8}?\W+(won|winner|winning|prize|claims?)\b|\b(won|winner|winning)\b(\W+\w+){0,8}?\W+(lottery|lotto|sweepstakes?|jackpot)\b/.test(t) },
  { name: 'fund-release', weight: 3, test: (t) => /\b(inheritance|contract|unclaimed|overdue|compensation|abandoned|dormant|consignment)\s+(fund|funds|sum|payment|box)\b|\b(unclaimed|abandoned|dormant)\s+(inheritance|deposit|account|estate)\b|\bfund\b[^.]{0,60}\bapproved for (immediate )?(release|payment|transfer)\b/.test(t) },
  { name: 'transfer-of-funds', weight: 2, test: (t) => /\btransfer of (the |this )?(funds?|sum|inheritance|consignment)\b|\btransfer (the |this )?(funds?|sum|money) (in)?to your\b/.test(t) },
  { name: 'secrecy', weight: 3, test: (t) => /\b(do not|don't|never) (disclose|reveal|discuss) (this|the) (transaction|deal|matter)\b/.test(t) },
  { name: 'atm-card', weight: 3, test: (t) => /\batm (master|visa)? ?card\b|\bdiplomatic (courier|agent)\b|\bconsignment box\b/.test(t) },
  { name: 'upfront-fee', weight: 3, test: (t) => /\b(clearance|release|activation|statutory|stamp duty) (fee|charges?)\b/.test(t) },
  { name: 'identity-request', weight: 2, test: (t) => /\b(full names?|direct (tele)?phone number|occupation and age)\b[\s\S]{0,200}\b(passport|driver'?s? licen[cs]e|identity card)\b/.test(t) },
  { name: 'beneficiary', weight: 1, test: (t, s) => /\bbeneficiary\b/.test(t) && !/\bbeneficiar(y|ies) of (the|this|our) (program|project|training|library)/.test(t) || /\bbeneficiary\b/.test(s) },
  { name: 'bank-details', weight: 1, test: (t) => /\b(bank account (details|number)|banking details)\b/.test(t) },
  { name: 'urgency', weight: 1, test: (t) => /\b(urgent(ly)? (response|reply|attention)|immediate(ly)? (response|reply)|to avoid (further )?delay)\b/.test(t) },
  { name: 'undisclosed-recipients', weight: 1, test: (_t, _s, m) => m.to.length === 0 && /undisclosed[- ]recipients/i.test(header(m, 'to') ?? '') },
  { name: 'reply-to-elsewhere', weight: 1, test: (_t, _s, m) => replyToElsewhere(m) },
  { name: 'shouting-subject', weight: 1, test: (_t, _s, m) => m.subject.length >= 20 && m.subject === m.subject.toUpperCase() && /[A-Z]{4}/.test(m.subject) },
];

function replyToElsewhere(m: SpamInput): boolean {
  const fromDomain = domainOf(m.from?.address ?? '');
  return m.replyTo.some((r) => domainOf(r.address) !== fromDomain && FREEMAIL.test(domainOf(r.address)));
}

export interface SpamScore {
  score: number;
  strong: number;
  signals: string[];
}

const MAX_TEXT = 20_000;

export function advanceFeeScore(msg: SpamInput): SpamScore {
  const subject = msg.subject.toLowerCase();
  const text = `${subject}\n${msg.text.slice(0, MAX_TEXT)}`.toLowerCase().replace(/\s+/g, ' ');
  const hits = SIGNALS.filter((s) => s.test(text, subject, msg));
  return {
    score: hits.reduce((sum, s) => sum + s.weight, 0),
    strong: hits.filter((s) => s.weight >= 3).length,
    signals: hits.map((s) => s.name),
  };
}

/** Both a high score and two weight-3 signals: what an application may say never adds up to that. */
export const SPAM_THRESHOLD = { score: 8, strong: 2 } as const;

export function isAdvanceFeeFraud(score: SpamScore): boolean {
  return score.score >= SPAM_THRESHOLD.score && score.strong >= SPAM_THRESHOLD.strong;
}
