import type { InboundMessage } from '../message/inbound.js';
import type { Statement, StatementFields } from '../statement/types.js';

// Words that say "I am applying", in the languages applicants write in.
const INTENT_WORDS =
  /\b(expression of interest|statement of interest|letter of interest|apply|applying|application|candidature|candidatura|solicitud|postul\w+|manifestación de interés|interessenbekundung|bewerbung|resubmi\w+|updated statement)\b/giu;
// Words that say "this is about the mentoring program" without saying "I apply".
const TOPIC_WORDS = /\b(mentor(?:s|a|e|ing)?|mentee|mentorship|mentorat|mentoría|mentoria|tutorat)\b/giu;

function distinctHits(text: string, pattern: RegExp): number {
  return new Set((text.match(pattern) ?? []).map((w) => w.toLowerCase())).size;
}

export function applicationWordHits(text: string): number {
  return distinctHits(text, INTENT_WORDS) + distinctHits(text, TOPIC_WORDS);
}

/**
 * Is this mail someone applying? An attached document counts even when unreadable (we then ask for
 * a readable copy). A statement in the body must read like one, so a question or a thank-you is not
 * turned into an applicant; from someone who already applied (a participant writing about feedback
 * or a letter) it must also say it is an application, or it would overwrite their record.
 */
export function looksLikeApplication(
  msg: Pick<InboundMessage, 'subject' | 'text'>,
  statement: Statement,
  fields: StatementFields,
  known = false,
): boolean {
  if (statement.source === 'none') return false;
  const all = `${msg.subject}\n${statement.text}`;
  const evidence = (fields.role !== 'unclear' ? 1 : 0) + (fields.areas.length > 0 ? 1 : 0) + Math.min(2, applicationWordHits(all));
  if (statement.source !== 'body') {
    const readable = statement.status === 'ok' || statement.status === 'ocr';
    return !readable || evidence >= 1 || applicationWordHits(`${msg.subject}\n${msg.text}`) > 0;
  }
  if (known && distinctHits(all, INTENT_WORDS) === 0) return false;
  // A short body counts only when it says everything at once: applying, as what, in which area.
  return (statement.text.length >= 200 && evidence >= 2) || (statement.text.length >= 80 && evidence >= 4);
}

/** A human writing about the program without a statement: worth a "how to apply" answer. */
export function asksAboutProgram(msg: Pick<InboundMessage, 'subject' | 'text' | 'inReplyTo'>): boolean {
  return msg.inReplyTo === null && applicationWordHits(`${msg.subject}\n${msg.text}`) > 0;
}
