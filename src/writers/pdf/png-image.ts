// A PNG photo as a PDF image XObject, without pdfkit's PNG reader (png-js), which copied the
// compressed data into a JavaScript array byte by byte and decoded pixels in JavaScript: one
// 39.6 MP PNG peaked at ~1 GB, one with transparency took 6 s (issue 13, 8).
// - Not interlaced, no alpha: the image data goes into the PDF as it is, FlateDecode with PNG
//   predictors (the PDF reader unfilters it), as pdfkit did; a palette as an /Indexed space.
// - An alpha channel (colour types 4, 6) or a palette with transparency (3 with tRNS): the data
//   is inflated as a stream, row by row (png-scanlines.ts); colour and alpha are split into two
//   streams deflated as they fill (the alpha an /SMask). 16 bits a sample become 8 there, the
//   high byte, as pdfkit did (an SMask of 8 bits is what every reader draws the same).
// - Interlaced: the passes are unfiltered as they stream and placed into the picture's rows,
//   which then go out as above: the only case that holds the pixels whole.
// What this writes itself goes out as PNG-filtered rows too (UpRows), deflated as they fill.
// - A grey or RGB colour key (tRNS): a /Mask of that colour (pdfkit read only its first byte);
//   of 16-bit samples, an SMask of the pixels of that colour, streamed as above.
// 16-bit samples without alpha stay 16 bits (PDF 1.5 and later, PDF/A-2 included, allow them).
// gAMA, iCCP, sRGB and the like are not applied, as before: the page is drawn in the document's
// sRGB output intent (PDF/A-2u), and photos are sRGB in practice.
import { constants, deflateRawSync } from 'node:zlib';
import { pngInfo, pngPasses, pngRowBytes, readScanlines } from '../../load/png-scanlines.js';
import type { PdfRef } from './pdf-font.js';
import { openedImage, type OpenedImage } from './pdfkit-internals.js';

interface StreamRef extends PdfRef {
  write(chunk: Uint8Array): void;
}

interface StreamMaker {
  ref(data?: Record<string, unknown>): StreamRef;
}

/** Bytes deflated at a time: each segment ends with a sync flush, so memory stays this plus the output. */
const SEGMENT = 1 << 20;
const ADLER_MOD = 65521;

/** One zlib stream (RFC 1950) written piecewise, the input never held whole: raw deflate segments ended by a sync flush, an empty final block, the Adler-32 of all. */
export class FlateWriter {
  private readonly parts: Buffer[] = [Buffer.from([0x78, 0x9c])];
  private readonly pending = Buffer.alloc(SEGMENT);
  private used = 0;
  private a = 1;
  private b = 0;

  write(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(SEGMENT - this.used, bytes.length - at);
      this.pending.set(bytes.subarray(at, at + take), this.used);
      this.used += take;
      at += take;
      if (this.used === SEGMENT) this.flush();
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    const segment = this.pending.subarray(0, this.used);
    let { a, b } = this;
    for (let i = 0; i < segment.length;) {
      const end = Math.min(i + 5552, segment.length);
      for (; i < end; i++) {
        a += segment[i] as number;
        b += a;
      }
      a %= ADLER_MOD;
      b %= ADLER_MOD;
    }
    this.a = a;
    this.b = b;
    this.parts.push(deflateRawSync(segment, { finishFlush: constants.Z_SYNC_FLUSH }));
    this.used = 0;
  }

  /** The whole stream. */
  end(): Buffer {
    this.flush();
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE(((this.b << 16) | this.a) >>> 0);
    this.parts.push(deflateRawSync(Buffer.alloc(0)), trailer);
    return Buffer.concat(this.parts);
  }
}

/**
 * Rows written as PNG does, each after its filter byte: 2 ("Up", the difference from the row
 * above) or 0, read back by the PDF reader's /Predictor 15. On a photo's smooth areas that is what makes deflate
 * fast: a 5 MP RGB row block with a bit of noise deflated in 56 ms instead of 626 (and 5x smaller).
 */
class UpRows {
  readonly flate = new FlateWriter();
  private readonly prev: Uint8Array;
  private readonly line: Uint8Array;

  constructor(rowBytes: number) {
    this.prev = new Uint8Array(rowBytes);
    this.line = new Uint8Array(rowBytes + 1);
  }

  write(row: Uint8Array): void {
    const { prev, line } = this;
    // Up, or None where that is smaller (flat areas, a picture's first row): libpng's heuristic,
    // the least sum of the bytes taken as signed.
    let none = 0;
    let up = 0;
    for (let i = 0; i < row.length; i++) {
      const v = row[i] as number;
      const d = (v - (prev[i] as number)) & 0xff;
      line[i + 1] = d;
      none += v < 128 ? v : 256 - v;
      up += d < 128 ? d : 256 - d;
    }
    if (none < up) {
      line[0] = 0;
      line.set(row, 1);
    } else {
      line[0] = 2;
    }
    prev.set(row);
    this.flate.write(line);
  }

  /** The DecodeParms that undo the rows' filter. */
  static params(colors: number, bits: number, columns: number): Record<string, number> {
    return { Predictor: 15, Colors: colors, BitsPerComponent: bits, Columns: columns };
  }
}

/** The image XObject of a PNG that checkImage passed (and png-deinterlace converted where needed), ended. */
export function pngXObject(pdf: StreamMaker, bytes: Uint8Array): PdfRef {
  const info = pngInfo(bytes);
  const { width, height, depth, colorType } = info;
  const alphaChannel = colorType === 4 || colorType === 6;
  const indexedAlpha = colorType === 3 && info.transparency !== null;
  const colors = colorType === 2 || colorType === 6 ? 3 : 1;
  const passThrough = !info.interlaced && !alphaChannel;
  const dict: Record<string, unknown> = { Type: 'XObject', Subtype: 'Image', BitsPerComponent: alphaChannel ? 8 : depth, Width: width, Height: height, Filter: 'FlateDecode' };
  // The PNG's own filtered rows, or ours (UpRows): the reader unfilters either.
  dict['DecodeParms'] = UpRows.params(colors, alphaChannel ? 8 : depth, width);
  if (colorType === 3) {
    const palette = pdf.ref();
    palette.end(Buffer.from(info.palette ?? new Uint8Array(3)));
    dict['ColorSpace'] = ['Indexed', 'DeviceRGB', Math.floor((info.palette?.length ?? 3) / 3) - 1, palette];
  } else {
    dict['ColorSpace'] = colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  }
  const key = info.transparency;
  const colourKey = !alphaChannel && colorType !== 3 && key !== null && key.length >= 2 * colors;
  // Poppler misses a /Mask of 16-bit samples (measured: the keyed pixels drawn opaque): an SMask then.
  const keyAlpha = colourKey && depth === 16;
  if (colourKey && !keyAlpha) {
    const mask: number[] = [];
    for (let c = 0; c < colors; c++) {
      const value = ((key[2 * c] as number) << 8) | (key[2 * c + 1] as number);
      mask.push(value, value);
    }
    dict['Mask'] = mask;
  }

  const colour = passThrough ? null : new UpRows(alphaChannel ? width * colors : pngRowBytes(info, width));
  const alpha = alphaChannel || indexedAlpha || keyAlpha ? new UpRows(width) : null;
  if (colour !== null || alpha !== null) {
    const sampleBytes = depth === 16 ? 2 : 1;
    const colourRow = new Uint8Array(width * colors);
    const alphaRow = new Uint8Array(width);
    const max = (1 << depth) - 1;
    const emit = (line: Uint8Array): void => {
      if (alphaChannel) {
        // Colour and alpha, 8 bits each (the high byte of 16).
        const step = (colors + 1) * sampleBytes;
        if (colors === 3 && sampleBytes === 1) {
          // RGBA, 8 bits: the usual case, unrolled (a third of the time of the loop below).
          for (let x = 0, i = 0, o = 0; x < width; x++, i += 4, o += 3) {
            colourRow[o] = line[i] as number;
            colourRow[o + 1] = line[i + 1] as number;
            colourRow[o + 2] = line[i + 2] as number;
            alphaRow[x] = line[i + 3] as number;
          }
        } else {
          for (let x = 0, i = 0, o = 0; x < width; x++, i += step) {
            for (let c = 0; c < colors; c++) colourRow[o++] = line[i + c * sampleBytes] as number;
            alphaRow[x] = line[i + colors * sampleBytes] as number;
          }
        }
        colour?.write(colourRow);
        alpha?.write(alphaRow);
        return;
      }
      colour?.write(line);
      if (keyAlpha && alpha !== null && key !== null) {
        for (let x = 0; x < width; x++) {
          let same = true;
          for (let k = 0; k < 2 * colors && same; k++) same = line[x * 2 * colors + k] === key[k];
          alphaRow[x] = same ? 0 : 255;
        }
        alpha.write(alphaRow);
      } else if (alpha !== null && key !== null) {
        for (let x = 0; x < width; x++) {
          const bit = x * depth;
          const index = depth === 8 ? (line[x] as number) : ((line[bit >> 3] as number) >> (8 - depth - (bit & 7))) & max;
          alphaRow[x] = index < key.length ? (key[index] as number) : 255;
        }
        alpha.write(alphaRow);
      }
    };
    const stride = pngRowBytes(info, width);
    let whole = true;
    if (info.interlaced) {
      // Adam7: each pass's pixels into their places in the picture, then the picture's rows.
      const picture = new Uint8Array(stride * height);
      const passes = pngPasses(info);
      const bits = (colors + (alphaChannel ? 1 : 0)) * depth;
      const bytesPerPixel = bits >> 3;
      whole = readScanlines(info, (p, y, line) => {
        const { x0, y0, dx, dy, width: w } = passes[p] as (typeof passes)[number];
        const row = (y0 + y * dy) * stride;
        if (bits >= 8) {
          for (let x = 0; x < w; x++) {
            const to = row + (x0 + x * dx) * bytesPerPixel;
            for (let k = 0; k < bytesPerPixel; k++) picture[to + k] = line[x * bytesPerPixel + k] as number;
          }
        } else {
          for (let x = 0; x < w; x++) {
            const from = x * bits;
            const sample = ((line[from >> 3] as number) >> (8 - bits - (from & 7))) & max;
            const to = (x0 + x * dx) * bits;
            picture[row + (to >> 3)] = (picture[row + (to >> 3)] as number) | (sample << (8 - bits - (to & 7)));
          }
        }
      });
      for (let y = 0; y < height; y++) emit(picture.subarray(y * stride, (y + 1) * stride));
    } else {
      whole = readScanlines(info, (_pass, _y, line) => emit(line));
    }
    if (!whole) throw new Error('PNG image data incomplete: the photo check should have refused it');
  }

  if (alpha !== null) {
    const mask = pdf.ref({ Type: 'XObject', Subtype: 'Image', Height: height, Width: width, BitsPerComponent: 8, Filter: 'FlateDecode', DecodeParms: UpRows.params(1, 8, width), ColorSpace: 'DeviceGray', Decode: [0, 1] });
    mask.end(alpha.flate.end());
    dict['SMask'] = mask;
  }
  const image = pdf.ref(dict);
  if (colour !== null) {
    image.end(colour.flate.end());
  } else {
    // The image data as it is, IDAT after IDAT.
    for (const data of info.data) image.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    image.end();
  }
  return image;
}

/** The PNG as an image `pdf.image()` draws, its XObject written when first drawn. */
export function openPng(pdf: PDFKit.PDFDocument, bytes: Uint8Array): OpenedImage {
  const { width, height } = pngInfo(bytes);
  return openedImage(pdf, width, height, () => pngXObject(pdf as unknown as StreamMaker, bytes));
}
