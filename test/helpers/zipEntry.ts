import { inflateRawSync } from 'node:zlib';

/**
 * One file of a zip archive (an .xlsx), read through the central directory with node's zlib: the
 * test's own reader, so a workbook's raw XML can be checked without the library that wrote it.
 * Handles stored (0) and deflated (8) entries; throws when the entry is missing.
 */
export function zipEntry(zip: Uint8Array, name: string): string {
  const b = Buffer.from(zip);
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLength = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30);
    const comment = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    if (b.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const data = b.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    p += 46 + nameLength + extra + comment;
  }
  throw new Error(`no ${name} in the archive`);
}
