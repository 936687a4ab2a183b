// The zip of a package: what an unzipper reads back, the same bytes every time.
import { unzipSync } from 'fflate';
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

  it('gives the same bytes for the same entries, whatever the time zone', () => {
    const entries = [{ name: 'a.xml', bytes: text('<w:document>ทดสอบ</w:document>') }];
    expect(Buffer.from(zipParts(entries, modified)).equals(Buffer.from(zipParts(entries, modified)))).toBe(true);
    // The DOS date of the local header (offset 12): 2023-08-22 whatever TZ the process has.
    const date = Buffer.from(zipParts(entries, modified)).readUInt16LE(12);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2023, 8, 22]);
  });
});
