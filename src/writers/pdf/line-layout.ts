// Breaks a paragraph's inlines into lines, at Thai word boundaries, measuring with the font.
// pdfkit only draws the lines this returns: it never wraps text itself.
import type { Align, Inline } from '../../model/document.js';
import { graphemes, isBreakableSpace, segmentWords } from '../../thai/word-break.js';
import { session } from '../../session.js';

export interface TextStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** Width in points of `text` drawn in `style` at the paragraph's size. */
export type Measure = ((text: string, style: TextStyle) => number) & {
  /**
   * Width of `texts` drawn one after another as one fragment, from their own measures; without
   * it a fragment is measured as one text.
   */
  joined?: (texts: readonly string[], style: TextStyle) => number;
};

/** Where lines go, in points from the left edge of the column. */
export interface LineSpec {
  /** Start of the first line (left indent plus first-line indent, or after a list label). */
  firstStart: number;
  /** Start of every later line. */
  restStart: number;
  /** Right edge of the column. */
  right: number;
  /** justify and thaiDistribute are set left: stretching Thai means spreading letters, not spaces. */
  align: Align;
}

export interface LineFragment {
  /** What is drawn: trailing spaces and zero-width characters left out. */
  text: string;
  /**
   * `text` as the words measured for the line break (each possibly cut at the same places as
   * `text`): drawn one after another, their shapes make the fragment, so it is drawn with the
   * glyph runs the line breaker already has instead of shaping the whole text again.
   */
  pieces?: string[];
  style: TextStyle;
  /** Offset from the line's x. */
  x: number;
  width: number;
}

export interface LaidLine {
  /** Where the line starts, alignment applied. */
  x: number;
  width: number;
  fragments: LineFragment[];
  /** The source text the line covers, trailing spaces included: its ActualText. */
  text: string;
  /** ActualText before `text` for what is drawn but not part of the paragraph: a list label. */
  prefix?: string;
}

interface Part {
  text: string;
  style: TextStyle;
}

/** Same-style parts of a line joined: the text and the measured texts it is made of. */
interface MergedPart extends Part {
  pieces: string[];
  /** Whether the last of `pieces` is cut from an over-long word (graphemePieces). */
  lastCut: boolean;
}

/** An unbreakable piece of text: a word and its trailing spaces, possibly in several styles. */
interface Piece {
  parts: Part[];
  /** With trailing spaces: how far the next piece starts. */
  advance: number;
  /** Without trailing spaces: what must fit before the right edge. */
  inkWidth: number;
  /** A grapheme cluster of a word too long for a line: drawn joined to the clusters beside it. */
  cut?: boolean;
}

/** Drawn text omits what a font has no glyph for and shows as nothing: ZWSP, BOM. */
const INVISIBLE = /[\u200B\uFEFF]/g;

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

/** Splits inlines at line breaks into runs of styled text. */
function hardLines(inlines: Inline[]): Part[][] {
  const lines: Part[][] = [[]];
  for (const inline of inlines) {
    if (inline.type === 'break') lines.push([]);
    else if (inline.text !== '') lines[lines.length - 1]?.push({ text: inline.text, style: inline });
  }
  return lines;
}

/** The styled parts of `parts` between string offsets `from` and `to`. */
function sliceParts(parts: Part[], from: number, to: number): Part[] {
  const out: Part[] = [];
  let offset = 0;
  for (const part of parts) {
    const end = offset + part.text.length;
    const a = Math.max(from, offset);
    const b = Math.min(to, end);
    if (a < b) out.push({ text: part.text.slice(a - offset, b - offset), style: part.style });
    offset = end;
  }
  return out;
}

/** Spaces at the end of a line take no room: breakable ones, and a no-break space a line was parted at. */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (isBreakableSpace(text.charAt(end - 1)) || NO_BREAK_SPACE.test(text.charAt(end - 1)))) end--;
  return text.slice(0, end);
}

const NO_BREAK_SPACE = /[\u00A0\u202F]/;

function makePiece(parts: Part[], measure: Measure): Piece {
  const advance = parts.reduce((sum, p) => sum + measure(p.text, p.style), 0);
  let inkWidth = advance;
  const last = parts[parts.length - 1];
  if (last !== undefined) {
    const trimmed = trimEndSpaces(last.text);
    if (trimmed !== last.text) inkWidth = advance - measure(last.text, last.style) + measure(trimmed, last.style);
  }
  return { parts, advance, inkWidth };
}

/**
 * segmentWords by text, shared by every document of the process: Intl.Segmenter is the dearest
 * step of a layout, and reports repeat their headings, names and set phrases. Emptied when full.
 */
const wordsByText = () => session().map<string, readonly string[]>('pdf/words', { scope: 'tool' });
const MAX_SEGMENTED = 10_000;

function wordsOf(text: string): readonly string[] {
  const cache = wordsByText();
  let words = cache.get(text);
  if (words === undefined) {
    words = segmentWords(text);
    if (cache.size >= MAX_SEGMENTED) cache.clear();
    cache.set(text, words);
  }
  return words;
}

/** Pieces of one hard line: Thai words as the breaker sees them. */
function piecesOf(parts: Part[], measure: Measure): Piece[] {
  const text = parts.map((p) => p.text).join('');
  const pieces: Piece[] = [];
  let offset = 0;
  for (const word of wordsOf(text)) {
    pieces.push(makePiece(sliceParts(parts, offset, offset + word.length), measure));
    offset += word.length;
  }
  return pieces;
}

/** A piece parted after each of its no-break spaces; itself when it has none. */
function noBreakParts(piece: Piece, measure: Measure): Piece[] {
  const text = piece.parts.map((p) => p.text).join('');
  const ends = [...text.matchAll(new RegExp(NO_BREAK_SPACE, 'g'))].map((m) => (m.index as number) + 1).filter((end) => end < text.length);
  if (ends.length === 0) return [piece];
  return [0, ...ends].map((from, i) => makePiece(sliceParts(piece.parts, from, ends[i] ?? text.length), measure));
}

/** A word too long for a line, cut into grapheme clusters: never a mark away from its letter. */
function graphemePieces(piece: Piece, measure: Measure): Piece[] {
  const out: Piece[] = [];
  for (const part of piece.parts) {
    for (const cluster of graphemes(part.text)) out.push({ ...makePiece([{ text: cluster, style: part.style }], measure), cut: true });
  }
  return out;
}

/** Trailing spaces of `pieces` left out, across pieces as trimEndSpaces does on their join. */
function trimEndPieces(pieces: string[]): string[] {
  const out = [...pieces];
  while (out.length > 0) {
    const trimmed = trimEndSpaces(out[out.length - 1] as string);
    if (trimmed !== '') {
      out[out.length - 1] = trimmed;
      break;
    }
    out.pop();
  }
  return out;
}

function buildLine(pieces: Piece[], start: number, spec: LineSpec, measure: Measure): LaidLine {
  const merged: MergedPart[] = [];
  for (const piece of pieces) {
    const cut = piece.cut === true;
    for (const part of piece.parts) {
      const last = merged[merged.length - 1];
      if (last !== undefined && sameStyle(last.style, part.style)) {
        last.text += part.text;
        // Clusters of one cut word are drawn as one text, so shaping still joins them.
        if (cut && last.lastCut) last.pieces[last.pieces.length - 1] += part.text;
        else last.pieces.push(part.text);
        last.lastCut = cut;
      } else {
        merged.push({ ...part, pieces: [part.text], lastCut: cut });
      }
    }
  }
  const text = merged.map((p) => p.text).join('');
  const lastPart = merged[merged.length - 1];
  if (lastPart !== undefined) {
    lastPart.text = trimEndSpaces(lastPart.text);
    lastPart.pieces = trimEndPieces(lastPart.pieces);
  }
  const fragments: LineFragment[] = [];
  let x = 0;
  for (const part of merged) {
    const drawn = part.text.replace(INVISIBLE, '');
    if (drawn === '') continue;
    const drawnPieces = part.pieces.map((p) => p.replace(INVISIBLE, '')).filter((p) => p !== '');
    const width = measure.joined === undefined ? measure(drawn, part.style) : measure.joined(drawnPieces, part.style);
    fragments.push({ text: drawn, pieces: drawnPieces, style: part.style, x, width });
    x += width;
  }
  const avail = spec.right - start;
  const shift = spec.align === 'center' ? (avail - x) / 2 : spec.align === 'right' ? avail - x : 0;
  return { x: start + Math.max(0, shift), width: x, fragments, text };
}

/**
 * Lays out `inlines` in lines: greedy, breaking only where the Thai word breaker allows, a
 * word longer than a line parted at its no-break spaces, then cut between grapheme clusters.
 * A hard line break starts the next line at `restStart`; an empty paragraph still gives one
 * (empty) line.
 */
export function layoutLines(inlines: Inline[], spec: LineSpec, measure: Measure): LaidLine[] {
  const lines: LaidLine[] = [];
  for (const parts of hardLines(inlines)) {
    let current: Piece[] = [];
    let used = 0;
    const start = () => (lines.length === 0 ? spec.firstStart : spec.restStart);
    const flush = () => {
      lines.push(buildLine(current, start(), spec, measure));
      current = [];
      used = 0;
    };
    const place = (piece: Piece) => {
      if (current.length > 0 && used + piece.inkWidth > spec.right - start()) flush();
      current.push(piece);
      used += piece.advance;
    };
    const fits = (piece: Piece) => piece.inkWidth <= spec.right - spec.restStart && (current.length > 0 || piece.inkWidth <= spec.right - start());
    for (const piece of piecesOf(parts, measure)) {
      if (fits(piece)) {
        place(piece);
        continue;
      }
      // Too long for a line: parted at its no-break spaces first (๓๑ ต.ค. ๒๕๖๖ in a narrow
      // cell), and only a part still too long cut between grapheme clusters.
      for (const part of noBreakParts(piece, measure)) {
        if (fits(part)) place(part);
        else for (const cluster of graphemePieces(part, measure)) place(cluster);
      }
    }
    flush();
  }
  return lines;
}
