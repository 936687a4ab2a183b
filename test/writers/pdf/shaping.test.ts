// Shaping by HarfBuzz: Thai marks placed by the font's GPOS, the glyphs a line break measured,
// and a ToUnicode map in which every glyph, those shaping made included, names its text.
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../../src/writers/pdf/fonts.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { prepareShaping, runOf, shaperFor, widthOf } from '../../../src/writers/pdf/shaping.js';
import { sampleDocument } from '../../support/sample-document.js';

beforeAll(() => prepareShaping());

const regular = () => shaperFor(bundledFontFiles().regular);

/** Every ToUnicode CMap of the PDF, inflated. */
function toUnicodeMaps(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const maps: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      const body = inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1');
      if (body.includes('begincmap')) maps.push(body);
    } catch {
      // not a deflated stream
    }
  }
  return maps;
}

describe('shaping', () => {
  it('draws a tone mark over an upper vowel differently from one on a plain consonant', () => {
    const over = runOf(regular(), 'ที่');
    const plain = runOf(regular(), 'ท่');
    expect(over.glyphs.at(-1)?.key).not.toBe(plain.glyphs.at(-1)?.key);
    // Marks take no width of their own.
    expect(over.advanceWidth).toBe(runOf(regular(), 'ที').advanceWidth);
  });

  it('gives one PDF glyph per character, in the order written: ำ and tone + ำ read as typed', () => {
    for (const word of ['น้ำ', 'ต่ำ', 'ดำ', 'ครั้ง', 'ผู้', 'ปี่', 'ญ', 'ฐ']) {
      expect(runOf(regular(), word).glyphs.map((g) => g.text).join(''), word).toBe(word);
    }
    // The cluster of tone + ำ: one composite of the font's glyphs, standing for the tone, and an empty glyph for ำ.
    const [base, tone, am] = runOf(regular(), 'น้ำ').glyphs;
    expect(base?.glyph).toEqual({ gid: expect.any(Number) });
    expect(tone?.glyph).toMatchObject({ parts: [expect.anything(), expect.anything()] });
    expect(am).toMatchObject({ text: 'ำ', width: 0, continuation: true });
  });

  it('reads a no-break space as the space the writer typed', () => {
    expect(runOf(regular(), 'ครั้งที่\u00A0๒').glyphs.map((g) => g.text).join('')).toBe('ครั้งที่ ๒');
  });

  it('measures a text as the sum of its pieces after each space', () => {
    const shaper = regular();
    expect(widthOf(shaper, 'คะแนน รวม')).toBeCloseTo(runOf(shaper, 'คะแนน ').advanceWidth + runOf(shaper, 'รวม').advanceWidth, 9);
  });

  it('gives every glyph of a document text in the ToUnicode map', async () => {
    const maps = toUnicodeMaps(await writePdf(sampleDocument()));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) expect(map).not.toContain('<>');
  });
});
