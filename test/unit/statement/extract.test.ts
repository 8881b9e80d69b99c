import { describe, expect, it } from 'vitest';
import { extractStatement } from '../../../src/statement/extract.js';
import { DEFAULT_LIMITS } from '../../../src/statement/types.js';
import { fakeOcr, fixture, fixtureMessage, inbound, part } from './builders/fixtures.js';
import { noisyLogo } from './builders/png.js';
import { STATEMENT_SENTENCE } from './builders/statement-text.js';

const COVER = 'Dear colleagues,\n\nPlease find attached my expression of interest.\n\nZoe\n\nSent from my iPhone';
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('extractStatement on whole messages', () => {
  it('reads the statement inside a forwarded message/rfc822, not the cover note', async () => {
    const s = await extractStatement(await fixtureMessage('forwarded-rfc822.eml'));
    expect(s).toMatchObject({ status: 'ok', source: 'body', nested: true, filename: null, mediaType: 'text/plain' });
    expect(flat(s.text)).toContain(STATEMENT_SENTENCE);
  });

  it('skips the inline signature logo and reads the DOCX', async () => {
    const msg = await fixtureMessage('logo-docx.eml');
    expect(msg.parts.find((p) => p.related)?.content.length).toBeGreaterThan(10 * 1024);
    const s = await extractStatement(msg);
    expect(s).toMatchObject({ status: 'ok', source: 'docx', filename: 'Zoe_Marlowe_EOI.docx', nested: false });
    expect(flat(s.text)).toContain(STATEMENT_SENTENCE);
  });

  it('opens winmail.dat and reads the PDF inside', async () => {
    const s = await extractStatement(await fixtureMessage('winmail.eml'));
    expect(s).toMatchObject({ status: 'ok', source: 'pdf', filename: 'Marlowe statement.pdf', nested: true, mediaType: 'application/pdf' });
    expect(flat(s.text)).toContain(STATEMENT_SENTENCE);
  });

  it('types an attachment by its bytes, whatever it is called', async () => {
    const s = await extractStatement(inbound(COVER, [part(fixture('statement.docx'), 'EOI.pdf', { contentType: 'application/pdf' })]));
    expect(s).toMatchObject({ status: 'ok', source: 'docx', filename: 'EOI.pdf' });
  });
});

describe('extractStatement failures become statuses', () => {
  it.each([
    ['statement-encrypted.pdf', 'encrypted', 'pdf'],
    ['statement-truncated.pdf', 'corrupt', 'pdf'],
  ])('%s behind a cover note → %s', async (name, status, source) => {
    const s = await extractStatement(inbound(COVER, [part(fixture(name), name)]));
    expect(s).toMatchObject({ status, source, filename: name, text: '' });
    expect(s.detail).toBeTruthy();
  });

  it('an empty statement.pdf is empty, an unknown format unsupported', async () => {
    expect((await extractStatement(inbound(COVER, [part(Buffer.alloc(0), 'statement.pdf')]))).status).toBe('empty');
    const xlsx = await extractStatement(inbound(COVER, [part(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'EOI.xyz')]));
    expect(xlsx).toMatchObject({ status: 'unsupported', source: 'none', filename: 'EOI.xyz' });
  });

  it('a part over maxPartBytes is too_large and is not opened', async () => {
    const s = await extractStatement(inbound(COVER, [part(fixture('statement.pdf'), 'EOI.pdf')]), { ...DEFAULT_LIMITS, maxPartBytes: 1000 });
    expect(s).toMatchObject({ status: 'too_large', source: 'pdf' });
  });

  it('OCR that does not answer in time is a timeout', async () => {
    const ocr = fakeOcr(null);
    const s = await extractStatement(inbound('', [part(fixture('statement-photo.png'), 'IMG_0042.png')]), { ...DEFAULT_LIMITS, timeoutMs: 200 }, { ocr });
    expect(s).toMatchObject({ status: 'timeout', source: 'image' });
    expect(ocr.calls).toBe(1);
  });

  it('OCR that reads too few letters is ocr_too_little; OCR off makes a photo unsupported', async () => {
    const msg = inbound('', [part(fixture('statement-photo.png'), 'IMG_0042.png')]);
    expect((await extractStatement(msg, DEFAULT_LIMITS, { ocr: fakeOcr('| ~ 12 .. IMG') })).status).toBe('ocr_too_little');
    expect((await extractStatement(msg, { ...DEFAULT_LIMITS, ocr: false })).status).toBe('unsupported');
  });

  it('never starts OCR when a readable document exists', async () => {
    const ocr = fakeOcr('never');
    const msg = inbound(COVER, [part(fixture('statement-photo.png'), 'IMG_0042.png'), part(fixture('statement.odt'), 'EOI.odt')]);
    expect(await extractStatement(msg, DEFAULT_LIMITS, { ocr })).toMatchObject({ status: 'ok', source: 'odt' });
    expect(ocr.calls).toBe(0);
  });

  it('no attachment and an empty body is missing; a short body is still read', async () => {
    expect(await extractStatement(inbound(' \t\n'))).toMatchObject({ status: 'missing', source: 'none', text: '' });
    expect(await extractStatement(inbound('I want to be a mentor.\n\nSent from my iPhone'))).toMatchObject({ status: 'ok', source: 'body', text: 'I want to be a mentor.' });
  });

  it('skips vCards, calendar invitations and tiny images', async () => {
    const msg = inbound(COVER, [
      part(Buffer.from('BEGIN:VCARD\r\nFN:Zoe\r\nEND:VCARD\r\n'), 'zoe.vcf', { contentType: 'text/vcard' }),
      part(Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), 'invite.ics', { contentType: 'text/calendar' }),
      part(fixture('statement-photo.png').subarray(0, 5000), 'logo.png', { contentType: 'image/png' }),
    ]);
    expect(await extractStatement(msg)).toMatchObject({ status: 'ok', source: 'body' });
  });

  it('skips a cid-referenced logo, but reads a cid-referenced picture the size of a page scan', async () => {
    const ocr = fakeOcr(`Expression of interest. ${STATEMENT_SENTENCE}. `.repeat(5));
    const logo = inbound(COVER, [part(noisyLogo(120), 'image001.png', { related: true, disposition: 'inline' })]);
    expect(await extractStatement(logo, DEFAULT_LIMITS, { ocr })).toMatchObject({ status: 'ok', source: 'body' });
    expect(ocr.calls).toBe(0);
    const scan = inbound(COVER, [part(fixture('statement-photo.png'), 'image002.png', { related: true, disposition: 'inline' })]);
    expect(await extractStatement(scan, DEFAULT_LIMITS, { ocr })).toMatchObject({ status: 'ocr', source: 'image' });
  });

  it('never throws, even on a message whose parts are garbage', async () => {
    const junk = [0, 1, 2, 3].map((i) => part(Buffer.from(`%PDF-1.${i}\n${'\u0000\u00ff'.repeat(200)}%%EOF`, 'latin1'), `x${i}.pdf`));
    const s = await extractStatement(inbound(COVER, junk));
    expect(s.status).toBe('corrupt');
  });
});
