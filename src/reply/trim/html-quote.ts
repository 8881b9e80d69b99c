/**
 * Removes quoted messages and signatures from a reply's HTML before it becomes text, using the markup mail clients
 * leave: Gmail (gmail_attr, blockquote.gmail_quote, gmail_signature), Apple Mail and Thunderbird (blockquote
 * type=cite, moz-cite-prefix, moz-signature), Yahoo (yahoo_quoted), Spark (messageReplySection),
 * Outlook (divRplyFwdMsg / appendonsend / mail-editor-reference-message-container, after which everything is the
 * earlier message; Signature divs).
 */

const MAX_HTML_CHARS = 500_000;
/** [^<>] keeps a scan from running past the next '<', so tag soup without '>' stays linear. */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>/g;
const QUOTE_ATTRS = /\b(?:class\s*=\s*["']?[^"'<>]*\b(?:gmail_attr|moz-cite-prefix|yahoo_quoted)\b|name\s*=\s*["']?messageReplySection\b)/i;
const SIGNATURE_ATTRS =
  /\b(?:class\s*=\s*["']?[^"'<>]*\b(?:gmail_signature|gmail_signature_prefix|moz-signature)\b|id\s*=\s*["']?(?:x_)?(?:Signature|ms-outlook-mobile-signature)\b)/i;
const CUT_ATTRS = /\bid\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend|stopSpelling|mail-editor-reference-message-container)\b/i;
export const HTML_QUOTE_MARKERS =
  /<blockquote\b|gmail_attr|gmail_quote|gmail_signature|moz-cite-prefix|moz-signature|yahoo_quoted|messageReplySection|divRplyFwdMsg|appendonsend|stopSpelling|mail-editor-reference-message-container|id\s*=\s*["']?(?:x_)?Signature\b|ms-outlook-mobile-signature/i;

/**
 * A removed quote leaves one '>' line behind, so the text pass still sees an attribution left outside the quote
 * (older Gmail apps put it there) as the header of a quote block, exactly as in a plain-text reply.
 */
const QUOTE_STAND_IN = '<div>&gt;</div>';

export interface HtmlTrim {
  html: string;
  quoted: boolean;
  signatureRemoved: boolean;
}

type Kind = 'quote' | 'signature' | 'cut';

/** Gmail's "indent" button makes a borderless blockquote around the writer's own text; quotes have a border. */
const GMAIL_INDENT = /style\s*=\s*["'][^"']*border:\s*none/i;
/** Markers sit in the first attributes; the cap keeps a hostile megabyte-long tag from costing more than that. */
const MAX_ATTRS = 2_000;

function kindOf(name: string, allAttrs: string): Kind | null {
  const attrs = allAttrs.slice(0, MAX_ATTRS);
  if (CUT_ATTRS.test(attrs)) return 'cut';
  if (name === 'blockquote' && !GMAIL_INDENT.test(attrs)) return 'quote';
  if (QUOTE_ATTRS.test(attrs)) return 'quote';
  return SIGNATURE_ATTRS.test(attrs) ? 'signature' : null;
}

export function dropQuotedHtml(source: string): HtmlTrim {
  const html = source.slice(0, MAX_HTML_CHARS).replace(/<!--[\s\S]*?-->/g, '');
  const result: HtmlTrim = { html: '', quoted: false, signatureRemoved: false };
  let kept = 0;
  START_TAG.lastIndex = 0;
  for (let m = START_TAG.exec(html); m !== null; m = START_TAG.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    const kind = kindOf(name, m[2] ?? '');
    if (kind === null) continue;
    const end = kind === 'cut' ? html.length : elementEnd(html, name, START_TAG.lastIndex);
    result.html += html.slice(kept, m.index) + (kind === 'quote' ? QUOTE_STAND_IN : '');
    kept = end;
    START_TAG.lastIndex = end;
    if (kind === 'signature') result.signatureRemoved = true;
    else result.quoted = true;
  }
  result.html += html.slice(kept);
  return result;
}

/** Index just after the tag closing the element opened before `from` (nested same-name tags counted), or the end. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}
