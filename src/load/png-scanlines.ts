// A PNG's scanlines, read as a stream: the image data inflated chunk by chunk (zlib-stream.ts:
// the PDF writer and the photo check are synchronous), one row at a time, so that neither the photo check nor the PDF writer holds a photo's pixels
// whole (issue 13, 8: pdfkit's PNG reader held 1 GB for one 39.6 MP PNG). The PNG is assumed to
// be one whose chunks checkImage walked (signature, IHDR first, CRCs).
import { inflateParts } from './zlib-stream.js';

/** Samples per pixel of each colour type (PNG spec 11.2.2). */
export const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes: x0, y0, dx, dy (PNG spec 8.2). */
export const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

export interface PngInfo {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlaced: boolean;
  /** PLTE's body, or null. */
  palette: Uint8Array | null;
  /** tRNS's body, or null. */
  transparency: Uint8Array | null;
  /** The IDAT bodies, in order (views into the file). */
  data: Uint8Array[];
}

export const u32 = (b: Uint8Array, at: number): number => (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

/** The header and the chunks a reader of the pixels needs. */
export function pngInfo(png: Uint8Array): PngInfo {
  const info: PngInfo = { width: 0, height: 0, depth: 0, colorType: 0, interlaced: false, palette: null, transparency: null, data: [] };
  for (let pos = 8; pos + 12 <= png.length;) {
    const length = u32(png, pos);
    const type = String.fromCharCode(png[pos + 4] ?? 0, png[pos + 5] ?? 0, png[pos + 6] ?? 0, png[pos + 7] ?? 0);
    const body = png.subarray(pos + 8, pos + 8 + length);
    pos += 12 + length;
    if (type === 'IHDR') {
      Object.assign(info, { width: u32(body, 0), height: u32(body, 4), depth: body[8] ?? 0, colorType: body[9] ?? 0, interlaced: body[12] === 1 });
    } else if (type === 'PLTE') {
      info.palette = body;
    } else if (type === 'tRNS') {
      info.transparency = body;
    } else if (type === 'IDAT') {
      info.data.push(body);
    } else if (type === 'IEND') {
      break;
    }
  }
  return info;
}

/** Bytes of one scanline of `width` pixels, without its filter byte. */
export function pngRowBytes(info: Pick<PngInfo, 'colorType' | 'depth'>, width: number): number {
  return Math.ceil((width * (PNG_CHANNELS[info.colorType] ?? 1) * info.depth) / 8);
}

/** The passes of the image data: one of the whole image, or Adam7's seven (those with pixels). */
export function pngPasses(info: PngInfo): Array<{ x0: number; y0: number; dx: number; dy: number; width: number; height: number }> {
  const passes = info.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  return passes
    .map(([x0, y0, dx, dy]) => ({ x0, y0, dx, dy, width: Math.ceil((info.width - x0) / dx), height: Math.ceil((info.height - y0) / dy) }))
    .filter((p) => p.width > 0 && p.height > 0);
}

/** PNG's Paeth predictor (PNG spec 9.4). */
export function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses a row's filter in place (line[0] the filter byte), against the pass's previous row. */
function unfilter(line: Uint8Array, prev: Uint8Array, stride: number, bpp: number, first: boolean): void {
  switch (line[0]) {
    case 1:
      for (let i = 1 + bpp; i < stride; i++) line[i] = (line[i] as number) + (line[i - bpp] as number);
      break;
    case 2:
      if (!first) for (let i = 1; i < stride; i++) line[i] = (line[i] as number) + (prev[i] as number);
      break;
    case 3:
      for (let i = 1; i < stride; i++) {
        const a = i > bpp ? (line[i - bpp] as number) : 0;
        const b = first ? 0 : (prev[i] as number);
        line[i] = (line[i] as number) + ((a + b) >> 1);
      }
      break;
    case 4:
      for (let i = 1; i < stride; i++) {
        const a = i > bpp ? (line[i - bpp] as number) : 0;
        const b = first ? 0 : (prev[i] as number);
        const c = first || i <= bpp ? 0 : (prev[i - bpp] as number);
        line[i] = (line[i] as number) + paeth(a, b, c);
      }
      break;
    default:
  }
}

const STOP = Symbol('stop');

/**
 * Inflates the image data and walks its scanlines in order, each unfiltered when `onRow` is
 * given (`line` without its filter byte, valid only during the call; `pass` the index into
 * pngPasses). True when the data inflates to exactly the rows the header promises, each with a
 * known filter; false otherwise (truncated, corrupt, too long: a "zip bomb" stops at the first
 * byte too many). Memory: two rows and 64 KB of output at a time.
 */
export function readScanlines(info: PngInfo, onRow?: (pass: number, y: number, line: Uint8Array) => void): boolean {
  const passes = pngPasses(info);
  const bpp = Math.max(1, ((PNG_CHANNELS[info.colorType] ?? 1) * info.depth) >> 3);
  const maxStride = 1 + pngRowBytes(info, info.width);
  let cur = new Uint8Array(maxStride);
  let prev = new Uint8Array(maxStride);
  let pass = 0;
  let y = 0;
  let stride = passes.length > 0 ? 1 + pngRowBytes(info, (passes[0] as { width: number }).width) : 0;
  let filled = 0;
  let done = passes.length === 0;
  const onData = (chunk: Uint8Array): void => {
    for (let at = 0; at < chunk.length;) {
      if (done) throw STOP; // more data than the header promises
      const take = Math.min(stride - filled, chunk.length - at);
      // Only the filter byte is looked at when the rows are not wanted.
      if (onRow !== undefined) cur.set(chunk.subarray(at, at + take), filled);
      else if (filled === 0) cur[0] = chunk[at] as number;
      filled += take;
      at += take;
      if (filled < stride) continue;
      if ((cur[0] as number) > 4) throw STOP;
      if (onRow !== undefined) {
        unfilter(cur, prev, stride, bpp, y === 0);
        onRow(pass, y, cur.subarray(1, stride));
      }
      [cur, prev] = [prev, cur];
      filled = 0;
      if (++y === (passes[pass] as { height: number }).height) {
        y = 0;
        pass++;
        const next = passes[pass];
        if (next === undefined) done = true;
        else stride = 1 + pngRowBytes(info, next.width);
      }
    }
  };
  let whole: boolean;
  try {
    whole = inflateParts(info.data, onData);
  } catch (error) {
    if (error === STOP) return false;
    throw error;
  }
  return whole && done && filled === 0;
}
