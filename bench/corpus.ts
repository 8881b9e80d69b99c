import { randomBytes } from 'node:crypto';
import { application, applicationMail } from '../test/helpers/generate.js';
import { composeMail, fixture } from '../test/helpers/mail.js';

/** The backlog mix from the issue: 60% statement in the body, 20% PDF, 20% DOCX; each from its own sender. */
export async function backlog(count: number, tag: string): Promise<Buffer[]> {
  const pdf = fixture('statement/statement.pdf');
  const docx = fixture('statement/statement.docx');
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const app = application(i, tag);
    const slot = i % 10;
    if (slot < 6) out.push(await applicationMail(app));
    else {
      const attachment = slot < 8 ? { filename: `EOI_${i}.pdf`, content: pdf } : { filename: `EOI_${i}.docx`, content: docx };
      out.push(await applicationMail(app, { body: 'Dear Committee,\n\nplease find attached my expression of interest.\n\nKind regards', attachments: [attachment] }));
    }
  }
  return out;
}

/** One application carrying a 25 MB attachment (a phone's video of the page, say): the memory case. */
export function bigAttachment(tag: string): Promise<Buffer> {
  return composeMail({
    from: `Big Attachment <big.${tag}@example.org>`,
    to: 'mentoring@program.test',
    subject: 'Expression of interest (video)',
    text: 'Dear Committee,\n\nmy expression of interest is attached.\n',
    messageId: `<big-${tag}@example.org>`,
    attachments: [{ filename: 'statement.mov', content: randomBytes(25 * 1024 * 1024) }],
  });
}
