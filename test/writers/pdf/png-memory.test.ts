// Issue 13, 8: embedding one large PNG must not cost many times the photo. pdfkit's PNG reader
// (png-js) copied the compressed data into a JavaScript array byte by byte (one 39.6 MP PNG of
// 17.7 MiB peaked at ~1 GB) and decoded a PNG with alpha whole in JavaScript. Measured in a
// child process (the writer and pdfkit bundled by esbuild): the peak resident memory above the
// process's own, as a ratio to the file (plain PNG) or to its decoded pixels (alpha), not a time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, pngChunk } from '../../support/png-chunk.js';

const dir = mkdtempSync(join(tmpdir(), 'png-memory-'));
// Inside the repository, so that its packages (pdfkit) resolve from node_modules.
const child = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'png-memory', 'child.cjs');


/** A gradient with a bit of noise in each sample (compresses as a photo does, about 1:4), RGB or RGBA. */
function noisyPng(width: number, height: number, alpha: boolean): Buffer {
  const channels = alpha ? 4 : 3;
  const row = 1 + width * channels;
  const raw = Buffer.alloc(row * height);
  let seed = 11;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width * channels; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      raw[y * row + 1 + x] = ((y * 200) / height + ((seed >> 16) & 3)) | 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

function embed(file: string, mode = process.env['PNG_MEMORY_PDFKIT'] === '1' ? 'pdfkit' : ''): { extra: number; written: number } {
  const env = { ...process.env };
  delete env['NODE_EXTRA_CA_CERTS'];
  const args = [child, file, ...(mode === '' ? [] : [mode])];
  const out = JSON.parse(execFileSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 20 })) as { base: number; peak: number; written: number };
  return { extra: out.peak - out.base, written: out.written };
}

beforeAll(async () => {
  await build({ entryPoints: [join(__dirname, 'png-memory-child.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: child, logLevel: 'silent' });
}, 60_000);

describe('memory of embedding one large PNG (issue 13, 8)', () => {
  it('a 6 MP RGB PNG costs a few times its file, not tens', () => {
    const png = noisyPng(3000, 2000, false);
    const file = join(dir, 'rgb.png');
    writeFileSync(file, png);
    const { extra, written } = embed(file);
    expect(written).toBeGreaterThan(png.length);
    // pdfkit's reader: ~33× the file (measured); this writer: the data passed through, the PDF's buffers.
    expect(extra / png.length, `peak ${(extra / 2 ** 20).toFixed(0)} MiB above the process for a ${(png.length / 2 ** 20).toFixed(1)} MiB PNG`).toBeLessThan(8);
  }, 60_000);

  it('a 12 MP RGBA PNG costs less than its decoded pixels', () => {
    const png = noisyPng(4000, 3000, true);
    const file = join(dir, 'rgba.png');
    writeFileSync(file, png);
    const { extra } = embed(file);
    const decoded = 4000 * 3000 * 4;
    // pdfkit's reader decodes the pixels whole and splits them in JavaScript: several times them.
    expect(extra / decoded, `peak ${(extra / 2 ** 20).toFixed(0)} MiB above the process for ${(decoded / 2 ** 20).toFixed(0)} MiB of pixels`).toBeLessThan(1);
  }, 60_000);

  it('the photo check of a 12 MP RGBA PNG holds a fraction of its pixels', () => {
    const file = join(dir, 'rgba.png');
    writeFileSync(file, noisyPng(4000, 3000, true));
    const { extra, written } = embed(file, 'check');
    expect(written, 'the PNG passes the check').toBe(1);
    // Inflated whole (inflateSync), the check held all the pixels and their filter bytes.
    expect(extra / (4000 * 3000 * 4), `peak ${(extra / 2 ** 20).toFixed(0)} MiB above the process`).toBeLessThan(0.3);
  }, 60_000);
});
