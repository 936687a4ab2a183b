// The Garuda emblem of a memo: an image the office supplies; the space is kept when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { imageSize } from 'image-size';
import type { Reporter } from '../i18n/reporter.js';
import type { ImageData } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { checkImage } from '../load/check-image.js';

export function loadEmblem(office: OfficeConfig | null, reporter: Reporter): ImageData | null {
  const written = office?.office?.emblem;
  if (written === undefined) {
    reporter.warn('EMBLEM_NOT_CONFIGURED', null);
    return null;
  }
  const path = isAbsolute(written) ? written : resolve(office?.dir ?? '.', written);
  if (!existsSync(path)) {
    reporter.warn('EMBLEM_MISSING', null, { value: written });
    return null;
  }
  const bytes = new Uint8Array(readFileSync(path));
  try {
    const info = imageSize(bytes);
    const format = info.type === 'jpg' ? 'jpeg' : info.type === 'png' ? 'png' : null;
    if (format === null || !info.width || !info.height) throw new Error('not an image');
    // The same structural check as photos: a corrupt emblem must not reach the writers.
    if (checkImage(bytes, format) !== null) throw new Error('corrupt image');
    return { bytes, format, widthPx: info.width, heightPx: info.height };
  } catch {
    reporter.warn('EMBLEM_MISSING', null, { value: written });
    return null;
  }
}
