import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/statement/sniff.js';
import { fixture } from './builders/fixtures.js';
import { makeDocx } from './builders/office.js';
import { makeTnef } from './builders/tnef.js';
import { makeZip } from './builders/zip.js';

const ole = (stream: string): Buffer =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from(stream, 'utf16le'), Buffer.alloc(100)]);

describe('sniff types parts by their bytes', () => {
  it.each([
    ['statement.pdf', 'pdf'],
    ['statement-encrypted.pdf', 'pdf'],
    ['statement-scanned.pdf', 'pdf'],
    ['statement.docx', 'docx'],
    ['statement.odt', 'odt'],
    ['statement.rtf', 'rtf'],
    ['statement-photo.png', 'image'],
    ['statement-utf16le.txt', 'text'],
    ['statement-cp1252.txt', 'text'],
  ])('%s is %s', (name, kind) => {
    expect(sniff(fixture(name)).kind).toBe(kind);
  });

  it('ignores a lying Content-Type and filename', () => {
    expect(sniff(fixture('statement.pdf'), { contentType: 'image/jpeg', filename: 'photo.jpg' }).kind).toBe('pdf');
    expect(sniff(fixture('statement.docx'), { contentType: 'application/pdf', filename: 'x.pdf' })).toEqual({
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('tells Word 97 from Outlook, Excel and password-protected OOXML inside OLE2', () => {
    expect(sniff(ole('WordDocument')).kind).toBe('doc');
    expect(sniff(ole('EncryptedPackage')).kind).toBe('encrypted-office');
    expect(sniff(ole('__substg1.0_0037001F')).mediaType).toBe('application/vnd.ms-outlook');
    expect(sniff(ole('Workbook'))).toEqual({ kind: 'unknown', mediaType: 'application/vnd.ms-excel' });
  });

  it('finds TNEF before the PDF it carries', () => {
    expect(sniff(makeTnef([{ filename: 'a.pdf', content: fixture('statement.pdf') }])).kind).toBe('tnef');
  });

  it('uses the filename only to break ties: a truncated DOCX stays a DOCX, a plain zip is unknown', () => {
    const cut = makeDocx(['Hello']).subarray(0, 300);
    expect(sniff(cut, { filename: 'EOI.docx' }).kind).toBe('docx');
    expect(sniff(cut, { filename: 'archive.zip' })).toEqual({ kind: 'unknown', mediaType: 'application/zip' });
    expect(sniff(makeZip([{ name: 'a.txt', data: 'x' }])).mediaType).toBe('application/zip');
  });

  it('recognises images, HEIC included', () => {
    expect(sniff(Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex')).mediaType).toBe('image/jpeg');
    expect(sniff(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1')).mediaType).toBe('image/gif');
    expect(sniff(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'))).toEqual({ kind: 'image', mediaType: 'image/heic' });
  });

  it('separates text, HTML, forwarded messages, vCards and binary junk', () => {
    expect(sniff(Buffer.from('<!DOCTYPE html><html><body>Hi</body></html>')).kind).toBe('html');
    expect(sniff(Buffer.from('From: a@b.c\r\nTo: d@e.f\r\nSubject: x\r\n\r\nbody')).kind).toBe('message');
    expect(sniff(Buffer.from('Received: from x\r\n\tby y\r\n'), { contentType: 'message/rfc822' }).kind).toBe('message');
    expect(sniff(Buffer.from('BEGIN:VCARD\r\nFN:Zoe\r\nEND:VCARD\r\n')).mediaType).toBe('text/vcard');
    expect(sniff(Buffer.from('Dear colleagues, I am a librarian.')).kind).toBe('text');
    expect(sniff(Buffer.from([0x30, 0x82, 0x01, 0x00, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x00, 0x01]), { filename: 'x.pdf' }).kind).toBe('unknown');
    expect(sniff(Buffer.alloc(0)).kind).toBe('empty');
  });
});
