import { deflateRawSync } from 'node:zlib';

/** A tiny ZIP writer for DOCX/ODT fixtures (Node 20 has no zlib.crc32). */
export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** Stored uncompressed (ODF's mimetype must be). */
  store?: boolean;
  /** Inflated size to declare instead of the real one (a zip bomb's headers, without the minutes to deflate one). */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function makeZip(inputs: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8');
    const data = input.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(input.name, 'utf8');
    const fields = { method: input.store ? 0 : 8, crc: crc32(raw), compressed: data.length, size: input.declaredSize ?? raw.length };
    const local = header(0x04034b50, 30, name, fields);
    const central = header(0x02014b50, 46, name, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function header(signature: number, size: number, name: Buffer, f: { method: number; crc: number; compressed: number; size: number }): Buffer {
  const central = size === 46;
  const h = Buffer.alloc(size);
  h.writeUInt32LE(signature, 0);
  const at = central ? 2 : 0; // the central header has "version made by" first
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 4 + at);
  h.writeUInt16LE(f.method, 8 + at);
  h.writeUInt32LE(f.crc, 14 + at);
  h.writeUInt32LE(f.compressed, 18 + at);
  h.writeUInt32LE(f.size, 22 + at);
  h.writeUInt16LE(name.length, 26 + at);
  return Buffer.concat([h, name]);
}
