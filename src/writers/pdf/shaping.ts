// Text shaping shared by every document of the process: fontkit's glyph runs for each font file
// and piece of text, laid out once. Measuring a line and drawing it both read these runs, and
// pdfkit is handed the same cache, so a word is shaped once, not once per measure, per draw and
// per document.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/** A fontkit glyph run as pdfkit keeps it: positions and advances in thousandths of an em. */
export interface GlyphRun {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: Array<Record<string, number>>;
  readonly advanceWidth: number;
}

/** One font file: the parsed font, its glyph runs by text, and widths by text. */
export interface Shaper {
  font: fontkit.Font;
  /** pdfkit's scale from font units to thousandths of an em. */
  scale: number;
  runs: Map<string, GlyphRun>;
  widths: Map<string, number>;
}

/**
 * Runs or widths kept per font before the map is emptied: a bound on memory for a long-lived
 * process (an archive, `minutes watch`), far above what a report needs.
 */
const MAX_ENTRIES = 50_000;

/**
 * Fonts parsed once per process and shared by every document it renders: parsing Sarabun's
 * tables and warming its shaping caches costs more than laying out a report. pdfkit takes a
 * parsed font as readily as bytes, and makes a subset of its own for each document.
 */
const shapers = new Map<string, Shaper>();

export function shaperFor(file: string): Shaper {
  let shaper = shapers.get(file);
  if (shaper === undefined) {
    const font = fontkit.create(readFileSync(file));
    shaper = { font, scale: 1000 / font.unitsPerEm, runs: new Map(), widths: new Map() };
    shapers.set(file, shaper);
  }
  return shaper;
}

/** pdfkit's EmbeddedFont.layoutRun (0.20): fontkit's run, its positions scaled in place. */
function layoutRun(shaper: Shaper, text: string): GlyphRun {
  const run = shaper.font.layout(text) as GlyphRun;
  for (let i = 0; i < run.positions.length; i++) {
    const position = run.positions[i] as Record<string, number>;
    for (const key in position) position[key] = (position[key] as number) * shaper.scale;
    position.advanceWidth = (run.glyphs[i] as { advanceWidth: number }).advanceWidth * shaper.scale;
  }
  return run;
}

/** The glyph run of `text`, shaped once per process. Callers must not change it. */
export function runOf(shaper: Shaper, text: string): GlyphRun {
  let run = shaper.runs.get(text);
  if (run === undefined) {
    run = layoutRun(shaper, text);
    if (shaper.runs.size >= MAX_ENTRIES) shaper.runs.clear();
    shaper.runs.set(text, run);
  }
  return run;
}

/**
 * Width of `text` in thousandths of an em, as pdfkit's EmbeddedFont.widthOfString(text, 1000)
 * computes it: runs split after each space or tab, their advances added in order, so the
 * widths are pdfkit's to the bit.
 */
export function widthOf(shaper: Shaper, text: string): number {
  let width = shaper.widths.get(text);
  if (width !== undefined) return width;
  width = 0;
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const ch = text.charAt(index);
    if ((index === text.length && last < index) || ch === ' ' || ch === '\t') {
      width += runOf(shaper, text.slice(last, ++index)).advanceWidth;
      last = index;
    } else {
      index++;
    }
  }
  if (shaper.widths.size >= MAX_ENTRIES) shaper.widths.clear();
  shaper.widths.set(text, width);
  return width;
}

/** What this writer touches of pdfkit's EmbeddedFont (pdfkit 0.20). */
interface EmbeddedFont {
  font?: unknown;
  layoutCached?: (text: string) => GlyphRun;
}

const shared = new WeakSet<object>();

/**
 * Makes pdfkit's font object for `shaper`'s font take its glyph runs from the process-wide
 * cache instead of a cache of its own per document. pdfkit only reads the runs.
 */
export function shareRuns(pdfFont: unknown, shaper: Shaper): void {
  const embedded = pdfFont as EmbeddedFont | null;
  if (embedded === null || typeof embedded !== 'object' || shared.has(embedded)) return;
  shared.add(embedded);
  if (embedded.font !== shaper.font || typeof embedded.layoutCached !== 'function') return;
  embedded.layoutCached = (text: string) => runOf(shaper, text);
}
