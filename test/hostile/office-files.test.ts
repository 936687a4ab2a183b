// Small findings of issue 13 tested in-process: a font without Thai, a picture at an extreme
// aspect ratio in DOCX, absurd markup attributes, a damaged manifest.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, manifestText } from '../../src/archive/manifest.js';
import { checkThaiFont } from '../../src/load/font-file.js';
import { markupToDocument } from '../../src/render/markup-to-document.js';
import { figureSize } from '../../src/writers/docx/figure.js';

const require = createRequire(import.meta.url);

/** A minimal sfnt with one cmap format 4 subtable mapping only U+0041 'A'. */
function latinOnlyFont(): Uint8Array {
  const sub = [0, 4, 0, 32, 0, 0, 0, 4, 0, 4, 0, 1, 0, 0, 0x00, 0x41, 0xff, 0xff, 0, 0, 0x00, 0x41, 0xff, 0xff, 0xff, 0xc0, 0, 1, 0, 0, 0, 0];
  const cmap = [0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12, ...sub];
  const header = [0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0];
  const entry = [0x63, 0x6d, 0x61, 0x70, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, cmap.length];
  return new Uint8Array([...header, ...entry, ...cmap]);
}

describe('an office font', () => {
  it('is refused when it has no Thai letters', () => {
    expect(checkThaiFont(latinOnlyFont())).toBe('no-thai');
  });
  it('is refused when it is no font at all', () => {
    expect(checkThaiFont(new TextEncoder().encode('not a font, just text'))).toBe('not-font');
  });
  it('is accepted when it draws Thai (the bundled Sarabun)', () => {
    const file = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
    expect(checkThaiFont(new Uint8Array(readFileSync(file)))).toBeNull();
  });
});

describe('a DOCX picture at an extreme aspect ratio', () => {
  const ctx = { textWidthMm: 160, textHeightMm: 247 } as Parameters<typeof figureSize>[1];
  const image = (widthPx: number, heightPx: number) => ({ type: 'figure', widthMm: 128, caption: [], image: { bytes: new Uint8Array(), format: 'png', widthPx, heightPx } }) as unknown as Parameters<typeof figureSize>[0];
  it('keeps a 20000 × 1 panorama at least 2 mm high', () => {
    const size = figureSize(image(20000, 1), ctx);
    expect(size.heightEmu).toBeGreaterThanOrEqual(72000);
    expect(size.widthEmu).toBeLessThanOrEqual(160 * 36000);
  });
  it('keeps a 1 × 20000 strip at least 2 mm wide', () => {
    const size = figureSize(image(1, 20000), ctx);
    expect(size.widthEmu).toBeGreaterThanOrEqual(72000);
    expect(size.heightEmu).toBeLessThanOrEqual(0.6 * 247 * 36000 + 1);
  });
});

describe('markup attributes', () => {
  const context = { images: [], textWidthMm: 160 } as unknown as Parameters<typeof markupToDocument>[1];
  it('are errors when absurd, never text silently pushed off the page', () => {
    for (const markup of ['<p indent="1e9">ข้อความ</p>', '<p size="0.001">ข้อความ</p>', '<p before="abc">ข้อความ</p>', '<p align="diagonal">ข้อความ</p>', '<table width="50"><tr><td>x</td></tr></table>']) {
      const result = markupToDocument(markup, context);
      expect(result.errors.length, markup).toBeGreaterThan(0);
    }
  });
  it('are accepted within range', () => {
    expect(markupToDocument('<p indent="30" before="6" size="18" align="thaiDistribute">ข้อความ</p>', context).errors).toEqual([]);
  });
});

describe('a damaged manifest', () => {
  it('keeps the sound records and drops those of the wrong shape (a number, null)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-manifest-'));
    writeFileSync(join(dir, '.minutes-manifest.json'), JSON.stringify({
      tool: '0.2.0',
      meetings: {
        'minutes/a.yaml': { kind: 'minutes', date: '2023-01-01', body: 'b', number: '1', title: 't', outputs: { 'a.docx': { input: 'i', output: 'o' } } },
        'minutes/b.yaml': 42,
        'minutes/c.yaml': null,
        'minutes/d.yaml': { outputs: { 'd.docx': { input: 1, output: null } } },
      },
    }));
    const read = readManifest(dir);
    expect(Object.keys(read.manifest.meetings)).toEqual(['minutes/a.yaml']);
    expect(read.problem?.en).toMatch(/3 record/);
  });
  it('is not read past its size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-manifest-'));
    writeFileSync(join(dir, '.minutes-manifest.json'), '');
    // A sparse file of 600 MiB: no disk used, and never read.
    require('node:fs').truncateSync(join(dir, '.minutes-manifest.json'), 600 * 1024 * 1024);
    const read = readManifest(dir);
    expect(read.problem?.en).toMatch(/larger than/);
    expect(manifestText(read.manifest)).toContain('"meetings": {}');
  });
  it('keeps a meeting named __proto__ or constructor as a plain key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-manifest-'));
    const record = { kind: 'minutes', date: '', body: '', number: '', title: '', outputs: { '__proto__.docx': { input: 'i', output: 'o' } } };
    writeFileSync(join(dir, '.minutes-manifest.json'), `{"tool":"","meetings":{"__proto__":${JSON.stringify(record)},"constructor":${JSON.stringify(record)}}}`);
    const read = readManifest(dir);
    expect(Object.keys(read.manifest.meetings).sort()).toEqual(['__proto__', 'constructor']);
    expect(manifestText(read.manifest)).toContain('"__proto__.docx"');
  });
});
