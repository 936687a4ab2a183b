// PNGs embedded by png-image.ts, without pdfkit's PNG reader (issue 13, 8): every colour type
// at every bit depth it allows, interlaced or not, each row filtered differently, with and
// without transparency, drawn by poppler at 4 points a pixel and compared with the pixels
// written (over white). A PNG made here, so each sample's value is known. Through pdfkit's own
// reader, 15 of these failed: grey and RGB colour keys (it read one byte of the two, and gave RGB
// a mask of twelve numbers) and palettes of 1, 2 or 4 bits with transparency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../../src/load/check-image.js';
import { deinterlacePng, needsDeinterlace } from '../../../src/load/png-deinterlace.js';
import { openPng } from '../../../src/writers/pdf/png-image.js';
import { PNG_SIGNATURE, pngChunk } from '../../support/png-chunk.js';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];


function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Rows of packed samples → filtered rows, filter y % 5 (every filter exercised). */
function filterRows(rows: Uint8Array[], bpp: number): Buffer {
  const out: Uint8Array[] = [];
  rows.forEach((row, y) => {
    const prev = y > 0 ? (rows[y - 1] as Uint8Array) : new Uint8Array(row.length);
    const f = y % 5;
    const line = new Uint8Array(row.length + 1);
    line[0] = f;
    for (let i = 0; i < row.length; i++) {
      const a = i >= bpp ? (row[i - bpp] as number) : 0, b = prev[i] as number, c = i >= bpp ? (prev[i - bpp] as number) : 0;
      const predictor = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
      line[i + 1] = ((row[i] as number) - predictor) & 0xff;
    }
    out.push(line);
  });
  return Buffer.concat(out);
}

/** Packs sample values (per pixel, `channels` each) at `depth` bits into a row. */
function pack(samples: number[], depth: number): Uint8Array {
  const row = new Uint8Array(Math.ceil((samples.length * depth) / 8));
  samples.forEach((v, i) => {
    if (depth === 16) {
      row[2 * i] = v >> 8;
      row[2 * i + 1] = v & 0xff;
    } else if (depth === 8) row[i] = v;
    else row[(i * depth) >> 3] = (row[(i * depth) >> 3] as number) | (v << (8 - depth - ((i * depth) & 7)));
  });
  return row;
}

interface Case {
  name: string;
  colorType: number;
  depth: number;
  interlaced: boolean;
  trns: boolean;
}

const W = 37;
const H = 23;
/** A sample value for pixel (x, y), channel c, in [0, 2^depth). */
const sample = (x: number, y: number, c: number, depth: number, colorType: number) => {
  const max = 2 ** depth - 1;
  if (colorType === 3) return (x + 3 * y) % Math.min(max + 1, 6);
  if ((colorType === 4 && c === 1) || (colorType === 6 && c === 3)) return Math.round((((x + y) % 4) / 3) * max); // alpha 0, 1/3, 2/3, 1
  return Math.round(((x * 7 + y * 13 + c * 29) % 64) / 63 * max);
};
const PALETTE = [[255, 0, 0], [0, 128, 0], [0, 0, 255], [250, 200, 10], [20, 20, 20], [200, 200, 255]];
const PALETTE_ALPHA = [255, 0, 128, 64]; // indexes 4 and 5: opaque (tRNS shorter than the palette)

function makePng(k: Case): Buffer {
  const channels = CHANNELS[k.colorType] as number;
  const bpp = Math.max(1, (channels * k.depth) >> 3);
  const rowsOf = (x0: number, y0: number, dx: number, dy: number) => {
    const rows: Uint8Array[] = [];
    for (let y = y0; y < H; y += dy) {
      const s: number[] = [];
      for (let x = x0; x < W; x += dx) for (let c = 0; c < channels; c++) s.push(sample(x, y, c, k.depth, k.colorType));
      if (s.length > 0) rows.push(pack(s, k.depth));
    }
    return rows;
  };
  const raw = k.interlaced ? Buffer.concat(ADAM7.map(([x0, y0, dx, dy]) => filterRows(rowsOf(x0!, y0!, dx!, dy!), bpp))) : filterRows(rowsOf(0, 0, 1, 1), bpp);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr[8] = k.depth;
  ihdr[9] = k.colorType;
  ihdr[12] = k.interlaced ? 1 : 0;
  const parts = [PNG_SIGNATURE, pngChunk('IHDR', ihdr)];
  if (k.colorType === 3) parts.push(pngChunk('PLTE', Uint8Array.from(PALETTE.flat())));
  if (k.trns) {
    // The colour of pixel (5, 0) is transparent: not 0, so a key read from one byte of two fails.
    const key = [0, 1, 2].map((c) => sample(5, 0, c, k.depth, k.colorType));
    const body = k.colorType === 3 ? Uint8Array.from(PALETTE_ALPHA) : pack(k.colorType === 0 ? key.slice(0, 1) : key, 16);
    parts.push(pngChunk('tRNS', body));
  }
  // The data split across several IDAT chunks, as encoders do.
  const z = deflateSync(raw);
  for (let at = 0; at < z.length; at += 97) parts.push(pngChunk('IDAT', z.subarray(at, at + 97)));
  parts.push(pngChunk('IEND', new Uint8Array()));
  return Buffer.concat(parts);
}

/** What the pixel should look like over white, 8-bit RGB. */
function expected(k: Case, x: number, y: number): number[] {
  const channels = CHANNELS[k.colorType] as number;
  const max = 2 ** k.depth - 1;
  const s = Array.from({ length: channels }, (_, c) => sample(x, y, c, k.depth, k.colorType));
  let rgb: number[];
  let alpha = 1;
  if (k.colorType === 3) {
    rgb = PALETTE[s[0] as number] as number[];
    if (k.trns) alpha = (PALETTE_ALPHA[s[0] as number] ?? 255) / 255;
  } else {
    const eight = (v: number) => (k.depth === 16 ? v >> 8 : Math.round((v / max) * 255));
    const colour = k.colorType === 0 || k.colorType === 4 ? [s[0], s[0], s[0]] : [s[0], s[1], s[2]];
    rgb = colour.map((v) => eight(v as number));
    if (k.colorType === 4 || k.colorType === 6) alpha = eight(s[channels - 1] as number) / 255;
    if (k.trns) {
      const key = [0, 1, 2].map((c) => sample(5, 0, c, k.depth, k.colorType)).slice(0, k.colorType === 0 ? 1 : 3);
      if (key.every((v, c) => v === s[c])) alpha = 0;
    }
  }
  return rgb.map((v) => v * alpha + 255 * (1 - alpha));
}

const cases: Case[] = [];
for (const [colorType, depths] of [[0, [1, 2, 4, 8, 16]], [2, [8, 16]], [3, [1, 2, 4, 8]], [4, [8, 16]], [6, [8, 16]]] as Array<[number, number[]]>) {
  for (const depth of depths) {
    for (const interlaced of [false, true]) {
      for (const trns of colorType === 4 || colorType === 6 ? [false] : [false, true]) {
        cases.push({ name: `type ${colorType}, ${depth} bit${interlaced ? ', interlaced' : ''}${trns ? ', tRNS' : ''}`, colorType, depth, interlaced, trns });
      }
    }
  }
}

/** Points a pixel of the PNG is drawn: its middle is sampled, away from any smoothing at its edges. */
const S = 4;

/** The PNG (as loading converts it) drawn by poppler, S points a pixel, at 72 dpi. */
async function drawn(png: Uint8Array): Promise<{ width: number; height: number; data: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'png-image-'));
  const pdf = new PDFDocument({ size: [W * S + 20, H * S + 20], margin: 0, compress: true });
  const out: Buffer[] = [];
  pdf.on('data', (d: Buffer) => out.push(d));
  pdf.image(openPng(pdf, png) as never, 10, 10, { width: W * S, height: H * S });
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.end();
  await ended;
  writeFileSync(join(dir, 'a.pdf'), Buffer.concat(out));
  execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', join(dir, 'a.pdf'), join(dir, 'a')]);
  return PNG.sync.read(readFileSync(join(dir, 'a.png')));
}

describe('PNG embedding without pdfkit\'s PNG reader', () => {
  it.each(cases)('$name: the pixels written', async (k) => {
    let png: Uint8Array = makePng(k);
    expect(checkImage(png, 'png')).toBeNull();
    if (needsDeinterlace(png)) png = deinterlacePng(png);
    const page = await drawn(png);
    let worst = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const want = expected(k, x, y);
        const at = ((10 + y * S + S / 2) * page.width + 10 + x * S + S / 2) * 4;
        for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs((page.data[at + c] as number) - (want[c] as number)));
      }
    }
    expect(worst).toBeLessThanOrEqual(2);
  });
});
