// The zip writer: what any unzipper reads back, with the fields fflate used to write.
import zlib from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../src/writers/docx/zip.js';

const text = (s: string) => new TextEncoder().encode(s);
const modified = new Date(Date.UTC(2023, 7, 22));

describe('zipParts', () => {
  it('unzips to the parts, in order, stored ones stored', () => {
    const entries = [
      { name: '[Content_Types].xml', bytes: text('<Types/>'.repeat(50)) },
      { name: 'word/media/รูป.png', bytes: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251), store: true },
      { name: 'empty.xml', bytes: new Uint8Array(0) },
    ];
    const zip = zipParts(entries, modified);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(Buffer.from(back[entry.name] as Uint8Array).equals(Buffer.from(entry.bytes))).toBe(true);
  });

  it('writes the headers fflate wrote for the same entries; only the deflated data differs', () => {
    const bytes = text('<w:document>ทดสอบ</w:document>');
    const mine = Buffer.from(zipParts([{ name: 'a.xml', bytes }, { name: 'ข.bin', bytes, store: true }], modified));
    const mtime = new Date(2023, 7, 22, 12, 0, 0);
    const theirs = Buffer.from(zipSync({ 'a.xml': [bytes, { level: 6, mtime }], 'ข.bin': [bytes, { level: 0, mtime }] }));
    // Local header of the first entry up to the compressed size; then the stored entry and the
    // central directory, which sit after the deflated data, compared from their own offsets.
    expect(mine.subarray(0, 18).equals(theirs.subarray(0, 18))).toBe(true);
    const central = (zip: Buffer) => zip.subarray(zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const withoutSizesAndOffsets = (cd: Buffer) => {
      const copy = Buffer.from(cd);
      let at = 0;
      while (copy.readUInt32LE(at) === 0x02014b50) {
        copy.writeUInt32LE(0, at + 20); // compressed size
        copy.writeUInt32LE(0, at + 42); // local header offset
        at += 46 + copy.readUInt16LE(at + 28);
      }
      copy.fill(0, at + 12, at + 20); // central directory size and offset
      return copy;
    };
    expect(withoutSizesAndOffsets(central(mine)).equals(withoutSizesAndOffsets(central(theirs)))).toBe(true);
  });

  it('puts every entry\'s CRC and sizes in its local header, never after the data (no data descriptor)', () => {
    const entries = [
      { name: 'word/document.xml', bytes: text('<w:document/>'.repeat(40)) },
      { name: 'word/media/image1.png', bytes: Uint8Array.from({ length: 2000 }, (_, i) => i % 251), store: true },
    ];
    const zip = Buffer.from(zipParts(entries, modified));
    let at = 0;
    for (const entry of entries) {
      expect(zip.readUInt32LE(at)).toBe(0x04034b50);
      const flags = zip.readUInt16LE(at + 6);
      expect(flags & 0x0008).toBe(0);
      expect(zip.readUInt32LE(at + 14)).toBe(zlib.crc32(entry.bytes));
      const compressed = zip.readUInt32LE(at + 18);
      expect(zip.readUInt32LE(at + 22)).toBe(entry.bytes.length);
      if (entry.store) expect(compressed).toBe(entry.bytes.length);
      at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + compressed;
    }
  });
});
