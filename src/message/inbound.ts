/** An address as read from a header: lower-cased address, display name decoded ('' when absent). */
export interface MailAddress {
  address: string;
  name: string;
}

/** One MIME leaf part that is not the chosen text/html body (attachments, inline images, forwarded messages). */
export interface InboundPart {
  filename: string | null;
  /** Content-Type as declared by the sender; never trusted for typing (see statement/sniff.ts). */
  contentType: string;
  disposition: 'attachment' | 'inline' | null;
  contentId: string | null;
  /** The declared charset of a text part (lower-cased), a hint only: the bytes are checked first. */
  charset: string | null;
  /** true when the part is referenced from the HTML body (cid:), i.e. a logo or inline picture. */
  related: boolean;
  /** Empty when the part was larger than the parser keeps (see message/mime.ts); `size` is always the real size. */
  content: Buffer;
  size: number;
}

/**
 * A parsed inbound message: the one shape every later step reads.
 * Header names in `headers` are lower-cased; values are the raw (unfolded, decoded-words left as is) strings.
 */
export interface InboundMessage {
  /** Unique key: the Message-ID with angle brackets, or `sha256:<hex>` of the raw bytes when there is none. */
  key: string;
  messageId: string | null;
  rawSha256: string;
  size: number;
  from: MailAddress | null;
  sender: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  deliveredTo: string[];
  returnPath: string | null;
  subject: string;
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  headers: ReadonlyMap<string, string[]>;
  /** Body as plain text: the text/plain part, or the HTML part turned into text when there is no plain one. */
  text: string;
  html: string | null;
  /** Content-Type of the top-level part, lower-cased, without parameters (e.g. `multipart/report`). */
  topContentType: string;
  parts: InboundPart[];
}

export function header(msg: Pick<InboundMessage, 'headers'>, name: string): string | null {
  const values = msg.headers.get(name.toLowerCase());
  return values && values.length > 0 ? (values[0] ?? null) : null;
}

export function headerAll(msg: Pick<InboundMessage, 'headers'>, name: string): string[] {
  return msg.headers.get(name.toLowerCase()) ?? [];
}
