// Text shaping shared by every document of the process: glyph runs for each font file and piece
// of text, shaped once by HarfBuzz. Measuring a line and drawing it (canvas.ts writes the text
// operators itself) both read these runs, so a word is shaped once, not once per measure, per
// draw and per document; pdfkit's font subsets copy glyphs from a process-wide cache too.
//
// HarfBuzz (harfbuzzjs, WebAssembly) is the reference OpenType shaper; for Thai in Sarabun it
// gives fontkit's very glyphs and positions (every word of the examples compared), at a
// seventh of the time on a process's first document: 415 words in 20 ms against 141 ms.
// fontkit still reads the font for pdfkit: metrics, glyph outlines and the embedded subset.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as fontkit from 'fontkit';
import type * as HarfBuzz from 'harfbuzzjs';
import { vendoredFile } from './vendored.js';

/** A fontkit glyph run as pdfkit keeps it: positions and advances in thousandths of an em. */
export interface GlyphRun {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: Array<Record<string, number>>;
  readonly advanceWidth: number;
}

/** A glyph as a TrueType subset copies it: its glyf bytes, components and horizontal metrics. */
interface SubsetGlyph {
  bytes: Uint8Array;
  /** Component glyph ids of a composite glyph and where each id sits in `bytes`. */
  components: Array<{ glyphID: number; pos: number }> | null;
  advance: number;
  bearing: number;
}

/** A drawn text's glyphs and positions, in pdfkit's units. Callers must not change it. */
export interface TextRun {
  glyphs: GlyphRun['glyphs'];
  positions: GlyphRun['positions'];
}

/** One font file: the parsed font, its glyph runs by text, widths by text, and subset data. */
export interface Shaper {
  font: fontkit.Font;
  /** The same font file as HarfBuzz reads it. */
  hbFont: HarfBuzz.Font;
  /** pdfkit's scale from font units to thousandths of an em. */
  scale: number;
  runs: Map<string, GlyphRun>;
  widths: Map<string, number>;
  glyphs: Map<number, SubsetGlyph>;
  /** Whole drawn texts: their runs joined, as pdfkit's EmbeddedFont.layout gives them. */
  texts: Map<string, TextRun>;
  /** Encoded subsets by their glyph ids in order: the same document embeds the same subset. */
  subsets: Map<string, Uint8Array>;
  /** Whether the cmap's glyph objects are made (fixGlyphObjects). */
  glyphsFixed: boolean;
}

/**
 * Runs or widths kept per font before the map is emptied: a bound on memory for a long-lived
 * process (an archive, `minutes watch`), far above what a report needs.
 */
const MAX_ENTRIES = 50_000;
/** Encoded subsets kept per font (some tens of kB each). */
const MAX_SUBSETS = 16;

/**
 * Fonts parsed once per process and shared by every document it renders: parsing Sarabun's
 * tables and warming its shaping caches costs more than laying out a report. pdfkit takes a
 * parsed font as readily as bytes, and makes a subset of its own for each document.
 */
const shapers = new Map<string, Shaper>();

let harfBuzz: typeof HarfBuzz | null = null;
let harfBuzzLoading: Promise<void> | null = null;
/** One HarfBuzz buffer for every run the process shapes, emptied before each. */
let shapingBuffer: HarfBuzz.Buffer | null = null;

/** Loads HarfBuzz once per process (an ES module with its WebAssembly): await it before laying out. */
export function prepareShaping(): Promise<void> {
  // The bundled command lends its own import() (bin/minutes.js says why).
  if (harfBuzzLoading === null) {
    const borrowed = (globalThis as { minutesImport?: (specifier: string) => Promise<unknown> }).minutesImport;
    // The package's own copy when there is one (vendored.ts), else node_modules' harfbuzzjs.
    const shipped = vendoredFile('harfbuzzjs/index.mjs');
    const specifier = shipped === undefined ? 'harfbuzzjs' : pathToFileURL(shipped).href;
    const loading = (borrowed === undefined ? import(specifier) : borrowed(specifier)) as Promise<typeof HarfBuzz>;
    harfBuzzLoading = loading.then((module) => {
      harfBuzz = module;
    });
  }
  return harfBuzzLoading;
}

function loadedHarfBuzz(): typeof HarfBuzz {
  if (harfBuzz === null) throw new Error('prepareShaping() must be awaited before text is shaped');
  return harfBuzz;
}

export function shaperFor(file: string): Shaper {
  let shaper = shapers.get(file);
  if (shaper === undefined) {
    const hb = loadedHarfBuzz();
    const bytes = readFileSync(file);
    const font = fontkit.create(bytes);
    const hbFont = new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))));
    shaper = { font, hbFont, scale: 1000 / font.unitsPerEm, runs: new Map(), widths: new Map(), glyphs: new Map(), texts: new Map(), subsets: new Map(), glyphsFixed: false };
    shapers.set(file, shaper);
  }
  return shaper;
}

/** What this writer touches of fontkit's font to fix its glyph objects (fontkit 2.0). */
interface GlyphObjects {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): unknown;
}

/**
 * fontkit keeps one glyph object per glyph id, and the code points it carries are those of the
 * first text that met the glyph: า met first inside ำ (ํ + า) carries none. They go into the
 * PDF's ToUnicode map, and fontkit picks a text's script from them, so with a font shared by a
 * process a document's bytes would depend on the documents before it. Every glyph the cmap
 * reaches is made first, from its lowest code point, before anything is shaped.
 */
function fixGlyphObjects(shaper: Shaper): void {
  const font = shaper.font as unknown as GlyphObjects;
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  shaper.glyphsFixed = true;
}

/**
 * A run as pdfkit's EmbeddedFont.layoutRun (0.20) gives it, shaped by HarfBuzz: each glyph's
 * id, its own advance and the code points the PDF's ToUnicode map gets; positions scaled to
 * thousandths of an em. A glyph the cmap reaches has its code point; one that shaping made
 * (a lowered tone mark) has the characters of its cluster, as fontkit gave them, so every
 * glyph copies as text even where ActualText is ignored.
 */
function layoutRun(shaper: Shaper, text: string): GlyphRun {
  if (!shaper.glyphsFixed) fixGlyphObjects(shaper);
  const hb = loadedHarfBuzz();
  shapingBuffer ??= new hb.Buffer();
  const buffer = shapingBuffer;
  buffer.reset();
  // A mark keeps a cluster of its own rather than joining its base's.
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(shaper.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const shaped = buffer.getGlyphPositions();
  const { scale } = shaper;
  const font = shaper.font as unknown as FontInternals;
  const glyphs: GlyphRun['glyphs'] = [];
  const positions: GlyphRun['positions'] = [];
  let advanceWidth = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i] as HarfBuzz.GlyphInfo;
    // HarfBuzz calls the glyph id of a shaped glyph its codepoint.
    const glyph = font.getGlyph(info.codepoint);
    let codePoints = glyph.codePoints;
    if (codePoints.length === 0 && (i === 0 || (infos[i - 1] as HarfBuzz.GlyphInfo).cluster !== info.cluster)) {
      let end = text.length;
      for (let j = i + 1; j < infos.length; j++) {
        const cluster = (infos[j] as HarfBuzz.GlyphInfo).cluster;
        if (cluster > info.cluster) {
          end = cluster;
          break;
        }
      }
      codePoints = [...text.slice(info.cluster, end)].map((c) => c.codePointAt(0) as number);
    }
    glyphs.push({ id: info.codepoint, advanceWidth: glyph.advanceWidth, codePoints });
    const position = shaped[i] as HarfBuzz.GlyphPosition;
    positions.push({
      xAdvance: position.xAdvance * scale,
      yAdvance: position.yAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
      advanceWidth: glyph.advanceWidth * scale,
    });
    advanceWidth += position.xAdvance * scale;
  }
  return { glyphs, positions, advanceWidth };
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
  for (const piece of piecesAfterSpaces(text)) width += runOf(shaper, piece).advanceWidth;
  if (shaper.widths.size >= MAX_ENTRIES) shaper.widths.clear();
  shaper.widths.set(text, width);
  return width;
}

/**
 * The pieces pdfkit's EmbeddedFont shapes a text in: each ends after a space or a tab, the last
 * one at the end of the text (as its layout and widthOfString split it, character by character).
 */
function* piecesAfterSpaces(text: string): Generator<string> {
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const ch = text.charAt(index);
    if ((index === text.length && last < index) || ch === ' ' || ch === '\t') {
      yield text.slice(last, ++index);
      last = index;
    } else {
      index++;
    }
  }
}

/**
 * The glyphs and positions of `text` as pdfkit's EmbeddedFont.layout(text) joins them: the runs
 * of the pieces that end after each space or tab, in order.
 */
export function textRunOf(shaper: Shaper, text: string): TextRun {
  let joined = shaper.texts.get(text);
  if (joined !== undefined) return joined;
  joined = { glyphs: [], positions: [] };
  for (const piece of piecesAfterSpaces(text)) {
    const run = runOf(shaper, piece);
    for (const glyph of run.glyphs) joined.glyphs.push(glyph);
    for (const position of run.positions) joined.positions.push(position);
  }
  if (shaper.texts.size >= MAX_ENTRIES) shaper.texts.clear();
  shaper.texts.set(text, joined);
  return joined;
}

/** What this writer touches of fontkit's TTFSubset (fontkit 2.0). */
interface TtfSubset {
  glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  glyphEncoder?: unknown;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
}

/** What this writer reads of fontkit's font and glyph internals (fontkit 2.0). */
interface FontInternals {
  _variationProcessor?: unknown;
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
  getGlyph(gid: number): {
    advanceWidth: number;
    codePoints: number[];
    _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
    _getMetrics(): { leftBearing: number };
  };
}

/** fontkit's TTFSubset._addGlyph read apart: what it takes from the font, for any document. */
function subsetGlyph(shaper: Shaper, gid: number): SubsetGlyph {
  let known = shaper.glyphs.get(gid);
  if (known === undefined) {
    const font = shaper.font as unknown as FontInternals;
    const glyph = font.getGlyph(gid);
    const glyf = glyph._decode();
    const start = font.loca.offsets[gid] as number;
    const end = font.loca.offsets[gid + 1] as number;
    const stream = font._getTableStream('glyf');
    if (stream === null) throw new Error('font has no glyf table');
    stream.pos += start;
    const bytes = stream.readBuffer(end - start);
    const composite = glyf !== null && glyf.numberOfContours < 0;
    known = {
      bytes,
      components: composite ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null,
      advance: glyph.advanceWidth,
      bearing: glyph._getMetrics().leftBearing,
    };
    shaper.glyphs.set(gid, known);
  }
  return known;
}

/**
 * Makes a TrueType subset copy glyphs from the process-wide glyph cache, where fontkit decodes
 * each glyph's outline again for every document, and reuse the encoded subset when a document
 * embeds the very glyphs of an earlier one. The bytes are fontkit's own.
 */
function shareSubset(subset: TtfSubset, shaper: Shaper): void {
  const font = shaper.font as unknown as FontInternals;
  if (font._variationProcessor || subset.glyphEncoder === undefined || typeof subset._addGlyph !== 'function') return;
  subset._addGlyph = function addGlyph(this: TtfSubset, gid: number): number {
    const glyph = subsetGlyph(shaper, gid);
    let bytes = glyph.bytes;
    if (glyph.components !== null) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer);
      for (const component of glyph.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
  const encode = subset.encode;
  subset.encode = function encodeShared(this: TtfSubset): Uint8Array {
    const key = this.glyphs.join(',');
    let bytes = shaper.subsets.get(key);
    if (bytes === undefined) {
      bytes = encode.call(this);
      if (shaper.subsets.size >= MAX_SUBSETS) shaper.subsets.clear();
      shaper.subsets.set(key, bytes);
    }
    return bytes;
  };
}

/** What this writer touches of pdfkit's EmbeddedFont (pdfkit 0.20). */
interface EmbeddedFont {
  font?: unknown;
  subset?: TtfSubset;
}

const shared = new WeakSet<object>();

/** Makes the subset of pdfkit's font object for `shaper`'s font take glyphs from the process-wide cache. */
export function shareFontWork(pdfFont: unknown, shaper: Shaper): void {
  const embedded = pdfFont as EmbeddedFont | null;
  if (embedded === null || typeof embedded !== 'object' || shared.has(embedded)) return;
  shared.add(embedded);
  if (embedded.font !== shaper.font) return;
  if (embedded.subset !== undefined) shareSubset(embedded.subset, shaper);
}
