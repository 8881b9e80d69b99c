import EmailReplyParser from 'email-reply-parser';
import {
  BAT_ATTRIBUTION, MAX_PATTERN_LINE, QUOTE_LINE, SOFT_ATTRIBUTION, STRONG_ATTRIBUTION, WRAPPED_ATTRIBUTION_START,
} from './patterns.js';

export interface Attribution {
  /** How many lines it takes: clients wrap long ones ("On … <" / "x@y> wrote:"). */
  span: number;
  /** Carries a time or an address, so it introduces a quote even when the quote has no '>' marks. */
  strong: boolean;
  /** The Bat!'s "… you wrote:", which comes with a greeting line above it. */
  bat: boolean;
}

const MAX_SPAN = 3;
/**
 * A time (or a dotted date) or an address: what every client's attribution carries and prose like
 * "On 3 March 2025 my mentor wrote:" does not.
 */
const DATED = /\d{1,2}[:.h]\d{2}|@/;

/** Finds an attribution line (possibly wrapped) starting at lines[i]. `probes` caps calls into the library per message. */
export function attributionAt(lines: readonly string[], i: number, probes: { left: number }): Attribution | null {
  let candidate = '';
  for (let span = 1; span <= MAX_SPAN && i + span - 1 < lines.length; span++) {
    const line = (lines[i + span - 1] ?? '').trim();
    if (line === '' || QUOTE_LINE.test(line)) return null;
    // Only a line that starts like an attribution may continue on the next one ("This is a link" + "On … wrote:" is not one).
    if (span === 2 && !WRAPPED_ATTRIBUTION_START.test(candidate)) return null;
    candidate = span === 1 || candidate.endsWith('<') ? candidate + line : `${candidate} ${line}`;
    if (candidate.length > MAX_PATTERN_LINE) return null;
    if (!candidate.endsWith(':') && !candidate.endsWith('：')) continue;
    const dated = DATED.test(candidate);
    const strong = dated && (STRONG_ATTRIBUTION.some((re) => re.test(candidate)) || libraryKnowsHeader(candidate, probes));
    if (strong || SOFT_ATTRIBUTION.test(candidate)) return { span, strong, bat: BAT_ATTRIBUTION.test(candidate) };
    return null;
  }
  return null;
}

const parser = new EmailReplyParser();

/**
 * email-reply-parser knows quote headers in more languages than we list (Polish, Danish, Finnish, Chinese, Korean,
 * Japanese …). It flags a header line as quoted when a blank line precedes it, so we ask it about the line alone.
 */
function libraryKnowsHeader(line: string, probes: { left: number }): boolean {
  if (probes.left <= 0) return false;
  probes.left -= 1;
  return parser
    .read(`x\n\n${line}`)
    .getFragments()
    .some((f) => f.isQuoted() || (f.isSignature() && f.getContent().trim() === line));
}
