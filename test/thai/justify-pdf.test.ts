// Issue 12: justify and thaiDistribute paragraphs in the PDF are flush at both margins, their
// last lines set left. Measured from the glyph positions MuPDF reads from the file (mutool
// draw -F stext; .ci/run installs mupdf-tools), not from our own layout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Align, Document } from '../../src/model/document.js';
import { layoutLines, type LaidLine, type LineFragment, type Measure } from '../../src/writers/pdf/line-layout.js';
import { PdfCanvas } from '../../src/writers/pdf/canvas.js';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { mmToPt } from '../../src/writers/pdf/units.js';
import { corpusDocument } from './support/corpus-document.js';
import { t } from '../support/sample-document.js';
import { ENGINES, enginePages, withFile } from '../support/pdf-engines.js';
import { OFFICIAL_PROSE } from './corpus/official-prose.js';
import { SPREAD_LINES } from './corpus/spread-lines.js';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lines of every page, indents and the page number between a paragraph's pages left out. */
const bodyLines = (pages: string[]) => pages.join('\f').replace(/\r/g, '').split(/[\n\f]/).map((l) => l.replace(/^ +/, '')).filter((l) => !/^- ?[0-9๐-๙]+ ?- *$/.test(l));
/** A paragraph found in an engine's text: its lines joined with nothing (a Thai line end is no space). */
const foundJoined = (pages: string[], piece: string) => bodyLines(pages).join('').includes(piece);
/** pdf.js drops the space glyph that ends a line: a line end may stand for a space. */
const foundInPdfjs = (pages: string[], piece: string) =>
  new RegExp(Array.from(piece, (c) => (c === ' ' ? '(?: \\n?|\\n)' : escape(c))).join('\\n?'), 'u').test(bodyLines(pages).join('\n'));

describe.each<Align>(['thaiDistribute', 'justify'])('PDF %s paragraphs', (align) => {
  const rendered = renderPdf(corpusDocument(align));

  it('are flush at both margins, each last line set left', async () => {
    // The page number sits above the top margin: not part of a paragraph.
    const { bytes, lines: drawn } = await rendered;
    const lines = glyphLines(bytes, 2).filter((l) => l.y > mmToPt(doc.page.margins.topMm));
    const textAt = (l: GlyphLine) => drawn.find((d) => d.page === l.page && d.box.top < l.y && l.y < d.box.bottom)?.text ?? '';
    expect(lines.length).toBeGreaterThan(40);
    let lastLines = 0;
    const short: string[] = [];
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      const startsParagraph = Math.abs(line.left - INDENT) < TOLERANCE;
      expect(startsParagraph || Math.abs(line.left - LEFT) < TOLERANCE, `line ${i} starts at ${line.left}`).toBe(true);
      // The last line measured may go on over the page: neither checked.
      if (next === undefined) return;
      const paragraphEnds = next.page !== line.page || Math.abs(next.left - INDENT) < TOLERANCE;
      if (paragraphEnds && next.page === line.page) {
        lastLines++;
        expect(line.right, `last line ${i} stretched`).toBeLessThan(RIGHT - 2);
      } else if (!paragraphEnds && Math.abs(line.right - RIGHT) >= TOLERANCE) {
        short.push(`line ${i} "${textAt(line)}" ends at ${line.right}, margin ${RIGHT}`);
      }
    });
    expect(lastLines).toBeGreaterThanOrEqual(6);
    // Every line but a paragraph's last is flush, with or without a space in it (issue 12: two
    // lines without a space stayed short of the margin when the room between clusters was capped).
    expect(short, short.join('\n')).toEqual([]);
  });

  // The spread lines read back as typed, in every engine the engine matrix reads with; poppler's
  // -layout mode, which pads columns with spaces, is not among them (README "Justified Thai").
  it("read back exactly in poppler's reading order and layout modes (pdftotext, Evince's copy)", async () => {
    const { bytes } = await rendered;
    for (const args of [[], ['-layout']]) {
      const text = withFile(bytes, (file) => execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      // Layout mode shows horizontal distance as spaces: a run of them is one space.
      const pages = text.replace(/ {2,}/g, ' ').split('\f');
      expect(OFFICIAL_PROSE.filter((p) => !foundJoined(pages, p)), args.join(' ')).toEqual([]);
    }
  });

  it.each(ENGINES)('read back exactly in %s', async (engine) => {
    const { bytes } = await rendered;
    const pages = await enginePages(engine, bytes);
    const found = engine === 'pdfjs' ? foundInPdfjs : foundJoined;
    // Ghostscript's txtwrite shows horizontal distance as spaces (an indent too, left out for
    // every engine): a space justify widened reads as several.
    const read = engine === 'ghostscript' ? pages.map((p) => p.replace(/ {2,}/g, ' ')) : pages;
    expect(OFFICIAL_PROSE.filter((p) => !found(read, p))).toEqual([]);
  });
});

describe('PDF thaiDistribute lines spread far (a phrase alone on its line)', () => {
  const spreadDocument = () => {
    const base = corpusDocument();
    const paragraph = base.blocks[0] as Extract<Document['blocks'][number], { type: 'paragraph' }>;
    return { ...base, blocks: SPREAD_LINES.map((text) => ({ ...paragraph, inlines: [t(text)] })) };
  };
  const rendered = renderPdf(spreadDocument());

  it('reach the right margin however much room they need', async () => {
    const { bytes } = await rendered;
    const lines = glyphLines(bytes, 1);
    expect(lines).toHaveLength(2 * SPREAD_LINES.length);
    // Each paragraph: the phrase spread from the indent to the margin, then the amount set left.
    lines.forEach((line, i) => {
      if (i % 2 === 0) {
        expect(line.left, `line ${i}`).toBeCloseTo(INDENT, 0);
        expect(Math.abs(line.right - RIGHT), `line ${i} ends at ${line.right}`).toBeLessThan(TOLERANCE);
      } else {
        expect(line.right, `line ${i}`).toBeLessThan(RIGHT - 2);
      }
    });
  });

  // The room between clusters is inside the glyphs' advances: with it drawn as TJ moves (or as
  // character spacing, Tc), pdf.js, MuPDF, Ghostscript and pypdf read these lines letter by letter.
  it.each(ENGINES)('read back exactly in %s', async (engine) => {
    const { bytes } = await rendered;
    const pages = await enginePages(engine, bytes);
    const found = engine === 'pdfjs' ? foundInPdfjs : foundJoined;
    const read = pages.map((p) => p.replace(/ {2,}/g, ' '));
    expect(SPREAD_LINES.filter((p) => !found(read, p))).toEqual([]);
  });
});

describe('PDF thaiDistribute spaces', () => {
  it('take no more room than the gap between two letters (Word spreads a space as one more character)', async () => {
    // The lines as the canvas is given them, laid out with the real font's measure.
    const laid: Array<{ line: LaidLine; sizePt: number }> = [];
    const drawLine = PdfCanvas.prototype.drawLine;
    const spy = vi.spyOn(PdfCanvas.prototype, 'drawLine').mockImplementation(function (this: PdfCanvas, line, left, top, sizePt, group, mark, labelMark) {
      laid.push({ line, sizePt });
      drawLine.call(this, line, left, top, sizePt, group, mark, labelMark);
    });
    try {
      await renderPdf(corpusDocument('thaiDistribute'));
    } finally {
      spy.mockRestore();
    }
    // Spread between clusters (the justify renders above may draw while this one does: their lines widen spaces only).
    const spread = laid.filter(({ line }) => line.justified === true && / \S/.test(line.text.trim()) && line.fragments.some((f) => (f.pieceSpacingPt ?? 0) > 0));
    expect(spread.length).toBeGreaterThan(30);
    // Room beyond the clusters' own spacing where one fragment ends and the next starts (a space
    // that takes room of its own starts a new fragment), in ems of the drawn size.
    const wide: string[] = [];
    for (const { line, sizePt } of spread) {
      const em = sizePt * 0.68;
      line.fragments.forEach((f, i) => {
        const next = line.fragments[i + 1];
        if (next === undefined) return;
        const extra = (next.x - (f.x + f.width + (f.pieceSpacingPt ?? 0))) / em;
        if (extra > 0.001) wide.push(`${extra.toFixed(2)} em at "${f.text.slice(-12)}|${next.text.slice(0, 12)}"`);
      });
    }
    expect(wide).toEqual([]);
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
    // 'aaa bbb ccc ddd eee' is 19 wide: the 1 left over goes a quarter to each of the 4 spaces,
    // each word after a space its own fragment, moved right; no spacing between letters.
    expect(first.fragments.map((f) => f.x)).toEqual([0, 4.25, 8.5, 12.75, 17]);
    expect(first.fragments.map((f) => f.text)).toEqual(['aaa ', 'bbb ', 'ccc ', 'ddd ', 'eee']);
    expect(first.fragments.every((f) => f.pieceSpacingPt === undefined)).toBe(true);
    expect(first.fragments.at(-1)!.x + first.fragments.at(-1)!.width).toBe(20);
    expect(lines[1]!.justified).toBeUndefined();
  });

  it('thaiDistribute spreads the room between grapheme clusters, a mark staying on its letter', () => {
    const lines = layoutLines([t('ที่นี่ ที่นั่น ที่โน่น ที่ไหน')], { ...spec('thaiDistribute'), right: 15 }, measure);
    const first = lines[0]!;
    // One fragment, its pieces the clusters (ที่ one of them), the spacing after each but the last.
    expect(first.fragments).toHaveLength(1);
    const [line] = first.fragments as [LineFragment];
    expect(line.pieces).toEqual(['ที่', 'นี่', ' ', 'ที่', 'นั่', 'น']);
    // 14 characters in 6 clusters: 1 unit of room over 5 gaps.
    expect(line.pieceSpacingPt).toBeCloseTo(0.2, 9);
    expect(line.x + line.width).toBeCloseTo(15, 9);
  });

  it('thaiDistribute gives a space the same room as two letters, not the rest of the line', () => {
    // 'aaaaa bbbbbbb' (13 wide, 13 clusters) on a 30-wide line: 17 of room over 12 gaps, the
    // space's as well (before: 0.06 em a gap, and the space took the rest, 5 em and more on a
    // memo line with one space).
    const lines = layoutLines([t('aaaaa bbbbbbb cccccccccccccccccccccccc')], { firstStart: 0, restStart: 0, right: 30, align: 'thaiDistribute' }, measure);
    expect(lines[0]!.fragments).toHaveLength(1);
    const [only] = lines[0]!.fragments as [LineFragment];
    expect(only.pieces).toEqual([...'aaaaa bbbbbbb']);
    expect(only.pieceSpacingPt).toBeCloseTo(17 / 12, 9);
    expect(only.x + only.width).toBeCloseTo(30, 9);
  });

  it('thaiDistribute spreads a line without a space to the margin, however much room it needs', () => {
    const lines = layoutLines([t('aaaaaaaaaa bbbbbbbbbbbbbbb')], { firstStart: 0, restStart: 0, right: 20, align: 'thaiDistribute' }, measure);
    // 'aaaaaaaaaa' alone on its line (the space it ends with is not drawn): 10 of room over 9 gaps.
    const [only] = lines[0]!.fragments as [LineFragment];
    expect(only.pieceSpacingPt).toBeCloseTo(10 / 9, 9);
    expect(only.x + only.width).toBeCloseTo(20, 9);
  });

});
