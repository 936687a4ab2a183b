// Text shaping shared by every document of the process: glyph runs for each font file and piece
// of text, shaped once by HarfBuzz. Measuring a line and drawing it both read these runs, so a
// word is shaped once, not once per measure, per draw and per document.
//
// A run is a list of PDF glyphs, one per HarfBuzz cluster where it takes one: a cluster whose
// glyphs are not one glyph at the pen (ำ drawn as ํ + า, tone + ำ as a ligature + า, a mark the
// font's GPOS moves) becomes a glyph of our own, a composite of the cluster's glyphs where
// HarfBuzz put them (truetype.ts). So every PDF glyph stands for its cluster's characters, in
// order, and a reader that knows only the ToUnicode map (pdf.js, MuPDF, pypdf, Ghostscript)
// reads the text as written, while each line is one run of glyphs with horizontal moves only.
//
// HarfBuzz (harfbuzzjs, WebAssembly) is the reference OpenType shaper; for Thai in Sarabun it
// gives fontkit's very glyphs and positions, at a seventh of fontkit's time.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as HarfBuzz from 'harfbuzzjs';
import { session } from '../../session.js';
import { TrueTypeFont, type SubsetGlyph } from './truetype.js';
import { vendoredFile } from './vendored.js';

/** One glyph as the PDF draws it, and the characters it stands for. */
export interface DrawnGlyph {
  /** The glyph's drawing within the font: the same key draws the same. */
  key: string;
  /** The key and the text: the same id is the same glyph code in a document. */
  id: string;
  glyph: SubsetGlyph;
  /** What a reader gets for it (the ToUnicode map): the cluster's characters. */
  text: string;
  /** Its own advance (the PDF's W array), font units. */
  width: number;
  /** Where the shaper puts the next glyph, font units. */
  xAdvance: number;
  /** An empty glyph after its cluster's first, standing for one more of the cluster's characters. */
  continuation?: true;
}

/** A shaped text: its glyphs and its advance in thousandths of an em. */
export interface GlyphRun {
  glyphs: DrawnGlyph[];
  readonly advanceWidth: number;
}

/** A drawn text's glyphs. Callers must not change it. */
export interface TextRun {
  glyphs: DrawnGlyph[];
}

/** One font file: the font as read, as HarfBuzz reads it, and its glyph runs and widths by text. */
export interface Shaper {
  font: TrueTypeFont;
  hbFont: HarfBuzz.Font;
  /** From font units to thousandths of an em. */
  scale: number;
  runs: Map<string, GlyphRun>;
  widths: Map<string, number>;
  texts: Map<string, TextRun>;
  /** Encoded subsets by their glyph keys in order: the same document embeds the same bytes, once. */
  subsets: Map<string, Uint8Array>;
  /** Outline paths by text, for halos (outline.ts). */
  outlines: Map<string, string>;
}

/**
 * Runs or widths kept per font before the map is emptied: a bound on memory for a long-lived
 * process (an archive, `minutes watch`), far above what a report needs.
 */
const MAX_ENTRIES = 50_000;
/** Encoded subsets kept per font (some tens of kB each). */
export const MAX_SUBSETS = 16;

/** Fonts read once per session and shared by every document it renders. */
const shapers = () => session().map<string, Shaper>('pdf/shapers', { keep: isInstalledFile });

/**
 * A font the tool brings (Sarabun from node_modules, or the package's copy in dist/vendor/) does
 * not change while the process runs: a reset of the session keeps it parsed. An office's font is read again.
 */
function isInstalledFile(file: string): boolean {
  return /[\\/](node_modules|vendor)[\\/]/.test(file);
}

/** HarfBuzz, once per process, and one buffer for every run it shapes, emptied before each. */
interface HarfBuzzState {
  module: typeof HarfBuzz | null;
  loading: Promise<void> | null;
  buffer: HarfBuzz.Buffer | null;
}
const harfBuzzState = () => session().value<HarfBuzzState>('pdf/harfbuzz', () => ({ module: null, loading: null, buffer: null }), 'tool');

/** Loads HarfBuzz once per process (an ES module with its WebAssembly): await it before laying out. */
export function prepareShaping(): Promise<void> {
  // The bundled command lends its own import() (bin/minutes.js says why).
  const state = harfBuzzState();
  if (state.loading === null) {
    const borrowed = (globalThis as { minutesImport?: (specifier: string) => Promise<unknown> }).minutesImport;
    // The package's own copy when there is one (vendored.ts), else node_modules' harfbuzzjs.
    const shipped = vendoredFile('harfbuzzjs/index.mjs');
    const specifier = shipped === undefined ? 'harfbuzzjs' : pathToFileURL(shipped).href;
    const loading = (borrowed === undefined ? import(specifier) : borrowed(specifier)) as Promise<typeof HarfBuzz>;
    state.loading = loading.then((module) => {
      state.module = module;
    });
  }
  return state.loading;
}

export function loadedHarfBuzz(): typeof HarfBuzz {
  const { module } = harfBuzzState();
  if (module === null) throw new Error('prepareShaping() must be awaited before text is shaped');
  return module;
}

export function shaperFor(file: string): Shaper {
  let shaper = shapers().get(file);
  if (shaper === undefined) {
    const hb = loadedHarfBuzz();
    const bytes = readFileSync(file);
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const font = new TrueTypeFont(data, file);
    const hbFont = new hb.Font(new hb.Face(new hb.Blob(data)));
    shaper = { font, hbFont, scale: 1000 / font.unitsPerEm, runs: new Map(), widths: new Map(), texts: new Map(), subsets: new Map(), outlines: new Map() };
    shapers().set(file, shaper);
  }
  return shaper;
}

/**
 * What a reader should get for a cluster: its characters, a no-break space read as the space the
 * writer typed (the layout puts U+00A0 in "ครั้งที่ ๒" to keep it on one line; a search types a space).
 */
export function readerText(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/** A glyph with no outline and no width. */
const EMPTY: SubsetGlyph = { parts: [], advance: 0 };

/** A run shaped by HarfBuzz, one PDF glyph per cluster where the cluster's glyphs are not one glyph at the pen. */
function layoutRun(shaper: Shaper, text: string): GlyphRun {
  const hb = loadedHarfBuzz();
  const state = harfBuzzState();
  state.buffer ??= new hb.Buffer();
  const buffer = state.buffer;
  buffer.reset();
  // A mark keeps a cluster of its own rather than joining its base's: the smallest clusters.
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(shaper.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const shaped = buffer.getGlyphPositions();
  const { font, scale } = shaper;
  const glyphs: DrawnGlyph[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < infos.length;) {
    const cluster = (infos[i] as HarfBuzz.GlyphInfo).cluster;
    let j = i + 1;
    while (j < infos.length && (infos[j] as HarfBuzz.GlyphInfo).cluster === cluster) j++;
    const end = j < infos.length ? (infos[j] as HarfBuzz.GlyphInfo).cluster : text.length;
    // One PDF glyph per character: the cluster's drawing stands for its first character, an empty
    // glyph of no width for each further one (Ghostscript 10.0 misreads a ToUnicode entry of two characters).
    const [firstChar = '', ...moreChars] = Array.from(readerText(text.slice(cluster, end)));
    // HarfBuzz calls the glyph id of a shaped glyph its codepoint.
    const first = infos[i] as HarfBuzz.GlyphInfo;
    const firstPos = shaped[i] as HarfBuzz.GlyphPosition;
    let xAdvance = 0;
    for (let k = i; k < j; k++) {
      const p = shaped[k] as HarfBuzz.GlyphPosition;
      xAdvance += p.xAdvance;
      advanceWidth += p.xAdvance * scale;
    }
    if (j === i + 1 && firstPos.xOffset === 0 && firstPos.yOffset === 0 && first.codepoint !== 0) {
      const key = `g${first.codepoint}`;
      glyphs.push({ key, id: `${key}\u0000${firstChar}`, glyph: { gid: first.codepoint }, text: firstChar, width: font.advance(first.codepoint), xAdvance });
    } else {
      const parts = [];
      let pen = 0;
      for (let k = i; k < j; k++) {
        const p = shaped[k] as HarfBuzz.GlyphPosition;
        parts.push({ gid: (infos[k] as HarfBuzz.GlyphInfo).codepoint, dx: pen + p.xOffset, dy: p.yOffset });
        pen += p.xAdvance;
      }
      const key = `s${parts.map((p) => `${p.gid},${p.dx},${p.dy}`).join(';')}|${xAdvance}`;
      glyphs.push({ key, id: `${key}\u0000${firstChar}`, glyph: { parts, advance: xAdvance }, text: firstChar, width: xAdvance, xAdvance });
    }
    for (const char of moreChars) glyphs.push({ key: 'e', id: `e\u0000${char}`, glyph: EMPTY, text: char, width: 0, xAdvance: 0, continuation: true });
    i = j;
  }
  return { glyphs, advanceWidth };
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
 * Width of `text` in thousandths of an em: runs split after each space or tab, their advances
 * added in order (the arithmetic the layout has always measured with, so lines break where they did).
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

/** The pieces a text is shaped in: each ends after a space or a tab, the last one at the end of the text. */
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

/** The glyphs of `text`: the runs of the pieces that end after each space or tab, in order. */
export function textRunOf(shaper: Shaper, text: string): TextRun {
  let joined = shaper.texts.get(text);
  if (joined !== undefined) return joined;
  joined = { glyphs: [] };
  for (const piece of piecesAfterSpaces(text)) {
    for (const glyph of runOf(shaper, piece).glyphs) joined.glyphs.push(glyph);
  }
  if (shaper.texts.size >= MAX_ENTRIES) shaper.texts.clear();
  shaper.texts.set(text, joined);
  return joined;
}
