import { describe, expect, it } from 'vitest';
import { bundledFontFiles, loadFontSet, SARABUN_SCALE } from '../../../src/writers/pdf/fonts.js';
import { renderPdf } from '../../../src/writers/pdf/index.js';
import { pdfFonts, pdfText } from '../../support/pdf-text.js';
import { sampleDocument } from '../../support/sample-document.js';

describe('loadFontSet', () => {
  it('sizes the bundled Sarabun to look like TH SarabunPSK, with its single line spacing', () => {
    const fonts = loadFontSet();
    expect(fonts.scale).toBe(SARABUN_SCALE);
    expect(SARABUN_SCALE).toBeCloseTo(0.68, 2);
    // TH SarabunPSK 16 pt in Word: 20.8 pt a line, baseline 13.5 pt down.
    expect(16 * fonts.lineHeightEm).toBeCloseTo(20.83, 1);
    expect(16 * fonts.ascentEm).toBeCloseTo(13.52, 1);
    expect(Object.values(fonts.faces).every((f) => !f.fauxBold && !f.fauxItalic)).toBe(true);
  });

  it('uses an office\'s own files at scale 1, with their own line spacing', () => {
    const fonts = loadFontSet({ regular: bundledFontFiles().regular });
    expect(fonts.scale).toBe(1);
    // Sarabun's Windows ascent and descent: 1286 + 567 units of 1000.
    expect(fonts.lineHeightEm).toBeCloseTo(1.853, 3);
    expect(fonts.faces.bold).toMatchObject({ file: bundledFontFiles().regular, fauxBold: true });
    expect(fonts.faces.italic).toMatchObject({ fauxItalic: true });
  });

  it('says which font file is missing', () => {
    expect(() => loadFontSet({ regular: '/nowhere/THSarabunPSK.ttf' })).toThrow('font file not found: /nowhere/THSarabunPSK.ttf');
  });
});

describe('renderPdf with fonts given', () => {
  it('embeds only the given file, imitates bold, and still extracts the text', async () => {
    const render = await renderPdf(sampleDocument(), { fonts: { regular: bundledFontFiles().regular } });
    const rows = pdfFonts(render.bytes).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/\+Sarabun-Regular .* yes yes yes/);
    expect(pdfText(render.bytes)).toContain('นางอมราภรณ์ ทรงอาวุธ');
  });
});
