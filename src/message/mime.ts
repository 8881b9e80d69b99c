import { MailParser, type AddressObject, type Attachment, type HeaderLines, type Headers } from 'mailparser';

/** Parts bigger than this are counted but not kept: no statement is that large, and memory is finite. */
export const MAX_KEPT_PART_BYTES = 16 * 1024 * 1024;

export interface ParsedParts {
  headers: Headers;
  headerLines: HeaderLines;
  text?: string;
  html?: string | false;
  attachments: (Attachment & { size: number; truncated: boolean })[];
  subject?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
  date?: Date;
  from?: AddressObject;
  to?: AddressObject | AddressObject[];
  cc?: AddressObject | AddressObject[];
  replyTo?: AddressObject;
}

/**
 * mailparser's simpleParser, less two costs: a part over `maxPartBytes` is drained instead of
 * buffered (a 25 MB video would otherwise sit in memory twice), and cid images are not inlined
 * into the HTML as base64 (we never show the HTML, and it doubles every inline image).
 */
export function parseMime(raw: Buffer, options: ConstructorParameters<typeof MailParser>[0], maxPartBytes = MAX_KEPT_PART_BYTES): Promise<ParsedParts> {
  return new Promise((resolve, reject) => {
    const mail = { attachments: [] } as unknown as ParsedParts;
    const parser = new MailParser(options);
    let settled = false;
    const fail = (err: Error): void => {
      if (!settled) (settled = true), reject(err);
    };
    parser.on('error', fail);
    parser.on('headers', (headers: Headers) => {
      mail.headers = headers;
      mail.headerLines = (parser as unknown as { headerLines: HeaderLines }).headerLines;
    });
    let reading = false;
    const reader = (): void => {
      reading = true;
      const data = parser.read() as (Record<string, unknown> & { type: string }) | null;
      if (data === null) {
        reading = false;
        return;
      }
      if (data.type === 'text') {
        for (const key of ['text', 'html'] as const) if (key in data) (mail as unknown as Record<string, unknown>)[key] = data[key];
        reader();
        return;
      }
      // While streaming, `content` is a readable stream; it becomes the Buffer (or nothing) at its end.
      const attachment = data as unknown as ParsedParts['attachments'][number];
      const stream = data.content as unknown as { read(): Buffer | null; on(event: string, cb: () => void): void };
      mail.attachments.push(attachment);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('readable', () => {
        let chunk: Buffer | null;
        while ((chunk = stream.read()) !== null) {
          size += chunk.length;
          if (size <= maxPartBytes) chunks.push(chunk);
          else chunks.length = 0;
        }
      });
      stream.on('end', () => {
        attachment.truncated = size > maxPartBytes;
        attachment.size = size;
        attachment.content = attachment.truncated ? Buffer.alloc(0) : Buffer.concat(chunks, size);
        (data.release as () => void)();
        reader();
      });
    };
    parser.on('readable', () => {
      if (!reading) reader();
    });
    parser.on('end', () => {
      const h = mail.headers;
      const pick = <T>(key: string): T | undefined => (h?.has(key) ? (h.get(key) as T) : undefined);
      Object.assign(mail, {
        subject: pick('subject'),
        messageId: pick('message-id'),
        inReplyTo: pick('in-reply-to'),
        references: pick('references'),
        date: pick('date'),
        from: pick('from'),
        to: pick('to'),
        cc: pick('cc'),
        replyTo: pick('reply-to'),
      });
      if (!settled) (settled = true), resolve(mail);
    });
    feed(parser, raw);
  });
}

/**
 * Hands the message to the parser in 64 KB pieces, honouring back-pressure: given one 34 MB buffer,
 * mailparser's line splitter holds large transient copies of it (about 100 MB measured).
 */
function feed(parser: MailParser, raw: Buffer, piece = 64 * 1024): void {
  let at = 0;
  const write = (): void => {
    while (at < raw.length) {
      const chunk = raw.subarray(at, at + piece);
      at += chunk.length;
      if (!parser.write(chunk)) {
        parser.once('drain', write);
        return;
      }
    }
    parser.end();
  };
  write();
}
