// Issue 13, 14: interlaced PNGs of bit depth 1, 2 and 4 (made by ImageMagick, grey and indexed)
// are converted when loaded, pixel for pixel as pngjs decodes the original: pdfkit drew them
// striped. The converted file is what both writers embed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../src/load/check-image.js';
import { deinterlacePng, needsDeinterlace } from '../../src/load/png-deinterlace.js';

const dir = join('test', 'hostile', 'png');

describe('an interlaced PNG below 8 bits a sample', () => {
  for (const name of ['gray1', 'gray2', 'gray4', 'pal1', 'pal4']) {
    it(`${name}.png becomes a non-interlaced 8-bit PNG with the same pixels`, () => {
      const original = new Uint8Array(readFileSync(join(dir, `${name}.png`)));
      expect(needsDeinterlace(original)).toBe(true);
      const converted = deinterlacePng(original);
      expect(converted[24]).toBe(8);
      expect(converted[28]).toBe(0);
      expect(needsDeinterlace(converted)).toBe(false);
      expect(checkImage(converted, 'png')).toBeNull();
      const a = PNG.sync.read(Buffer.from(original));
      const b = PNG.sync.read(Buffer.from(converted));
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      expect(Buffer.compare(a.data, b.data)).toBe(0);
    });
  }
});
