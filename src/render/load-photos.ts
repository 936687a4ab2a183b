// Photos named in a meeting → image data, only from inside the meeting's folder (the one
// resolver of src/load/), within a per-photo and a per-meeting budget.
import { dirname, resolve } from 'node:path';
import { imageSize } from 'image-size';
import { checkImage, type ImageProblem } from '../load/check-image.js';
import { deinterlacePng, needsDeinterlace } from '../load/png-deinterlace.js';
import { readConfined } from '../load/resolve-path.js';
import type { ImageData } from '../model/document.js';

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTOS = 50;

/**
 * What one meeting's photos may add up to. Every photo is held in memory through a render, in
 * the document model and again in each writer, and a PNG is decoded whole by the PDF writer: 50
 * photos each at the per-photo limits took 3.9 GB (JPEG, 18 MiB each) and 17 GB (PNG, 39.6 MP
 * each) for one meeting (issue 13). The budget keeps a meeting's photos under what bench/limits.js
 * measures (a few hundred MB per render), whatever their number.
 */
export const PHOTO_BUDGET = { bytes: 100 * 1024 * 1024, pixels: 200_000_000 };

export type PhotoProblem =
  | { code: 'PHOTO_MISSING' | 'PHOTO_OUTSIDE' | 'PHOTO_NOT_IMAGE'; value: string }
  | { code: 'PHOTO_TOO_LARGE'; value: string; size: number; limit: number }
  | { code: 'PHOTO_UNREADABLE'; value: string; reason: { th: string; en: string } }
  | (ImageProblem & { value: string });

export function loadPhoto(meetingFile: string, written: string): (ImageData & { path: string }) | PhotoProblem {
  const read = readConfined(dirname(resolve(meetingFile)), written, MAX_PHOTO_BYTES);
  if (!('bytes' in read)) {
    switch (read.kind) {
      case 'outside': return { code: 'PHOTO_OUTSIDE', value: written };
      case 'missing': return { code: 'PHOTO_MISSING', value: written };
      // A folder or a named pipe is no photo (and reading a pipe would wait for ever).
      case 'not-file': return { code: 'PHOTO_NOT_IMAGE', value: written };
      case 'too-large': return { code: 'PHOTO_TOO_LARGE', value: written, size: read.size, limit: read.limit };
      case 'unreadable': return { code: 'PHOTO_UNREADABLE', value: written, reason: { th: read.reasonTh, en: read.reason } };
    }
  }
  let bytes = read.bytes;
  try {
    const info = imageSize(bytes);
    const format = info.type === 'jpg' ? 'jpeg' : info.type === 'png' ? 'png' : null;
    if (format === null || !info.width || !info.height) return { code: 'PHOTO_NOT_IMAGE', value: written };
    // The header alone is not enough: a truncated or corrupt file would break the writers.
    const problem = checkImage(bytes, format);
    if (problem !== null) return { ...problem, value: written };
    if (format === 'png' && needsDeinterlace(bytes)) bytes = deinterlacePng(bytes);
    // EXIF orientations 5–8 swap width and height when shown.
    const swap = info.orientation !== undefined && info.orientation >= 5;
    return { path: read.path, bytes, format, widthPx: swap ? info.height : info.width, heightPx: swap ? info.width : info.height };
  } catch {
    return { code: 'PHOTO_NOT_IMAGE', value: written };
  }
}

/**
 * Whether the PDF writer goes through this photo's pixels in JavaScript (src/writers/pdf/png-image.ts):
 * a PNG with an alpha channel (colour types 4 and 6), a palette with transparency (3 with tRNS), or
 * interlaced, row by row, in bounded memory (an interlaced one holds its picture whole). Every
 * other JPEG and PNG is embedded as its own compressed data. That costs time more than memory,
 * which the renderer's weight counts (src/archive/renderers.ts). PNGs with transparency count in
 * the per-meeting budget as any other photo (five of 30 MP: 375 MB, 30 s of CPU, bench/limits.js):
 * their own 20 MP budget was for pdfkit's PNG reader, which decoded them whole (five of 39.6 MP:
 * 1.7 GB). Interlaced PNGs keep one (INTERLACED_PNG_BUDGET).
 */
export function decodedWhole(photo: ImageData): boolean {
  if (photo.format !== 'png') return false;
  const { bytes } = photo;
  // IHDR is the first chunk: colour type at 25, interlace at 28.
  const colourType = bytes[25];
  if (colourType === 4 || colourType === 6 || bytes[28] === 1) return true;
  if (colourType !== 3) return false;
  // A palette goes through its pixels only with transparency: a tRNS chunk, before the image data.
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
    const type = String.fromCharCode(bytes[at + 4] ?? 0, bytes[at + 5] ?? 0, bytes[at + 6] ?? 0, bytes[at + 7] ?? 0);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

/**
 * The pixels of interlaced PNGs a meeting may have, the one kind the PDF writer holds whole (its
 * passes placed into the picture's rows) and then deflates again: one of 39.6 MP took 380 MB and
 * 25 s of CPU (bench/limits.js, 2 loaded cores). Those of 1, 2 and 4 bits a sample are converted
 * when loaded (png-deinterlace.ts) and do not count.
 */
export const INTERLACED_PNG_BUDGET = 20_000_000;

/** Whether the PDF writer holds this photo's pixels whole: an interlaced PNG (see INTERLACED_PNG_BUDGET). */
export function interlacedPng(photo: ImageData): boolean {
  // IHDR is the first chunk: the interlace method at 28.
  return photo.format === 'png' && photo.bytes[28] === 1;
}

/** What a budget is, in the user's language. */
export type BudgetName = string | { th: string; en: string };

/** Counts a meeting's photos against PHOTO_BUDGET and INTERLACED_PNG_BUDGET; says what is exceeded, or null. */
export class PhotoBudget {
  private bytes = 0;
  private pixels = 0;
  private interlaced = 0;

  add(photo: ImageData): BudgetName | null {
    const pixels = photo.widthPx * photo.heightPx;
    this.bytes += photo.bytes.length;
    this.pixels += pixels;
    if (interlacedPng(photo)) this.interlaced += pixels;
    if (this.bytes > PHOTO_BUDGET.bytes) return `${Math.round(PHOTO_BUDGET.bytes / 1024 / 1024)} MiB`;
    if (this.pixels > PHOTO_BUDGET.pixels) return `${PHOTO_BUDGET.pixels / 1_000_000} MP`;
    if (this.interlaced > INTERLACED_PNG_BUDGET) {
      const mp = INTERLACED_PNG_BUDGET / 1_000_000;
      return { th: `${mp} MP สำหรับภาพ PNG ที่บันทึกแบบ interlace`, en: `${mp} MP for interlaced PNGs` };
    }
    return null;
  }
}
