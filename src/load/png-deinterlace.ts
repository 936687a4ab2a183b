// An interlaced (Adam7) PNG of bit depth 1, 2 or 4 → the same picture, not interlaced, 8 bits a
// sample. pdfkit embeds such a PNG wrongly (stripes across the picture, issue 13, 14): it
// de-interlaces whole bytes, and below 8 bits several pixels share a byte. Converted once when
// the photo is loaded, both writers get a PNG every reader draws the same. Only grey (colour
// type 0) and indexed (3) PNGs have those depths (PNG spec 11.2.2); a palette index stays an
// index, a grey level is scaled to 0–255, as is a tRNS grey sample.
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { ADAM7, paeth, u32 } from './png-scanlines.js';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  body: Uint8Array;
}

function chunksOf(png: Uint8Array): Chunk[] {
  const chunks: Chunk[] = [];
  for (let pos = 8; pos + 12 <= png.length;) {
    const length = u32(png, pos);
    chunks.push({ type: String.fromCharCode(...png.subarray(pos + 4, pos + 8)), body: png.subarray(pos + 8, pos + 8 + length) });
    pos += 12 + length;
  }
  return chunks;
}

/** True for the PNGs this converts: interlaced, below 8 bits a sample. */
export function needsDeinterlace(png: Uint8Array): boolean {
  // IHDR is the first chunk: width, height, depth at 24, colour type at 25, interlace at 28.
  return png.length > 33 && (png[24] ?? 8) < 8 && png[28] === 1;
}

/** Reverses the row filters of one pass in place; rows of `rowBytes` after a filter byte; 1 byte per "pixel" below 8 bits. */
function unfilter(raw: Uint8Array, at: number, rows: number, rowBytes: number): void {
  for (let y = 0; y < rows; y++) {
    const start = at + y * (rowBytes + 1);
    const filter = raw[start];
    const line = start + 1;
    const prev = y === 0 ? -1 : line - (rowBytes + 1);
    for (let x = 0; x < rowBytes; x++) {
      const a = x > 0 ? (raw[line + x - 1] as number) : 0;
      const b = prev >= 0 ? (raw[prev + x] as number) : 0;
      const c = prev >= 0 && x > 0 ? (raw[prev + x - 1] as number) : 0;
      const v = raw[line + x] as number;
      raw[line + x] = (filter === 1 ? v + a : filter === 2 ? v + b : filter === 3 ? v + ((a + b) >> 1) : filter === 4 ? v + paeth(a, b, c) : v) & 0xff;
    }
  }
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** The converted PNG; the input is assumed checked by checkImage (chunks, CRCs, data length). */
export function deinterlacePng(png: Uint8Array): Uint8Array {
  const chunks = chunksOf(png);
  const ihdr = chunks[0]?.body as Uint8Array;
  const width = u32(ihdr, 0);
  const height = u32(ihdr, 4);
  const depth = ihdr[8] as number;
  const colorType = ihdr[9] as number;
  const raw = new Uint8Array(inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.body))));
  const max = (1 << depth) - 1;
  const scale = colorType === 0 ? 255 / max : 1;
  const pixels = new Uint8Array(width * height);
  let at = 0;
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    const rowBytes = Math.ceil((w * depth) / 8);
    unfilter(raw, at, h, rowBytes);
    for (let y = 0; y < h; y++) {
      const line = at + y * (rowBytes + 1) + 1;
      for (let x = 0; x < w; x++) {
        const bit = x * depth;
        const sample = ((raw[line + (bit >> 3)] as number) >> (8 - depth - (bit & 7))) & max;
        pixels[(y0 + y * dy) * width + x0 + x * dx] = Math.round(sample * scale);
      }
    }
    at += h * (rowBytes + 1);
  }
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Uint8Array.from(ihdr);
  header[8] = 8;
  header[12] = 0;
  const parts = [SIGNATURE, chunk('IHDR', header)];
  for (const c of chunks) {
    if (c.type === 'IHDR' || c.type === 'IDAT' || c.type === 'IEND') continue;
    if (c.type === 'tRNS' && colorType === 0 && c.body.length >= 2) {
      const grey = Math.round((((c.body[0] as number) << 8) | (c.body[1] as number)) * scale);
      parts.push(chunk('tRNS', Uint8Array.from([0, grey])));
    } else {
      parts.push(chunk(c.type, c.body));
    }
  }
  parts.push(chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array()));
  return Buffer.concat(parts);
}
