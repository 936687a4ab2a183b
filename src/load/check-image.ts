// Is a photo's file a whole JPEG or PNG, of a size the writers can handle? image-size reads
// only the header, so a truncated download or a file with a JPEG header and garbage would
// pass it and break the writers (pdfkit decodes PNGs with transparency) or the reader's
// viewer. This walks the file's structure: JPEG segments up to the end-of-image marker;
// PNG chunks with their CRCs, and the image data inflated (as a stream) to exactly its expected size.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { readScanlines } from './png-scanlines.js';

/** 40 megapixels (e.g. 8000 × 5000): more than any page needs; a PNG this size is 160 MB decoded. */
export const MAX_PIXELS = 40_000_000;

export type ImageProblem = { code: 'PHOTO_NOT_IMAGE' } | { code: 'PHOTO_DIMENSIONS'; width: number; height: number; limit: number };

export function checkImage(bytes: Uint8Array, format: 'jpeg' | 'png'): ImageProblem | null {
  const png = format === 'png' ? pngChunks(bytes) : null;
  const size = format === 'jpeg' ? jpegSize(bytes) : png === null ? null : { width: png.header.width, height: png.header.height };
  if (size === null) return { code: 'PHOTO_NOT_IMAGE' };
  // Before inflating anything: the pixel count bounds the memory the check and the writers need.
  if (size.width * size.height > MAX_PIXELS) return { code: 'PHOTO_DIMENSIONS', ...size, limit: MAX_PIXELS };
  if (png !== null && !pngDataComplete(png)) return { code: 'PHOTO_NOT_IMAGE' };
  return null;
}

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) * 0x10000 + u16(b, at + 2)) >>> 0;

/** Baseline, extended and progressive JPEG: what Word and PDF readers show. */
const SUPPORTED_SOF = new Set([0xc0, 0xc1, 0xc2]);

/** The frame size when the segments are well formed and end with EOI; null otherwise. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let size: { width: number; height: number } | null = null;
  let scanned = false;
  let pos = 2;
  while (pos < b.length) {
    if (b[pos] !== 0xff) return null;
    while (b[pos] === 0xff) pos++; // fill bytes
    const marker = b[pos++];
    if (marker === undefined) return null;
    if (marker === 0xd9) return scanned ? size : null; // EOI before any scan: no image
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    const length = u16(b, pos);
    if (length < 2 || pos + length > b.length) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const components = b[pos + 7] ?? 0;
      const frame = { height: u16(b, pos + 3), width: u16(b, pos + 5) };
      if (!SUPPORTED_SOF.has(marker) || b[pos + 2] !== 8 || frame.width === 0 || frame.height === 0 || ![1, 3, 4].includes(components)) return null;
      size = frame;
    }
    pos += length;
    if (marker === 0xda) {
      if (size === null) return null;
      // The scan ends at EOI or at the next segment of a progressive image.
      pos = endOfScan(b, pos);
      if (pos < 0) return null;
      scanned = true;
    }
  }
  return null; // truncated: no EOI
}

/** The offset of the marker ending entropy-coded data (FF followed by neither 00 nor a restart marker). */
function endOfScan(b: Uint8Array, from: number): number {
  let pos = b.indexOf(0xff, from);
  while (pos >= 0 && pos + 1 < b.length) {
    const next = b[pos + 1] as number;
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return pos;
    pos = b.indexOf(0xff, pos + 1);
  }
  return -1;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Allowed bit depths per colour type (PNG spec 11.2.2), and samples per pixel. */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface PngHeader {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlaced: boolean;
}

interface PngChunks {
  header: PngHeader;
  data: Uint8Array[];
}

/** Chunks with valid CRCs, IHDR first, a palette for indexed colour, image data, IEND. */
function pngChunks(b: Uint8Array): PngChunks | null {
  if (b.length < 8 || PNG_SIGNATURE.some((byte, i) => b[i] !== byte)) return null;
  let header: PngHeader | null = null;
  let palette = false;
  const data: Uint8Array[] = [];
  let pos = 8;
  while (pos + 12 <= b.length) {
    const length = u32(b, pos);
    const type = String.fromCharCode(...b.subarray(pos + 4, pos + 8));
    if (!/^[A-Za-z]{4}$/.test(type) || pos + 12 + length > b.length) return null;
    const body = b.subarray(pos + 8, pos + 8 + length);
    if (crc32(b.subarray(pos + 4, pos + 8 + length)) !== u32(b, pos + 8 + length)) return null;
    pos += 12 + length;
    if (header === null) {
      if (type !== 'IHDR' || length !== 13) return null;
      header = { width: u32(body, 0), height: u32(body, 4), depth: body[8] ?? 0, colorType: body[9] ?? 0, interlaced: body[12] === 1 };
      const depths = PNG_DEPTHS[header.colorType];
      if (header.width === 0 || header.height === 0 || depths === undefined || !depths.includes(header.depth)) return null;
      if (body[10] !== 0 || body[11] !== 0 || (body[12] ?? 2) > 1) return null;
    } else if (type === 'PLTE') {
      palette = true;
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      return data.length > 0 && (header.colorType !== 3 || palette) ? { header, data } : null;
    }
  }
  return null; // truncated: no IEND
}

/**
 * The image data inflates to exactly the bytes its header promises, each row (of every Adam7
 * pass) with a valid filter: streamed (png-scanlines.ts), counted, never held whole, so the
 * check of a 40 MP photo holds kilobytes, and a "zip bomb" stops at its first byte too many.
 */
function pngDataComplete(chunks: PngChunks): boolean {
  return readScanlines({ ...chunks.header, palette: null, transparency: null, data: chunks.data });
}

/** CRC-32 as PNG uses it (ISO 3309): zlib's, ~50× the speed of a JavaScript loop on a large photo. */
const crc32 = (bytes: Uint8Array): number => zlibCrc32(bytes);
