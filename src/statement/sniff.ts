import { looksLikeText } from './decode.js';
import { isZip, listZipEntries, readZipEntry, type ZipEntry } from './zip.js';

/**
 * Types a part by its bytes (design rule 8: attachments are typed by bytes, not Content-Type).
 * The declared type and filename only break ties: a truncated zip named .docx is still a DOCX
 * (so it reads as `corrupt`, not `unsupported`), and text declared message/rfc822 is a message.
 */
export type DocKind =
  | 'pdf' | 'docx' | 'odt' | 'doc' | 'rtf' | 'text' | 'html' | 'image'
  | 'tnef' | 'message' | 'encrypted-office' | 'unknown' | 'empty';

export interface Sniffed {
  kind: DocKind;
  mediaType: string;
}

export interface Declared {
  contentType?: string | null;
  filename?: string | null;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TNEF_SIGNATURE = 0x223e9f78;

export function sniff(bytes: Buffer, declared: Declared = {}): Sniffed {
  if (bytes.length === 0) return { kind: 'empty', mediaType: 'application/x-empty' };
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-')) return { kind: 'pdf', mediaType: 'application/pdf' };
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === TNEF_SIGNATURE) return { kind: 'tnef', mediaType: 'application/vnd.ms-tnef' };
  if (/^(\xEF\xBB\xBF)?\s*\{\\rtf/.test(head)) return { kind: 'rtf', mediaType: 'application/rtf' };
  if (isZip(bytes)) return sniffZip(bytes, declared);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) return sniffOle(bytes);
  const image = sniffImage(bytes);
  if (image) return { kind: 'image', mediaType: image };
  // Readers tolerate junk before the header (a scanner's preamble); containers were ruled out above.
  if (head.includes('%PDF-')) return { kind: 'pdf', mediaType: 'application/pdf' };
  if (looksLikeText(bytes)) return sniffText(head, declared);
  if (declaredAs(declared, 'application/pdf', '.pdf') && bytes.subarray(0, 65536).includes('%PDF-')) {
    return { kind: 'pdf', mediaType: 'application/pdf' };
  }
  return { kind: 'unknown', mediaType: 'application/octet-stream' };
}

function sniffZip(bytes: Buffer, declared: Declared): Sniffed {
  const entries = listZipEntries(bytes);
  if (!entries) {
    // No central directory: truncated. Trust the name so the reader reports it as corrupt.
    if (declaredAs(declared, DOCX, '.docx')) return { kind: 'docx', mediaType: DOCX };
    if (declaredAs(declared, ODT, '.odt')) return { kind: 'odt', mediaType: ODT };
    return { kind: 'unknown', mediaType: 'application/zip' };
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { kind: 'docx', mediaType: DOCX };
  if (odfMimetype(bytes, entries) === ODT) return { kind: 'odt', mediaType: ODT };
  if (names.has('xl/workbook.xml')) return { kind: 'unknown', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  return { kind: 'unknown', mediaType: 'application/zip' };
}

function odfMimetype(bytes: Buffer, entries: readonly ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === 'mimetype');
  if (!entry || entry.uncompressedSize > 200) return null;
  try {
    return readZipEntry(bytes, entry, 200).toString('latin1').trim();
  } catch {
    return null;
  }
}

/** OLE2 compound files: the directory's UTF-16LE stream names tell Word from Excel, Outlook or an encrypted OOXML. */
function sniffOle(bytes: Buffer): Sniffed {
  const has = (name: string): boolean => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage')) return { kind: 'encrypted-office', mediaType: 'application/x-encrypted-office' };
  if (has('WordDocument')) return { kind: 'doc', mediaType: 'application/msword' };
  if (has('__substg1.0_')) return { kind: 'unknown', mediaType: 'application/vnd.ms-outlook' };
  if (has('Workbook') || has('Book')) return { kind: 'unknown', mediaType: 'application/vnd.ms-excel' };
  return { kind: 'unknown', mediaType: 'application/x-ole-storage' };
}

export function sniffImage(bytes: Buffer): string | null {
  const b = bytes;
  if (b.length < 12) return null;
  if (b.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const ascii = b.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'image/gif';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'image/tiff';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'image/webp';
  if (ascii.startsWith('BM') && [12, 40, 52, 56, 108, 124].includes(b.readUInt32LE(14))) return 'image/bmp';
  if (ascii.slice(4, 8) === 'ftyp') return /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii.slice(8, 12)) ? 'image/heic' : null;
  return null;
}

const HEADER_LINE = /^(received|return-path|from|to|date|subject|message-id|mime-version|delivered-to|x-[\w-]+):[ \t]/i;

function sniffText(head: string, declared: Declared): Sniffed {
  const start = head.replace(/^\xEF\xBB\xBF/, '').trimStart();
  const firstLines = start.split(/\r?\n/, 3);
  if (declaredAs(declared, 'message/rfc822', '.eml') || firstLines.every((l) => HEADER_LINE.test(l))) {
    if (HEADER_LINE.test(firstLines[0] ?? '')) return { kind: 'message', mediaType: 'message/rfc822' };
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(start) || (declaredAs(declared, 'text/html', '.htm', '.html') && start.startsWith('<'))) {
    return { kind: 'html', mediaType: 'text/html' };
  }
  if (/^BEGIN:VCARD/i.test(start)) return { kind: 'text', mediaType: 'text/vcard' };
  if (/^BEGIN:VCALENDAR/i.test(start)) return { kind: 'text', mediaType: 'text/calendar' };
  return { kind: 'text', mediaType: 'text/plain' };
}

function declaredAs(declared: Declared, contentType: string, ...extensions: string[]): boolean {
  const name = (declared.filename ?? '').toLowerCase();
  return (declared.contentType ?? '').toLowerCase() === contentType || extensions.some((ext) => name.endsWith(ext));
}
