// Every example PDF read back by every engine people read PDFs with (issue 11): pdf.js (Firefox),
// PDFium (Chrome, Edge), poppler (Evince, Okular, pdftotext), MuPDF, Ghostscript and pypdf each
// give every text piece of the document model exactly; find works for words with ำ; selection
// boxes sit on the glyphs. Each example is rendered once and each engine reads it once.
import { describe, expect, it } from 'vitest';
import { renderExamples } from '../../support/example-pdfs.js';
import {
  ENGINES, ghostscriptPages, mupdfPages, pdfiumRead, pdfjsFindCount, pdfjsPages, popplerPages, popplerWordBoxes, pypdfPages, withFile,
  type CharBox, type EngineName, type PdfiumReading,
} from '../../support/pdf-engines.js';
import { pdfInfo } from '../../support/pdf-text.js';
import { linesByGroup, sourceTexts } from '../../support/text-checks.js';
import type { DrawnLine } from '../../../src/writers/pdf/index.js';

/** Words a reader searches for: ำ after a consonant, tone + ำ, and a number after a typed space. */
const QUERIES = ['น้ำหนัก', 'ต่ำกว่า', 'ครั้งที่ ๒'];

interface Reading {
  name: string;
  pieces: string[];
  /** The lines of each multi-line piece, as drawn. */
  linesOf: Map<string, string[]>;
  texts: Record<EngineName, string[]>;
  pdfium: PdfiumReading;
  popplerWords: CharBox[];
  drawn: DrawnLine[];
  tagged: string | undefined;
}

const readerText = (text: string) => text.replace(/\u00A0/g, ' ');

const examples = await renderExamples();
const readings: Reading[] = [];
for (const { name, document, render } of examples) {
  const pieces = sourceTexts(document.blocks).map(readerText);
  const linesOf = new Map(linesByGroup(render.lines).filter((g) => g.length > 1).map((g) => [readerText(g.join('')), g.map((l) => readerText(l).trim())]));
  const fromFiles = withFile(render.bytes, (file) => ({
    poppler: popplerPages(file), mupdf: mupdfPages(file), ghostscript: ghostscriptPages(file), pypdf: pypdfPages(file), popplerWords: popplerWordBoxes(file),
  }));
  const pdfium = await pdfiumRead(render.bytes, QUERIES);
  const texts = { ...fromFiles, pdfium: pdfium.pages, pdfjs: await pdfjsPages(render.bytes) };
  readings.push({
    name, pieces, linesOf, texts, pdfium, popplerWords: fromFiles.popplerWords,
    drawn: [...render.lines, ...render.labels], tagged: pdfInfo(render.bytes)['Tagged'],
  });
}

/** An engine's text as one string: line ends dropped (a Thai line break carries no space), lines' indents too. */
function joined(pages: string[]): string {
  // A paragraph may run across a page: the page number drawn between its lines is not its text.
  return pages.join('\n').replace(/\r/g, '').split(/[\n\f]/).map((line) => line.replace(/^ +/, '')).filter((line) => !/^- ?[0-9๐-๙]+ ?- *$/.test(line)).join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * pdf.js drops the space glyph that ends a line (Firefox copies a newline there): a piece is found
 * when its characters come in order with nothing added or lost, a line end standing for a space.
 */
function foundInPdfjs(pages: string[], piece: string): boolean {
  // A paragraph may run across a page: the page number drawn between its lines is not its text.
  const text = pages.join('\n').split('\n').map((line) => line.replace(/^ +/, '')).filter((line) => !/^- ?[0-9๐-๙]+ ?- *$/.test(line)).join('\n');
  const pattern = Array.from(piece, (c) => (c === ' ' ? '(?: \\n?|\\n)' : escape(c))).join('\\n?');
  return new RegExp(pattern, 'u').test(text);
}

/** The pieces `engine` does not give back; Ghostscript's txtwrite reads a page row by row across columns, so a multi-line cell is read line by line. */
function missing(reading: Reading, engine: EngineName): string[] {
  // Ghostscript's txtwrite shows horizontal distance as spaces, an indent (left out for every
  // engine) and a space a justified line widened alike: a run of spaces is one space there.
  const pages = engine === 'ghostscript' ? reading.texts[engine].map((p) => p.replace(/ {2,}/g, ' ')) : reading.texts[engine];
  const all = joined(pages);
  return reading.pieces.filter((piece) => {
    if (engine === 'pdfjs') return !foundInPdfjs(pages, piece);
    if (all.includes(piece)) return false;
    if (engine !== 'ghostscript') return true;
    const lines = reading.linesOf.get(piece);
    return lines === undefined || !lines.every((line) => all.includes(line));
  });
}

describe('the example PDFs in every engine', () => {
  it('are the four example meetings, some 240 text pieces', () => {
    expect(readings.map((r) => r.name)).toEqual(['2566-02-ita-memo', '2566-02-ita', '2566-03-wg', '2566-04-wg']);
    expect(readings.reduce((n, r) => n + r.pieces.length, 0)).toBeGreaterThan(200);
  });

  it.each(ENGINES)('%s gives back every text piece exactly', (engine) => {
    expect(readings.flatMap((r) => missing(r, engine).map((piece) => `${r.name}: ${piece}`))).toEqual([]);
  });

  it('no engine reads a no-break space where the writer typed a space', () => {
    for (const reading of readings) {
      for (const engine of ENGINES) expect(joined(reading.texts[engine]).includes('\u00A0'), `${reading.name} ${engine}`).toBe(false);
    }
  });

  it('find in PDFium and in pdf.js matches น้ำหนัก, ต่ำกว่า and ครั้งที่ ๒ typed with a plain space', () => {
    const ita = readings.find((r) => r.name === '2566-02-ita') as Reading;
    for (const query of QUERIES) {
      expect(ita.pdfium.found[query], `PDFium: ${query}`).toBeGreaterThan(0);
      const pdfjs = ita.texts.pdfjs.reduce((n, page) => n + pdfjsFindCount(page, query), 0);
      expect(pdfjs, `pdf.js: ${query}`).toBeGreaterThan(0);
    }
  });

  /** Boxes outside every drawn line (2 pt of slack), and lines whose characters' boxes cover less than 90 % of their width. */
  function misplaced(boxes: CharBox[], drawn: DrawnLine[]): string[] {
    const bad: string[] = [];
    const slack = 2;
    const inside = (b: CharBox, l: DrawnLine) =>
      l.page === b.page && b.left >= l.box.left - slack && b.right <= l.box.right + slack && b.top >= l.box.top - slack && b.bottom <= l.box.bottom + slack;
    for (const b of boxes) {
      if (b.char.trim() === '' || b.right - b.left <= 0) continue;
      if (!drawn.some((l) => inside(b, l))) bad.push(`page ${b.page} "${b.char}" at ${b.left.toFixed(1)},${b.top.toFixed(1)}`);
    }
    for (const l of drawn) {
      const ink = l.inkRight - l.box.left;
      if (l.text.trim() === '' || ink < 20) continue;
      const own = boxes.filter((b) => b.char.trim() !== '' && inside(b, l));
      const covered = Math.max(0, ...own.map((b) => b.right)) - Math.min(l.box.right, ...own.map((b) => b.left));
      if (covered < 0.9 * ink) bad.push(`page ${l.page} line "${l.text}" covered ${covered.toFixed(1)} of ${ink.toFixed(1)} pt`);
    }
    return bad;
  }

  it('PDFium places every character inside the glyphs it belongs to, and covers every line', () => {
    for (const reading of readings) expect(misplaced(reading.pdfium.boxes, reading.drawn), reading.name).toEqual([]);
  });

  it('poppler (Evince, Okular) places every word inside its line, and covers every line', () => {
    for (const reading of readings) expect(misplaced(reading.popplerWords, reading.drawn), reading.name).toEqual([]);
  });

  it('pdfinfo says Tagged: yes', () => {
    for (const reading of readings) expect(reading.tagged, reading.name).toBe('yes');
  });
});
