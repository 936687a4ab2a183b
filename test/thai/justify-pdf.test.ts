// Issue 12: justify and thaiDistribute paragraphs in the PDF are flush at both margins, their
// last lines set left. Measured from the glyph positions MuPDF reads from the file (mutool
// draw -F stext; .ci/run installs mupdf-tools), not from our own layout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Align } from '../../src/model/document.js';
import { layoutLines, type LineFragment, type Measure } from '../../src/writers/pdf/line-layout.js';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { mmToPt } from '../../src/writers/pdf/units.js';
import { corpusDocument } from './support/corpus-document.js';
import { t } from '../support/sample-document.js';

interface GlyphLine {
  page: number;
  y: number;
  left: number;
  right: number;
}

/** Each text line of the first `pages` pages: its baseline and the x extent of its glyphs. */
function glyphLines(pdf: Uint8Array, pages: number): GlyphLine[] {
  const dir = mkdtempSync(join(tmpdir(), 'justify-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', file, `1-${pages}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    // Glyphs by page and baseline; a mark moved by its offset (ุ below, ่ above) is a few points
    // off its line's baseline, and lines are 20 pt apart: glyphs within 5 pt are one line.
    const glyphs: Array<{ page: number; y: number; left: number; right: number }> = [];
    let page = 0;
    for (const m of xml.matchAll(/<page |<char quad="([\d.\s-]+)" x="([\d.-]+)" y="([\d.-]+)"[^>]*c="([^"]*)"/g)) {
      if (m[0].startsWith('<page')) {
        page++;
        continue;
      }
      if (m[4] === ' ') continue;
      const quad = (m[1] as string).trim().split(/\s+/).map(Number);
      glyphs.push({ page, y: Number(m[3]), left: quad[0] as number, right: quad[2] as number });
    }
    glyphs.sort((a, b) => a.page - b.page || a.y - b.y);
    const out: GlyphLine[] = [];
    for (const g of glyphs) {
      const line = out[out.length - 1];
      if (line !== undefined && line.page === g.page && g.y - line.y < 5) {
        line.left = Math.min(line.left, g.left);
        line.right = Math.max(line.right, g.right);
      } else {
        out.push({ ...g });
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const doc = corpusDocument();
const LEFT = mmToPt(doc.page.margins.leftMm);
const RIGHT = mmToPt(doc.page.widthMm - doc.page.margins.rightMm);
const INDENT = LEFT + mmToPt(25);
/** Half a point: well under one glyph's side bearing at 16 pt. */
const TOLERANCE = 0.5;

describe.each<Align>(['thaiDistribute', 'justify'])('PDF %s paragraphs', (align) => {
  // Set left for now (src/writers/pdf/paragraph-chunks.ts says why): every line starts at the
  // margin or the first-line indent, and none is stretched to the right margin.
  it('are set left until a stretched line can be drawn with character spacing', async () => {
    const lines = glyphLines((await renderPdf(corpusDocument(align))).bytes, 2).filter((l) => l.y > mmToPt(doc.page.margins.topMm));
    expect(lines.length).toBeGreaterThan(40);
    for (const [i, line] of lines.entries()) {
      const startsParagraph = Math.abs(line.left - INDENT) < TOLERANCE;
      expect(startsParagraph || Math.abs(line.left - LEFT) < TOLERANCE, `line ${i} starts at ${line.left}`).toBe(true);
    }
    // Ragged: most lines end short of the margin by more than a stretched line would.
    expect(lines.filter((l) => RIGHT - l.right > 1).length).toBeGreaterThan(lines.length / 2);
  });
});

describe('justified line layout', () => {
  // One unit per character: the numbers are easy to check by hand.
  const measure: Measure = (text) => [...text].length;
  const spec = (align: Align) => ({ firstStart: 0, restStart: 0, right: 20, align });

  it('justify spreads a line without any space between its clusters, so the margin stays flush', () => {
    const lines = layoutLines([t('กกกกกกกกกกกกกกกกกกกกกกกกก')], { ...spec('justify'), right: 10 }, measure);
    expect(lines[0]!.justified).toBe(true);
    const end = lines[0]!.fragments.at(-1)!;
    expect(end.x + end.width).toBeCloseTo(10, 9);
  });

  it('justify widens only the spaces of every line but the last', () => {
    const lines = layoutLines([t('aaa bbb ccc ddd eee fff ggg')], spec('justify'), measure);
    expect(lines.map((l) => l.text)).toEqual(['aaa bbb ccc ddd eee ', 'fff ggg']);
    const first = lines[0]!;
    expect(first.justified).toBe(true);
    // 'aaa bbb ccc ddd eee' is 19 wide: the 1 left over goes a quarter to each of the 4 spaces.
    expect(first.fragments.map((f) => f.x)).toEqual([0, 4.25, 8.5, 12.75, 17]);
    expect(first.fragments.at(-1)!.x + first.fragments.at(-1)!.width).toBe(20);
    expect(lines[1]!.justified).toBeUndefined();
  });

  it('thaiDistribute spreads the room between grapheme clusters, a mark staying on its letter', () => {
    const lines = layoutLines([t('ที่นี่ ที่นั่น ที่โน่น ที่ไหน')], { ...spec('thaiDistribute'), right: 15 }, measure);
    const first = lines[0]!;
    // One fragment per cluster, each moved right by the same spacing: ที่ stays one cluster.
    expect(first.fragments.map((f) => f.text)).toContain('ที่');
    const [a, b] = first.fragments as [LineFragment, LineFragment];
    expect(b.x - (a.x + a.width)).toBeGreaterThan(0);
    const end = first.fragments.at(-1)!;
    expect(end.x + end.width).toBeCloseTo(15, 6);
  });
});
