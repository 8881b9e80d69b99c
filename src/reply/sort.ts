import { isFeedbackLike, isForgetMe, isLetterRequest, isWithdrawal } from './intent/kinds.js';
import { parseCorrection, type Correction } from './intent/correction.js';
import { firstContactAnswer } from './intent/first-contact.js';

export type ReplyKind = 'correction' | 'intro' | 'feedback' | 'letter_request' | 'withdrawal' | 'erasure' | 'first_contact' | 'reply';

export interface SortInput {
  /** Kind of the thread the reply resolved to; null for a new conversation. */
  threadKind: string | null;
  /** The trimmed text: what the person wrote, without quotes and signature. */
  text: string;
  subject: string;
  /** The program is only copied on a mail between people (a mentor writing to a mentee). */
  copiedConversation: boolean;
}

export type Sorted =
  | { kind: Exclude<ReplyKind, 'correction' | 'first_contact'> }
  | { kind: 'correction'; correction: Correction }
  /** The mentee's answer to "has your mentor written?"; null when it says neither. */
  | { kind: 'first_contact'; answer: 'yes' | 'no' | null };

/**
 * What a reply is, most consequential first: erasure and withdrawal win over everything, a letter
 * request is one wherever it is asked, a feedback thread holds feedback, an acknowledgement thread
 * holds corrections, and a mail copied to the program without a thread starts an introduction.
 */
export function sortReply(input: SortInput): Sorted {
  const { text, subject, threadKind } = input;
  if (isForgetMe(text, subject)) return { kind: 'erasure' };
  if (isWithdrawal(text, subject)) return { kind: 'withdrawal' };
  if (isLetterRequest(text, subject)) return { kind: 'letter_request' };
  if (threadKind === 'feedback') return { kind: 'feedback' };
  if (threadKind === 'first-contact') return { kind: 'first_contact', answer: firstContactAnswer(text) };
  if (threadKind === 'application') {
    const correction = parseCorrection(text);
    if (correction) return { kind: 'correction', correction };
  }
  if (threadKind === null && input.copiedConversation) return { kind: 'intro' };
  if (threadKind === null && isFeedbackLike(text, subject)) return { kind: 'feedback' };
  return { kind: 'reply' };
}
