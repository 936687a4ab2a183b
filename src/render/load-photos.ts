// Photos named in a meeting → image data, only from inside the meeting's folder.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { imageSize } from 'image-size';
import { checkImage, type ImageProblem } from '../load/check-image.js';
import type { ImageData } from '../model/document.js';

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTOS = 50;

export type PhotoProblem =
  | { code: 'PHOTO_MISSING' | 'PHOTO_OUTSIDE' | 'PHOTO_NOT_IMAGE'; value: string }
  | { code: 'PHOTO_TOO_LARGE'; value: string; size: number; limit: number }
  | (ImageProblem & { value: string });

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function loadPhoto(meetingFile: string, written: string): ImageData | PhotoProblem {
  const folder = realpathSync(dirname(resolve(meetingFile)));
  const path = resolve(folder, written);
  if (!inside(folder, path)) return { code: 'PHOTO_OUTSIDE', value: written };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { code: 'PHOTO_MISSING', value: written };
  }
  // A symlink inside the folder may still point outside it.
  if (!inside(folder, real)) return { code: 'PHOTO_OUTSIDE', value: written };
  const stat = statSync(real);
  // A folder or a named pipe is no photo (and reading a pipe would wait for ever).
  if (!stat.isFile()) return { code: 'PHOTO_NOT_IMAGE', value: written };
  const size = stat.size;
  if (size > MAX_PHOTO_BYTES) return { code: 'PHOTO_TOO_LARGE', value: written, size, limit: MAX_PHOTO_BYTES };
  const bytes = new Uint8Array(readFileSync(real));
  try {
    const info = imageSize(bytes);
    const format = info.type === 'jpg' ? 'jpeg' : info.type === 'png' ? 'png' : null;
    if (format === null || !info.width || !info.height) return { code: 'PHOTO_NOT_IMAGE', value: written };
    // The header alone is not enough: a truncated or corrupt file would break the writers.
    const problem = checkImage(bytes, format);
    if (problem !== null) return { ...problem, value: written };
    // EXIF orientations 5–8 swap width and height when shown.
    const swap = info.orientation !== undefined && info.orientation >= 5;
    return { bytes, format, widthPx: swap ? info.height : info.width, heightPx: swap ? info.width : info.height };
  } catch {
    return { code: 'PHOTO_NOT_IMAGE', value: written };
  }
}
