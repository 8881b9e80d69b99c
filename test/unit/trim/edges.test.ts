import { describe, expect, it } from 'vitest';
import { trimReply } from '../../../src/reply/trim.js';

const text = (...lines: string[]) => trimReply({ text: lines.join('\n'), html: null });

describe('trimReply: edge cases in plain text', () => {
  it('leaves a message without quotes or signature as it is', () => {
    expect(text('Thanks!', '', 'See you on Monday.')).toEqual({ reply: 'Thanks!\n\nSee you on Monday.', quoted: false, signatureRemoved: false });
  });

  it('cuts at a dated attribution whose quote has no ">" marks (wrapped over two lines)', () => {
    const r = text('Thanks!', '', 'On 24 Jul 2013, at 15:58, walter via Discourse <info@discourse.example>', 'wrote:', '', '   walter  July 24', '', 'You look great.');
    expect(r).toEqual({ reply: 'Thanks!', quoted: true, signatureRemoved: false });
  });

  it('keeps prose ending in "wrote:" that carries no time or address', () => {
    const r = text('On 3 March 2025 my mentor wrote:', 'please send me your plan.', 'I sent it the next day.');
    expect(r.reply).toBe('On 3 March 2025 my mentor wrote:\nplease send me your plan.\nI sent it the next day.');
    expect(r.quoted).toBe(false);
  });

  it('keeps a line that ends a paragraph right above an attribution', () => {
    const r = text('This is a link to http://example.com', 'On Nov 28, 2014 12:36 PM, "Arpit" <info@discourse.example> wrote:', '', '> old');
    expect(r.reply).toBe('This is a link to http://example.com');
  });

  it('keeps a "Sent from …" sentence that does not end the text', () => {
    const r = text('Sent from Kyiv to Lviv last year, I learned a lot.', 'It was great.');
    expect(r).toEqual({ reply: 'Sent from Kyiv to Lviv last year, I learned a lot.\nIt was great.', quoted: false, signatureRemoved: false });
  });

  it('keeps the answer of a bottom post that has no attribution', () => {
    expect(text('> Which day suits you?', '', 'Friday.')).toEqual({ reply: 'Friday.', quoted: true, signatureRemoved: false });
  });

  it('cuts at an Outlook header block flattened onto one line', () => {
    const r = text('Agreed.', '', 'From: Mentorbox Program Sent: Monday, March 3, 2025 10:14 AM To: Ana Subject: Call', 'Dear Ana,');
    expect(r.reply).toBe('Agreed.');
  });

  it('does not look for header blocks inside ">" quotes', () => {
    const r = text('> From: Someone', '> Sent: Monday', '> To: Ana', '> Subject: x', '', 'My answer.');
    expect(r.reply).toBe('My answer.');
  });

  it('treats an underscore rule without a header block below as a signature', () => {
    expect(text('See you.', '________________________________', 'Dr. Ana Perez | Head of Reference')).toEqual({
      reply: 'See you.',
      quoted: false,
      signatureRemoved: true,
    });
  });

  it('cuts at a pasted "Previous Replies" notification footer with its rule', () => {
    const r = text('My reply.', '', '---', '*Previous Replies*', '', 'Old reply.');
    expect(r).toEqual({ reply: 'My reply.', quoted: true, signatureRemoved: false });
  });

  it('asks email-reply-parser about attributions it knows and we do not list (Chinese)', () => {
    expect(text('好的，谢谢。', '', '在 2025年3月3日 10:14, Mentorbox Program 写道：', '原来的消息').reply).toBe('好的，谢谢。');
  });

  it('reads CRLF line ends and no-break spaces', () => {
    const r = trimReply({ text: 'Merci.\r\n\r\nDe\u00a0: Mentorbox <m@x.org>\r\nEnvoyé\u00a0: lundi\r\nÀ\u00a0: Claire\r\nObjet\u00a0: x\r\n', html: null });
    expect(r.reply).toBe('Merci.');
  });
});

describe('trimReply: HTML', () => {
  const html = (body: string, textPart = '') => trimReply({ text: textPart, html: body });

  it('keeps text indented with Gmail\'s borderless blockquote', () => {
    const r = html('<div>My plan:</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>1. Read</div></blockquote>');
    expect(r).toEqual({ reply: 'My plan:\n1. Read', quoted: false, signatureRemoved: false });
  });

  it('falls back to the text when the marked section was all there was (Spark)', () => {
    const r = html('<div name="messageReplySection"><p>Only this.</p></div>', 'Only this.');
    expect(r.reply).toBe('Only this.');
  });

  it('drops an attribution left outside the blockquote (older Gmail apps), even without a time in it', () => {
    const r = html('Will do!<br><br>On Wednesday, June 19, 2013, Jake wrote:<br><blockquote class="gmail_quote"><p>Please check.</p></blockquote>');
    expect(r).toEqual({ reply: 'Will do!', quoted: true, signatureRemoved: false });
  });

  it('drops an Apple Mail cite blockquote and decodes entities', () => {
    const r = html('<div>Caf&eacute; at 10 &amp; then the library.</div><blockquote type="cite">On Mar 3, 2025, X wrote:<br>old</blockquote>');
    expect(r).toEqual({ reply: 'Café at 10 & then the library.', quoted: true, signatureRemoved: false });
  });
});
