/**
 * Line patterns for quoted text and signatures, in the languages our applicants write in.
 * Every pattern is anchored at one end at least and only ever runs on one short line (see MAX_PATTERN_LINE), so none
 * can backtrack badly.
 */

/** Longer lines are never headers or signatures; skipping them bounds the regex work on hostile input. */
export const MAX_PATTERN_LINE = 400;

export const QUOTE_LINE = /^[ \t]*>/;

/** "wrote:" in the languages mail clients localise it to; the lookarounds stand in for \b, which ignores non-ASCII letters. */
const VERB = String.raw`(?<!\p{L})(?:wrote|escribió|escribio|a écrit|schrieb|escreveu|scritto|schreef|пишет|написал\(а\)|написала|написал|skrev|kirjoitti|napisał|pisze|napsal|yazdı)(?!\p{L})`;
const OPENER = String.raw`^[-\s]*(?:On|El|Le|Am|Em|Il|In data|Op|W dniu|Dnia|Den|Dne)\s`;

/** How a wrapped attribution's first line starts: an opener word, a Russian weekday, or a date. */
export const WRAPPED_ATTRIBUTION_START = new RegExp(`${OPENER}|^(?:пн|вт|ср|чт|пт|сб|вс),\\s|^\\d`, 'iu');

/**
 * Attribution lines that introduce a quote whether or not it is '>'-prefixed. attributionAt only tries them on lines
 * that also carry a time or an address, so they need not check for one (and stay unanchored at the start: cheaper).
 */
export const STRONG_ATTRIBUTION: readonly RegExp[] = [
  new RegExp(`${OPENER}.{3,300}?${VERB}.{0,200}?\\s?:$`, 'iu'), // On … wrote: / El … escribió: / Am … schrieb X: / Op … schreef X het volgende:
  /^(?:пн|вт|ср|чт|пт|сб|вс),\s.{3,200}\sг\.,?\s(?:в\s)?.{1,200}:$/iu, // Gmail ru: "пн, 3 мар. 2025 г. в 10:14, X <x@y>:"
  /<[^<>\s@]+@[^<>\s]+>\)?\s?:$/u, // "03.03.2025, 10:14, "X" <x@y>:" (Yandex, mail.ru, Korean/Japanese clients)
  new RegExp(`<[^<>\\s@]+@[^<>\\s]+>\\s${VERB}\\s?:$`, 'iu'), // Thunderbird: "Ana Perez <ana@x.org> wrote:"
  /(?:^|[\s,])(?:you wrote|вы писали)(?:\s.{0,200})?:$/iu, // The Bat!: "Monday, March 3, 2025, 10:14:31 AM, you wrote:", "Вы писали 3 марта …:"
  /(?<!\p{L})(?:пишет|написал\(а\)|написала|написал|kirjoitti|skrev|napisał|pisze)\s?:$/iu, // "03.03.2025 10:14, X пишет:"
];

/** A line ending in "wrote:" without a time or address: only an attribution when '>' lines follow it. */
export const SOFT_ATTRIBUTION = new RegExp(`${VERB}(?:\\s[^:]{0,120})?\\s?:$`, 'iu');

/** The Bat! puts its own greeting ("Hello X," / "Здравствуйте, X.") right above its attribution. */
export const BAT_ATTRIBUTION = /(?:^|[\s,])(?:you wrote|вы писали)(?:\s|:)/iu;
export const BAT_GREETING = /^(?:hello|hi|dear|здравствуйте|привет|добрый день|доброе утро|добрый вечер)(?!\p{L})[^.!?:]{0,60}[,.!]?$/iu;

/** Separators after which everything is the earlier message, never new text. */
export const QUOTE_SEPARATORS: readonly RegExp[] = [
  /^\s*-{2,}\s*(?:original message|original-nachricht|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|oprindelig (?:meddelelse|besked)|ursprungligt meddelande|исходное сообщение|alkuperäinen viesti|wiadomość oryginalna)\s*-{2,}\s*$/iu,
  /^\s*-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|пересылаемое сообщение)\s*-{2,}\s*$/iu,
  /^(?:begin forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado)\s?:$/iu,
  /^\*?(?:previous replies|vorherige antworten)\*?$/i, // a notification footer pasted back under the reply
];

/** Outlook's header block keys: From / Sent / To / Subject and their translations. */
const FROM_KEYS = 'from|de|von|van|da|fra|från|od|от|lähettäjä|feladó|kimden|afzender';
const OTHER_KEYS = [
  'sent|date|enviado|enviada|fecha|gesendet|datum|envoyé|data|inviato|verzonden|verstuurd|skickat|sendt|отправлено|дата|wysłano|lähetetty',
  'to|para|an|à|a|aan|per|till|til|do|кому|komu|vastaanottaja',
  'subject|asunto|betreff|objet|assunto|oggetto|onderwerp|ämne|emne|temat|тема|aihe|konu|tárgy',
  'cc|копия',
];
const keyLine = (keys: string): RegExp => new RegExp(`^\\*?\\s*(?:${keys})\\s?\\*?\\s?:(?:\\s|$)`, 'iu');
export const FROM_LINE = keyLine(FROM_KEYS);
export const HEADER_KEY_LINES: readonly RegExp[] = OTHER_KEYS.map(keyLine);
/** The same block flattened onto one line, as some HTML-to-text conversions leave it. */
export const ONE_LINE_HEADER_BLOCK =
  /^\*?\s*(?:from|de|von)\s?\*?\s?:.{1,300}?\s\*?(?:sent|date|enviado|gesendet|envoyé)\s?\*?\s?:.{1,300}?\s\*?(?:subject|asunto|betreff|objet)\s?\*?\s?:/iu;

/** Outlook's full-width rule above its header block (32 underscores); shorter rules are someone's signature line. */
export const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;

/** RFC 3676 "-- " and the "--" mail clients leave after trimming the space. */
export const SIGNATURE_DELIMITER = /^--[ \t]?$/;

/** Client-added lines such as "Sent from my iPhone": only a signature when they end their block of text. */
export const MOBILE_SIGNATURES: readonly RegExp[] = [
  /^sent (?:from|with|via|using) .{2,80}$/i,
  /^(?:get|obtener|obter o?|télécharger) outlook (?:for|para|pour) .{2,80}$/i,
  /^outlook für .{2,40} (?:herunterladen|beziehen)$/i,
  /^enviado (?:desde|do|de|a partir d[eo]|via) .{2,80}$/i,
  /^envoyé (?:de|depuis|à partir de|avec) .{2,80}$/i,
  /^von meine[mr] .{2,60} gesendet\.?$/i,
  /^gesendet (?:von|mit|vom) .{2,80}$/i,
  /^inviato da .{2,80}$/i,
  /^(?:verzonden|verstuurd) (?:vanaf|met|van) .{2,80}$/i,
  /^(?:sendt|skickat) (?:fra|från) .{2,80}$/i,
  /^отправлено (?:с|из|со) .{2,80}$/iu,
];
