import { normaliseText } from './normalise.js';

/**
 * Heuristics for the mail body: what is left of it as a statement, and whether it is a full
 * statement or only a cover note ("please find attached…"). Imperfect by design: they only
 * decide between the body and an attachment, never drop an applicant.
 */

/** "On <date>, <name> wrote:" (possibly wrapped onto a second line) in the languages seen in the corpus. */
const ATTRIBUTION =
  /^(On|Am|Le|El|Em|Il|Op|Den)\b[^\n]*(\n[^\n]*)?(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev)\s*:[ \t]*$/gim;
const MOBILE_FOOTER = /^(Sent from my .*|Sent from (Yahoo|Mail|Outlook) .*|Get Outlook for .*|Enviado desde mi .*|Envoyé de mon .*|Von meinem .* gesendet|Inviato da .*)$/gim;
const ORIGINAL_MESSAGE = /^-{3,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{3,}[\s\S]*$/im;
const COVER = new RegExp(
  [
    'please find', 'find (attached|enclosed)', 'attached (is|please|you will|my|herewith|file|document)', 'i am attaching',
    'i attach', 'attaching my', 'enclosed (is|please|my)', 'see (the )?attach', 'in the attachment', 'as an attachment',
    'anbei', 'im anhang', 'adjunto', 'ci-joint', 'en pièce jointe', 'em anexo', 'segue anexo', 'in allegato',
    'у вкладенні', 'во вложении', 'прикріплю', 'додаю', 'прилагаю', '添付',
  ].join('|'),
  'i',
);
/** A body with this much non-cover text is a statement in its own right. */
export const FULL_STATEMENT_CHARS = 600;

/** The body as a statement: quoted earlier mail and "Sent from my iPhone" lines removed; signature kept (it names the applicant). */
export function cleanBody(text: string, maxChars?: number): string {
  const unquoted = normaliseText(text)
    .replace(ORIGINAL_MESSAGE, '')
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(ATTRIBUTION, '')
    .replace(MOBILE_FOOTER, '');
  return normaliseText(unquoted, maxChars);
}

/** Characters of the body that are neither greeting, cover note, closing nor signature. */
export function statementChars(text: string): number {
  const withoutSignature = cleanBody(text).replace(/^-- ?\n[\s\S]*$/m, '');
  return withoutSignature
    .split(/\n\s*\n/)
    .filter((paragraph) => !COVER.test(paragraph) && !isShortLined(paragraph))
    .reduce((sum, paragraph) => sum + paragraph.length, 0);
}

export function isFullStatement(text: string): boolean {
  return statementChars(text) >= FULL_STATEMENT_CHARS;
}

export function mentionsAttachment(text: string): boolean {
  return COVER.test(text);
}

/** Greetings, closings and signature blocks are short lines; prose has at least one long line. */
function isShortLined(paragraph: string): boolean {
  return paragraph.split('\n').every((line) => displayWidth(line) < 50);
}

/** CJK characters take two columns, so a Japanese prose line is not mistaken for a signature. */
function displayWidth(line: string): number {
  return line.length + (line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
}
