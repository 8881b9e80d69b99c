/**
 * Trims an inbound reply to the text its author wrote: quoted earlier messages (with their attribution lines and
 * Outlook header blocks) and signatures go; answers written between quoted lines stay.
 */
import { dropQuotedHtml, HTML_QUOTE_MARKERS } from './trim/html-quote.js';
import { htmlToText } from './trim/html-text.js';
import { splitBlockSignature } from './trim/signature.js';
import { normaliseText, tidy, trimText, type Trimmed } from './trim/text.js';

/** Markers sit near the reply's top; scanning further only costs time on huge pages. */
const MAX_MARKER_SCAN = 500_000;

export type { Trimmed } from './trim/text.js';

export interface ReplyBody {
  text: string;
  html: string | null;
}

export function trimReply(input: ReplyBody): Trimmed {
  const fromText = trimText(input.text);
  if (input.html === null || !htmlKnowsBetter(input.text, input.html)) return fromText;
  const fromHtml = trimHtml(input.html);
  // Some clients wrap the new text itself in a marked section (Spark's messageReplySection with nothing else).
  return fromHtml.reply === '' && fromText.reply !== '' ? fromText : fromHtml;
}

/**
 * mailparser fills `text` from the HTML when a message has no text part, and its conversion keeps no trace of the
 * quote and signature markup (Outlook's Signature div, Gmail's gmail_signature, blockquotes). That markup is the most
 * explicit evidence of what was quoted, so when the HTML carries it (or there is no text at all) the HTML decides.
 */
function htmlKnowsBetter(text: string, html: string): boolean {
  return text.trim() === '' || HTML_QUOTE_MARKERS.test(html.slice(0, MAX_MARKER_SCAN));
}

function trimHtml(html: string): Trimmed {
  const dropped = dropQuotedHtml(html);
  const trimmed = trimText(htmlToText(dropped.html));
  return {
    reply: trimmed.reply,
    quoted: dropped.quoted || trimmed.quoted,
    signatureRemoved: dropped.signatureRemoved || trimmed.signatureRemoved,
  };
}

/** Whether a plain-text body quotes an earlier message ('>' lines, an attribution, an Outlook header block). */
export function hasQuote(text: string): boolean {
  return trimText(text).quoted;
}

/** Splits text (without quotes) at its signature: "-- ", an underscore rule, or a closing "Sent from my iPhone". */
export function splitSignature(text: string): { body: string; signature: string | null } {
  const { body, signature } = splitBlockSignature(normaliseText(text).split('\n'));
  const sig = tidy(signature);
  return { body: tidy(body), signature: sig === '' ? null : sig };
}
