// One decision rule shared by the header reader and our own mailauth check, so
// "authenticated" means the same thing whichever source answered.

interface VerdictFields {
  pass: boolean;
  /** DMARC result as reported (pass, fail, none, temperror …); null when absent. */
  dmarc: string | null;
  dkimAligned: boolean;
  spfAligned: boolean;
  reason: string;
}

export interface HeaderVerdict extends VerdictFields {
  source: 'header';
  authservId: string;
}

export interface MailauthVerdict extends VerdictFields {
  source: 'mailauth';
}

export type Verdict = HeaderVerdict | MailauthVerdict;

/**
 * DMARC decides when it gave a definite answer: a receiver that evaluated the
 * domain's policy knows about strict alignment (adkim=s / aspf=s), which our
 * relaxed check does not. Otherwise (no DMARC result, no record published, or a
 * DNS error) an aligned DKIM or SPF pass still proves the From domain.
 */
export function decidePass(dmarc: string | null, dkimAligned: boolean, spfAligned: boolean): boolean {
  if (dmarc === 'pass') return true;
  if (dmarc === 'fail') return false;
  return dkimAligned || spfAligned;
}

/** A short reason for logs and the confirmation mail; carries domains, never addresses. */
export function describe(dmarc: string | null, dkimAligned: boolean, spfAligned: boolean): string {
  const parts = [`dmarc=${dmarc ?? 'absent'}`];
  parts.push(dkimAligned ? 'aligned dkim pass' : 'no aligned dkim pass');
  parts.push(spfAligned ? 'aligned spf pass' : 'no aligned spf pass');
  return parts.join(', ');
}
