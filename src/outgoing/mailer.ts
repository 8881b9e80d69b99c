import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { MailAttachment } from '../db/schema.js';

export interface OutgoingMail {
  from: { name: string; address: string };
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  headers: Record<string, string>;
  attachments: MailAttachment[];
}

/** The port the send-mail worker needs; tests and other transports can implement it. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ response: string }>;
  close(): void;
}

export class SmtpRejectedError extends Error {
  override name = 'SmtpRejectedError';
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

export function createSmtpMailer(config: Config): Mailer {
  const auth = config.SMTP_ACCESS_TOKEN
    ? { type: 'OAuth2' as const, user: config.SMTP_USER ?? config.PROGRAM_ADDRESS, accessToken: config.SMTP_ACCESS_TOKEN }
    : config.SMTP_USER
      ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' }
      : undefined;
  const transport = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth,
    pool: true,
    maxConnections: 3,
    tls: { rejectUnauthorized: config.SMTP_TLS_REJECT_UNAUTHORIZED },
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: mail.to,
          replyTo: mail.replyTo ?? undefined,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? undefined,
          messageId: mail.messageId,
          inReplyTo: mail.inReplyTo ?? undefined,
          references: mail.references ?? undefined,
          headers: mail.headers,
          attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })),
        });
        return { response: String(info.response ?? '') };
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        throw new SmtpRejectedError((err as Error).message, typeof code === 'number' && code >= 500 && code < 600);
      }
    },
    close() {
      transport.close();
    },
  };
}
