// A zip file of a package's parts, in the given order, deflated with Node's zlib (the one that
// deflates the PDF's streams). Native deflate costs a fraction of fflate's JavaScript one on a
// process's first render (~45 ms a package, measured). The container is written here because
// the libraries at hand either deflate in JavaScript (fflate's zipSync) or write streamed
// entries, sizes after the data (fflate's Zip): Java's ZipInputStream, which Apache POI and
// docx4j read Word files with, refuses a stored picture written that way. Every entry here has
// its CRC and sizes in its local header, general purpose flags 0 (or 0x0800 for a UTF-8 name).
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Stored as is (pictures, compressed already) instead of deflated. */
  store?: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const DEFLATE_LEVEL = 6;

/**
 * The zip file of the entries, every entry dated `modified` at noon as a DOS date and time
 * (local time by definition: built from the UTC fields, so no time zone shows through).
 */
export function zipParts(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const { time, date } = dosTimeAndDate(modified);
  const files = entries.map(({ name, bytes, store }) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = store ? bytes : zlib.deflateRawSync(bytes, { level: DEFLATE_LEVEL });
    return {
      name: nameBytes,
      flags: nameBytes.length === name.length ? 0 : UTF8_NAME,
      method: store ? STORED : DEFLATED,
      crc: crc32(bytes),
      size: bytes.length,
      data,
      offset: 0,
    };
  });
  const localSize = files.reduce((sum, file) => sum + 30 + file.name.length + file.data.length, 0);
  const centralSize = files.reduce((sum, file) => sum + 46 + file.name.length, 0);
  if (files.length > 0xffff || localSize + centralSize > 0xffffffff) throw new Error('the package is too large for a zip file without Zip64');
  const out = Buffer.alloc(localSize + centralSize + 22);
  let at = 0;
  for (const file of files) {
    file.offset = at;
    out.writeUInt32LE(LOCAL_HEADER, at);
    out.writeUInt16LE(VERSION, at + 4);
    at = writeCommon(out, at + 6, file, time, date);
    out.writeUInt16LE(0, at); // extra field length
    out.set(file.name, at + 2);
    out.set(file.data, at + 2 + file.name.length);
    at += 2 + file.name.length + file.data.length;
  }
  const centralStart = at;
  for (const file of files) {
    out.writeUInt32LE(CENTRAL_HEADER, at);
    out.writeUInt16LE(VERSION, at + 4); // made by: MS-DOS, 2.0
    out.writeUInt16LE(VERSION, at + 6); // needed to extract
    at = writeCommon(out, at + 8, file, time, date);
    // Extra field, comment, disk number, internal and external attributes: none.
    out.fill(0, at, at + 12);
    out.writeUInt32LE(file.offset, at + 12);
    out.set(file.name, at + 16);
    at += 16 + file.name.length;
  }
  out.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, at);
  out.writeUInt32LE(0, at + 4); // this disk, the disk the central directory starts on
  out.writeUInt16LE(files.length, at + 8);
  out.writeUInt16LE(files.length, at + 10);
  out.writeUInt32LE(at - centralStart, at + 12);
  out.writeUInt32LE(centralStart, at + 16);
  out.writeUInt16LE(0, at + 20); // comment length
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

interface HeaderFields { name: Uint8Array; flags: number; method: number; crc: number; size: number; data: Uint8Array }

/** Flags through name length, which local and central headers share; the offset after them. */
function writeCommon(out: Buffer, at: number, file: HeaderFields, time: number, date: number): number {
  out.writeUInt16LE(file.flags, at);
  out.writeUInt16LE(file.method, at + 2);
  out.writeUInt16LE(time, at + 4);
  out.writeUInt16LE(date, at + 6);
  out.writeUInt32LE(file.crc, at + 8);
  out.writeUInt32LE(file.data.length, at + 12);
  out.writeUInt32LE(file.size, at + 16);
  out.writeUInt16LE(file.name.length, at + 20);
  return at + 22;
}

function dosTimeAndDate(modified: Date): { time: number; date: number } {
  const year = Math.min(Math.max(modified.getUTCFullYear(), 1980), 2099);
  return {
    time: 12 << 11,
    date: ((year - 1980) << 9) | ((modified.getUTCMonth() + 1) << 5) | modified.getUTCDate(),
  };
}

/** CRC-32 of the bytes (zlib's; Node 20.15 and later). */
const crc32 = (bytes: Uint8Array): number => zlib.crc32(bytes);
