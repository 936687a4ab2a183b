// Opaque RGBA pixels → a PNG file: 8-bit grey when every pixel is grey (charts are drawn in
// greys), else 8-bit RGB. Smaller than resvg's RGBA PNG, and a PNG without alpha goes into a
// PDF as it is (pdfkit decodes and splits a PNG with alpha), so both writers embed it cheaply.
import { constants, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_GREY = 0;
const COLOUR_RGB = 2;
const INCHES_PER_METRE = 1 / 0.0254;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Filtered scanlines (filter type 0, none), one sample per pixel; null when a pixel is not grey. */
function greyRows(rgba: Uint8Array, width: number, height: number): Buffer | null {
  const stride = width + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let i = y * width * 4;
    let o = y * stride + 1;
    for (let x = 0; x < width; x++, i += 4) {
      const r = rgba[i] as number;
      if (r !== rgba[i + 1] || r !== rgba[i + 2]) return null;
      raw[o++] = r;
    }
  }
  return raw;
}

/** Filtered scanlines (filter type 0, none), red, green and blue per pixel. */
function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let i = y * width * 4;
    let o = y * stride + 1;
    for (let x = 0; x < width; x++, i += 4) {
      raw[o++] = rgba[i] as number;
      raw[o++] = rgba[i + 1] as number;
      raw[o++] = rgba[i + 2] as number;
    }
  }
  return raw;
}

/** `rgba` is width × height × 4 bytes, alpha ignored (the picture has an opaque background). */
export function encodePng(rgba: Uint8Array, width: number, height: number, dpi: number): Uint8Array {
  const grey = greyRows(rgba, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, grey === null ? COLOUR_RGB : COLOUR_GREY, 0, 0, 0], 8);
  const pixelsPerMetre = Math.round(dpi * INCHES_PER_METRE);
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(pixelsPerMetre, 0);
  physical.writeUInt32BE(pixelsPerMetre, 4);
  physical[8] = 1; // unit: metre
  // Run-length matching only: a chart is long runs of one grey, so it compresses nearly as
  // well as the default strategy at a fifth of the time.
  const data = deflateSync(grey ?? rgbRows(rgba, width, height), { level: 6, strategy: constants.Z_RLE });
  return new Uint8Array(Buffer.concat([
    SIGNATURE, chunk('IHDR', header), chunk('pHYs', physical), chunk('IDAT', data), chunk('IEND', new Uint8Array(0)),
  ]));
}
