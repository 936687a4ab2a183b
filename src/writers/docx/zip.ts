// A zip file of a package's parts, in the given order. fflate writes the zip itself; the
// deflating is done by Node's zlib (native), handed to fflate as finished streams: fflate's
// JavaScript deflate cost ~45 ms a package on the first render of a process (measured),
// before V8 has optimised it, and zlib is the one that deflates the PDF's streams too.
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Stored as is (pictures, compressed already) instead of deflated. */
  store?: boolean;
}

const STORED = 0;
const DEFLATED = 8;
const DEFLATE_LEVEL = 6;

/**
 * The zip file of the entries, every entry dated `modified` at noon. A zip time is a local
 * DOS time: built from the UTC fields, so no time zone shows through.
 */
export function zipParts(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const year = Math.min(Math.max(modified.getUTCFullYear(), 1980), 2099);
  const mtime = new Date(year, modified.getUTCMonth(), modified.getUTCDate(), 12, 0, 0);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else chunks.push(chunk);
  });
  for (const { name, bytes, store } of entries) {
    const file: ZipInputFile = { filename: name, size: bytes.length, crc: zlib.crc32(bytes), compression: store ? STORED : DEFLATED, mtime };
    zip.add(file);
    // fflate sets ondata when the file is added; one final chunk is the whole stream.
    const data: Uint8Array = store ? bytes : zlib.deflateRawSync(bytes, { level: DEFLATE_LEVEL });
    file.ondata?.(null, data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure !== null) throw failure;
  return Buffer.concat(chunks);
}
