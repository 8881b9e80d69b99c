/** Builds RFC 5322 messages for fixtures: each part is headers, a blank line and its encoded body. */
const CRLF = '\r\n';

export interface LeafOptions {
  filename?: string;
  disposition?: 'attachment' | 'inline';
  contentId?: string;
  /** base64 for binaries (the default); 8bit for text and message/rfc822. */
  encoding?: 'base64' | '8bit';
}

export function leaf(contentType: string, content: Buffer | string, options: LeafOptions = {}): string {
  const encoding = options.encoding ?? 'base64';
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  const name = options.filename ? `; name="${options.filename}"` : '';
  const headers = [`Content-Type: ${contentType}${name}`, `Content-Transfer-Encoding: ${encoding}`];
  if (options.disposition) headers.push(`Content-Disposition: ${options.disposition}${options.filename ? `; filename="${options.filename}"` : ''}`);
  if (options.contentId) headers.push(`Content-ID: <${options.contentId}>`);
  const body = encoding === 'base64' ? (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF) : bytes.toString('utf8').replace(/\r?\n/g, CRLF);
  return headers.join(CRLF) + CRLF + CRLF + body;
}

export function multipart(subtype: string, boundary: string, parts: readonly string[]): string {
  const inner = parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('');
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"${CRLF}${CRLF}${inner}--${boundary}--${CRLF}`;
}

export function message(headers: Record<string, string>, root: string): Buffer {
  const lines = Object.entries({ 'MIME-Version': '1.0', ...headers }).map(([k, v]) => `${k}: ${v}`);
  return Buffer.from(lines.join(CRLF) + CRLF + root, 'utf8');
}

export function envelope(from: string, subject: string, id: string): Record<string, string> {
  return { From: from, To: 'Mentoring Program <mentoring@example.org>', Subject: subject, Date: 'Mon, 10 Nov 2014 09:30:00 +0000', 'Message-ID': `<${id}@example.org>` };
}
