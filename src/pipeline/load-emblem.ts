// The Garuda emblem of a memo: an image the office supplies; the space is kept when it is missing.
// Read through the one resolver: inside the configuration's folder, a regular file, size-limited.
import { imageSize } from 'image-size';
import type { Reporter } from '../i18n/reporter.js';
import type { ImageData } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { checkImage } from '../load/check-image.js';
import { deinterlacePng, needsDeinterlace } from '../load/png-deinterlace.js';
import { readConfined } from '../load/resolve-path.js';
import { MAX_PHOTO_BYTES } from '../render/load-photos.js';

export function loadEmblem(office: OfficeConfig | null, reporter: Reporter): ImageData | null {
  const written = office?.office?.emblem;
  if (written === undefined) {
    reporter.warn('EMBLEM_NOT_CONFIGURED', null);
    return null;
  }
  // Outside the folder is refused when the configuration is loaded (OFFICE_FILE_OUTSIDE).
  const read = readConfined(office?.dir ?? '.', written, MAX_PHOTO_BYTES);
  if (!('bytes' in read)) {
    reporter.warn('EMBLEM_MISSING', null, { value: written });
    return null;
  }
  let bytes = read.bytes;
  try {
    const info = imageSize(bytes);
    const format = info.type === 'jpg' ? 'jpeg' : info.type === 'png' ? 'png' : null;
    if (format === null || !info.width || !info.height) throw new Error('not an image');
    // The same structural check as photos: a corrupt emblem must not reach the writers.
    if (checkImage(bytes, format) !== null) throw new Error('corrupt image');
    if (format === 'png' && needsDeinterlace(bytes)) bytes = deinterlacePng(bytes);
    return { bytes, format, widthPx: info.width, heightPx: info.height };
  } catch {
    reporter.warn('EMBLEM_MISSING', null, { value: written });
    return null;
  }
}
