import type { InboundMessage } from '../message/inbound.js';
import type { Statement, StatementFields } from '../statement/types.js';

// Words that say "this is about joining the program", in the languages applicants write in.
const APPLICATION_WORDS =
  /\b(expression of interest|statement of interest|mentor(?:s|a|e|ing)?|mentee|mentorship|mentoring|apply|applying|application|candidature|candidatura|solicitud|postul\w+|mentorat|mentoría|tutorat|interessenbekundung)\b/giu;

export function applicationWordHits(text: string): number {
  return new Set((text.match(APPLICATION_WORDS) ?? []).map((w) => w.toLowerCase())).size;
}

/**
 * Is this mail someone applying? An attached document counts even when unreadable (we then ask for
 * a readable copy); a statement in the body must read like one, so a question or a thank-you is not
 * turned into an applicant.
 */
export function looksLikeApplication(msg: Pick<InboundMessage, 'subject' | 'text'>, statement: Statement, fields: StatementFields): boolean {
  if (statement.source === 'none') return false;
  const evidence =
    (fields.role !== 'unclear' ? 1 : 0) + (fields.areas.length > 0 ? 1 : 0) + Math.min(2, applicationWordHits(`${msg.subject}\n${statement.text}`));
  if (statement.source !== 'body') {
    const readable = statement.status === 'ok' || statement.status === 'ocr';
    return !readable || evidence >= 1 || applicationWordHits(`${msg.subject}\n${msg.text}`) > 0;
  }
  return statement.text.length >= 200 && evidence >= 2;
}

/** A human writing about the program without a statement: worth a "how to apply" answer. */
export function asksAboutProgram(msg: Pick<InboundMessage, 'subject' | 'text' | 'inReplyTo'>): boolean {
  return msg.inReplyTo === null && applicationWordHits(`${msg.subject}\n${msg.text}`) > 0;
}
