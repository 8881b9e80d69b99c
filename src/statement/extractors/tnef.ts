/**
 * winmail.dat (TNEF) from Outlook: a container, not a text format. It yields attachments that are
 * then typed and read like any other part. Own decoder rather than node-tnef: that package
 * overwrites String.prototype.replaceAll for the whole process, logs to stdout through bunyan, and
 * copies the remaining file once per attribute (quadratic on large files).
 */
export interface TnefAttachment {
  filename: string | null;
  content: Buffer;
}

export const TNEF_SIGNATURE = 0x223e9f78;
const LEVEL_ATTACHMENT = 0x02;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_ATTACHMENT = 0x9005;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const MAX_ATTACHMENTS = 50;

export function decodeTnef(bytes: Buffer): TnefAttachment[] {
  if (bytes.length < 6 || bytes.readUInt32LE(0) !== TNEF_SIGNATURE) throw new Error('not a TNEF file');
  const found: Array<{ filename: string | null; content: Buffer | null }> = [];
  let offset = 6;
  while (offset + 9 <= bytes.length && found.length <= MAX_ATTACHMENTS) {
    const level = bytes[offset];
    const id = bytes.readUInt16LE(offset + 1);
    const length = bytes.readUInt32LE(offset + 5);
    const start = offset + 9;
    if (start + length > bytes.length) break; // truncated: keep what was complete
    const data = bytes.subarray(start, start + length);
    offset = start + length + 2; // 2-byte checksum
    const current = found[found.length - 1];
    if (id === ATT_ATTACH_REND_DATA) found.push({ filename: null, content: null });
    else if (level !== LEVEL_ATTACHMENT || !current) continue;
    else if (id === ATT_ATTACH_DATA) current.content = data;
    else if (id === ATT_ATTACH_TITLE) current.filename ??= cString(data);
    else if (id === ATT_ATTACHMENT) current.filename = longFilename(data) ?? current.filename;
  }
  return found.flatMap((a) => (a.content ? [{ filename: a.filename, content: a.content }] : []));
}

function cString(data: Buffer): string | null {
  const text = data.toString('latin1').replace(/\0[\s\S]*$/, '').trim();
  return text || null;
}

/** Fixed MAPI value sizes, each padded to 4 bytes in TNEF. */
const FIXED: Record<number, number> = { 0x2: 4, 0x3: 4, 0x4: 4, 0x5: 8, 0x6: 8, 0x7: 8, 0xa: 4, 0xb: 4, 0x14: 8, 0x40: 8, 0x48: 16 };
const MULTI = 0x1000;

/** Walks the attachment's MAPI properties for PR_ATTACH_LONG_FILENAME (attAttachTitle may be 8.3). */
function longFilename(data: Buffer): string | null {
  try {
    let at = 4;
    for (let count = data.readUInt32LE(0), i = 0; i < count && at + 4 <= data.length; i += 1) {
      const type = data.readUInt16LE(at) & ~MULTI;
      const multi = (data.readUInt16LE(at) & MULTI) !== 0;
      const id = data.readUInt16LE(at + 2);
      at += 4;
      if (id >= 0x8000) at += 20 + (data.readUInt32LE(at + 16) === 0 ? 4 : 4 + pad(data.readUInt32LE(at + 20)));
      const fixed = FIXED[type];
      const values = multi || fixed === undefined ? data.readUInt32LE(at) : 1;
      if (multi || fixed === undefined) at += 4;
      for (let v = 0; v < values; v += 1) {
        const size = fixed ?? data.readUInt32LE(at);
        const valueStart = fixed === undefined ? at + 4 : at;
        if (id === PR_ATTACH_LONG_FILENAME && (type === 0x1e || type === 0x1f)) {
          const raw = data.subarray(valueStart, valueStart + size);
          return (type === 0x1f ? raw.toString('utf16le') : raw.toString('latin1')).replace(/\0+$/, '') || null;
        }
        at = valueStart + pad(size);
      }
    }
  } catch {
    // A malformed property block: fall back to attAttachTitle.
  }
  return null;
}

function pad(n: number): number {
  return (n + 3) & ~3;
}
