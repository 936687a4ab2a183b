// Test pictures made in code, so no binary asset has to be trusted or kept.
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import type { ImageData } from '../../src/model/document.js';

function pixels(width: number, height: number, hue: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = hue;
      data[i + 3] = 255;
    }
  }
  return data;
}

export function makePng(width = 160, height = 90, hue = 120): ImageData {
  const png = new PNG({ width, height });
  pixels(width, height, hue).copy(png.data);
  return { bytes: new Uint8Array(PNG.sync.write(png)), format: 'png', widthPx: width, heightPx: height };
}

export function makeJpeg(width = 160, height = 120, hue = 200): ImageData {
  const encoded = jpeg.encode({ data: pixels(width, height, hue), width, height }, 80);
  return { bytes: new Uint8Array(encoded.data), format: 'jpeg', widthPx: width, heightPx: height };
}
