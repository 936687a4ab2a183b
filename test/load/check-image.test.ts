import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkImage, MAX_PIXELS } from '../../src/load/check-image.js';
import { makeJpeg, makePng } from '../support/images.js';

/** A PNG chunk with its CRC, for building broken files on purpose. */
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function png(width: number, height: number, idat: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

describe('checking that a photo is a whole image', () => {
  it('accepts whole PNG and JPEG files, and the example meeting photos', () => {
    expect(checkImage(makePng().bytes, 'png')).toBeNull();
    expect(checkImage(makeJpeg().bytes, 'jpeg')).toBeNull();
    for (const file of ['minutes/photos/2566-02-ita-1.jpg', 'minutes/photos/2566-02-ita-2.jpg']) {
      expect(checkImage(new Uint8Array(readFileSync(file)), 'jpeg'), file).toBeNull();
    }
  });

  it('accepts bytes after the end of a JPEG (some cameras add them)', () => {
    const bytes = makeJpeg().bytes;
    expect(checkImage(new Uint8Array([...bytes, 0, 1, 2, 3]), 'jpeg')).toBeNull();
  });

  it('refuses a truncated PNG or JPEG', () => {
    const pngBytes = makePng().bytes;
    const jpegBytes = makeJpeg().bytes;
    expect(checkImage(pngBytes.subarray(0, pngBytes.length - 12), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    expect(checkImage(pngBytes.subarray(0, 60), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    expect(checkImage(jpegBytes.subarray(0, jpegBytes.length - 2), 'jpeg')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    expect(checkImage(jpegBytes.subarray(0, 400), 'jpeg')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
  });

  it('refuses a PNG with one byte changed (its CRC no longer matches)', () => {
    const bytes = new Uint8Array(makePng().bytes);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] as number) ^ 0xff;
    expect(checkImage(bytes, 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
  });

  it('refuses a PNG whose image data is garbage under valid CRCs', () => {
    expect(checkImage(png(4, 4, new Uint8Array(64).fill(7)), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    // Inflates, but to fewer bytes than 4 rows of 4 RGBA pixels.
    expect(checkImage(png(4, 4, deflateSync(Buffer.alloc(20))), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    // The right size, but a row filter type 9 does not exist.
    expect(checkImage(png(4, 4, deflateSync(Buffer.alloc(4 * 17, 9))), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    expect(checkImage(png(4, 4, deflateSync(Buffer.alloc(4 * 17))), 'png')).toBeNull();
  });

  it('refuses a JPEG header followed by garbage', () => {
    const header = makeJpeg().bytes.subarray(0, 20);
    const garbage = new Uint8Array(2000).map((_, i) => (i * 37) % 251);
    expect(checkImage(new Uint8Array([...header, ...garbage]), 'jpeg')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
    expect(checkImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
  });

  it('refuses a decompression bomb by its declared size, before inflating anything', () => {
    // 100 000 × 100 000 zero pixels: 40 GB once decoded, a few MB compressed.
    const started = performance.now();
    expect(checkImage(png(100_000, 100_000, deflateSync(Buffer.alloc(1000))), 'png')).toEqual({
      code: 'PHOTO_DIMENSIONS',
      width: 100_000,
      height: 100_000,
      limit: MAX_PIXELS,
    });
    // Inflating 40 GB would take minutes: a hang guard, not a speed check.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops inflating at the size the header allows', () => {
    // Declares 4 × 4, holds 50 MB of zeros.
    expect(checkImage(png(4, 4, deflateSync(Buffer.alloc(50 * 1024 * 1024))), 'png')).toEqual({ code: 'PHOTO_NOT_IMAGE' });
  });
});
