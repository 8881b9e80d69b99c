/** Builds a winmail.dat (TNEF) holding the given files, as Outlook sends them. */
const SIGNATURE = 0x223e9f78;

function attribute(level: number, id: number, type: number, data: Buffer): Buffer {
  const head = Buffer.alloc(9);
  head.writeUInt8(level, 0);
  head.writeUInt16LE(id, 1);
  head.writeUInt16LE(type, 3);
  head.writeUInt32LE(data.length, 5);
  const checksum = Buffer.alloc(2);
  checksum.writeUInt16LE(data.reduce((sum, b) => (sum + b) & 0xffff, 0));
  return Buffer.concat([head, data, checksum]);
}

export function makeTnef(files: ReadonlyArray<{ filename: string; content: Buffer }>): Buffer {
  const start = Buffer.alloc(6);
  start.writeUInt32LE(SIGNATURE, 0);
  start.writeUInt16LE(0x0001, 4);
  const version = Buffer.alloc(4);
  version.writeUInt32LE(0x00010000);
  const parts = [start, attribute(1, 0x9006, 0x0008, version), attribute(1, 0x8008, 0x0007, Buffer.from('IPM.Microsoft Mail.Note\0'))];
  for (const file of files) {
    parts.push(attribute(2, 0x9002, 0x0006, Buffer.alloc(14)));
    parts.push(attribute(2, 0x8010, 0x0001, Buffer.from(`${file.filename}\0`, 'latin1')));
    parts.push(attribute(2, 0x800f, 0x0006, file.content));
  }
  return Buffer.concat(parts);
}
