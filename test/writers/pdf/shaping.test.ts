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
    const mark = (run: typeof over) => `${run.glyphs.at(-1)?.id} ${run.positions.at(-1)?.xOffset} ${run.positions.at(-1)?.yOffset}`;
    expect(mark(over)).not.toBe(mark(plain));
    // Marks take no width of their own.
    expect(over.advanceWidth).toBe(runOf(regular(), 'ที').advanceWidth);
  });

  it('splits ำ into its nikhahit, shaped with the tone mark, and sara aa', () => {
    const glyphs = runOf(regular(), 'น้ำ').glyphs.map((g) => g.codePoints.map((c) => c.toString(16)).join('+'));
    expect(glyphs).toEqual(['e19', 'e49+e33', 'e32']);
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
