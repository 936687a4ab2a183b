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

/** Counts a meeting's photos against PHOTO_BUDGET; says what is exceeded, or null. */
export class PhotoBudget {
  private bytes = 0;
  private pixels = 0;

  add(photo: ImageData): string | null {
    this.bytes += photo.bytes.length;
    this.pixels += photo.widthPx * photo.heightPx;
    if (this.bytes > PHOTO_BUDGET.bytes) return `${Math.round(PHOTO_BUDGET.bytes / 1024 / 1024)} MiB`;
    if (this.pixels > PHOTO_BUDGET.pixels) return `${PHOTO_BUDGET.pixels / 1_000_000} MP`;
    return null;
  }
}
