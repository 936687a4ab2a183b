// Breaks a paragraph's inlines into lines, at Thai word boundaries, measuring with the font.
// pdfkit only draws the lines this returns: it never wraps text itself.
import type { Align, Inline } from '../../model/document.js';
import { GOVERNMENT_DICTIONARY, graphemes, isBreakableSpace, partOffsets, segmentPieces, SHORT_COMPOUND, type Dictionary, type WordPiece } from '../../thai/word-break.js';
import { endsWithConnective } from '../../thai/connectives.js';
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
  /** The document's dictionary (its office's words beside the shipped ones), when not in the spec. */
  dictionary?: Dictionary;
};

/** Where lines go, in points from the left edge of the column. */
export interface LineSpec {
  /** Start of the first line (left indent plus first-line indent, or after a list label). */
  firstStart: number;
  /** Start of every later line. */
  restStart: number;
  /** Right edge of the column. */
  right: number;
  /**
   * justify: every line but the last of a paragraph (or before a line break) is stretched to
   * `right` by widening its spaces; thaiDistribute: by spreading the extra room evenly between
   * all its grapheme clusters (ECMA-376 ST_Jc; README "Justified Thai").
   */
  align: Align;
  /** Words the breaker must not cut; default: the shipped government words. */
  dictionary?: Dictionary;
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
  /** From `x` to the end of the last piece's glyphs: the spacing after each piece but the last included. */
  width: number;
  /**
   * Extra advance in points after each of `pieces` (grapheme clusters of a spread line): the
   * canvas draws it inside the advance of the glyph that follows, which readers count as part
   * of that glyph, so the spread letters still read as one word.
   */
  pieceSpacingPt?: number;
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
  /** Stretched to the right edge (justify or thaiDistribute, not a paragraph's last line). */
  justified?: boolean;
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
  /** Holds a name, an abbreviation or an amount in words: never parted to fill a line. */
  kept?: boolean;
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

/**
 * Slices of `parts` taken left to right, each in time proportional to its own length: a
 * paragraph of many runs is cut into words without rescanning the runs before (issue 13 item 9).
 */
class PartCursor {
  private index = 0;
  private offset = 0;
  constructor(private readonly parts: Part[]) {}

  /** `from` must not be less than the `from` of the previous call. */
  slice(from: number, to: number): Part[] {
    const out: Part[] = [];
    while (this.index < this.parts.length && this.offset + (this.parts[this.index] as Part).text.length <= from) {
      this.offset += (this.parts[this.index] as Part).text.length;
      this.index++;
    }
    let offset = this.offset;
    for (let i = this.index; i < this.parts.length && offset < to; i++) {
      const part = this.parts[i] as Part;
      const end = offset + part.text.length;
      const a = Math.max(from, offset);
      const b = Math.min(to, end);
      if (a < b) out.push({ text: a === offset && b === end ? part.text : part.text.slice(a - offset, b - offset), style: part.style });
      offset = end;
    }
    return out;
  }
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
const wordsByText = () => session().map<string, readonly WordPiece[]>('pdf/words', { scope: 'tool' });
const MAX_SEGMENTED = 10_000;
/** Longer texts are segmented each time: the cache is for repeated headings and names. */
const MAX_CACHED_LENGTH = 4_000;

function wordsOf(text: string, dictionary: Dictionary): readonly WordPiece[] {
  if (dictionary !== GOVERNMENT_DICTIONARY || text.length > MAX_CACHED_LENGTH) return segmentPieces(text, dictionary);
  const cache = wordsByText();
  let words = cache.get(text);
  if (words === undefined) {
    words = segmentPieces(text, dictionary);
    if (cache.size >= MAX_SEGMENTED) cache.clear();
    cache.set(text, words);
  }
  return words;
}

/** Pieces of one hard line: Thai words as the breaker sees them. */
function piecesOf(parts: Part[], measure: Measure, dictionary: Dictionary): Piece[] {
  const text = parts.map((p) => p.text).join('');
  const cursor = new PartCursor(parts);
  const pieces: Piece[] = [];
  let offset = 0;
  for (const word of wordsOf(text, dictionary)) {
    const piece = makePiece(cursor.slice(offset, offset + word.text.length), measure);
    if (word.kept) piece.kept = true;
    pieces.push(piece);
    offset += word.text.length;
  }
  return pieces;
}

/** A piece parted at the given offsets of its text. */
function partPiece(piece: Piece, ends: number[], measure: Measure): Piece[] {
  if (ends.length === 0) return [piece];
  const text = piece.parts.map((p) => p.text).join('');
  const cursor = new PartCursor(piece.parts);
  return [0, ...ends].map((from, i) => makePiece(cursor.slice(from, ends[i] ?? text.length), measure));
}

/** A piece parted into the words it is made of (a compound in its parts, a name at its space). */
function wordParts(piece: Piece, measure: Measure, dictionary: Dictionary): Piece[] {
  return partPiece(piece, partOffsets(piece.parts.map((p) => p.text).join(''), dictionary), measure);
}

/**
 * wordParts to fill a line: never between the words a no-break space joins, nor inside them
 * (วันที่ ๓๑ ธันวาคม ๒๕๖๖, ครั้งที่ ๑/๒๕๖๘, ๑๒๐ คน: keep-with-number.ts), which are parted only
 * when they cannot fit a line at all (noBreakParts).
 */
function fillParts(piece: Piece, measure: Measure, dictionary: Dictionary): Piece[] {
  const text = piece.parts.map((p) => p.text).join('');
  const offsets = partOffsets(text, dictionary);
  if (!NO_BREAK_SPACE.test(text)) return partPiece(piece, offsets, measure);
  const cuts = [0, ...offsets, text.length];
  const glued = new Uint8Array(text.length + 1);
  // k: the last cut before i. Glued: from the start of the word before the space to the end of
  // the word after it.
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    while ((cuts[k + 1] as number) < i) k++;
    if (!NO_BREAK_SPACE.test(text.charAt(i))) continue;
    let after = k + 1;
    while ((cuts[after] as number) <= i + 1 && after < cuts.length - 1) after++;
    for (let o = (cuts[k] as number) + 1; o < (cuts[after] as number); o++) glued[o] = 1;
  }
  return partPiece(piece, offsets.filter((o) => glued[o] !== 1), measure);
}

/** A piece parted after each of its no-break spaces; itself when it has none. */
function noBreakParts(piece: Piece, measure: Measure): Piece[] {
  const text = piece.parts.map((p) => p.text).join('');
  const ends = [...text.matchAll(new RegExp(NO_BREAK_SPACE, 'g'))].map((m) => (m.index as number) + 1).filter((end) => end < text.length);
  return partPiece(piece, ends, measure);
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

function buildLine(pieces: Piece[], start: number, spec: LineSpec, measure: Measure, last: boolean): LaidLine {
  const merged: MergedPart[] = [];
  for (const piece of pieces) {
    const cut = piece.cut === true;
    for (const part of piece.parts) {
      const prev = merged[merged.length - 1];
      if (prev !== undefined && sameStyle(prev.style, part.style)) {
        prev.text += part.text;
        // Clusters of one cut word are drawn as one text, so shaping still joins them.
        if (cut && prev.lastCut) prev.pieces[prev.pieces.length - 1] += part.text;
        else prev.pieces.push(part.text);
        prev.lastCut = cut;
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
  const avail = spec.right - start;
  const stretch = !last && (spec.align === 'justify' || spec.align === 'thaiDistribute');
  const fragments = stretch ? stretched(merged, measure, avail, spec.align as 'justify' | 'thaiDistribute') : plain(merged, measure);
  if (fragments === null) return buildLine(pieces, start, { ...spec, align: spec.align === 'justify' ? 'thaiDistribute' : 'left' }, measure, last);
  const width = fragments.reduce((w, f) => Math.max(w, f.x + f.width), 0);
  const shift = spec.align === 'center' ? (avail - width) / 2 : spec.align === 'right' ? avail - width : 0;
  const line: LaidLine = { x: start + Math.max(0, shift), width, fragments, text };
  if (stretch) line.justified = true;
  return line;
}

function drawnPieces(part: MergedPart): string[] {
  return part.pieces.map((p) => p.replace(INVISIBLE, '')).filter((p) => p !== '');
}

function fragmentWidth(pieces: string[], style: TextStyle, measure: Measure): number {
  return measure.joined === undefined ? measure(pieces.join(''), style) : measure.joined(pieces, style);
}

/** Fragments one after another at their natural widths. */
function plain(merged: MergedPart[], measure: Measure): LineFragment[] {
  const fragments: LineFragment[] = [];
  let x = 0;
  for (const part of merged) {
    const drawn = part.text.replace(INVISIBLE, '');
    if (drawn === '') continue;
    const pieces = drawnPieces(part);
    const width = fragmentWidth(pieces, part.style, measure);
    fragments.push({ text: drawn, pieces, style: part.style, x, width });
    x += width;
  }
  return fragments;
}

/** A space justify widens: plain or typographic spaces, not a no-break one. */
const WIDENED_SPACE = /^[ \u2000-\u200A\u3000]+$/;
const TRAILING_SPACES = /[ \u2000-\u200A\u3000]+$/;

/** What a stretched line is made of: a cluster or a word, or a run of spaces that takes the room justify adds. */
interface Unit {
  text: string;
  style: TextStyle;
  space: boolean;
}

/**
 * A stretched line. `justify` (w:jc both): the room left is shared by the spaces between words
 * (ECMA-376 §17.18.44: both "shall only affect the inter-word spacing"); a Thai line without a
 * space cannot be stretched so: null, and it is spread between its clusters instead, so that
 * the margin stays flush. `thaiDistribute`: the room is spread evenly between every two grapheme
 * clusters, a space being one cluster like any other (ST_TextAlignType thaiDist: "each character
 * is treated as a word"), as Word's Thai Distributed alignment draws it: however much room a line
 * needs, it reaches the margin, and a space gets no more than two letters do.
 *
 * The room between clusters (pieceSpacingPt) is drawn inside the advance of the next cluster's
 * first glyph (canvas.ts), so that readers, which rebuild words from glyph advances, see no gap
 * inside a word however far it is spread; the room justify gives a space is a move after the
 * space glyph, which PDFium, pdf.js, poppler, MuPDF and pypdf read as the one space it follows
 * (a space drawn alone in a text object of its own, or the room as the space's own character
 * spacing, is dropped by PDFium or split by pypdf). Ghostscript's txtwrite, which shows
 * horizontal distance as spaces, reads a widened space as several.
 */
function stretched(merged: MergedPart[], measure: Measure, avail: number, align: 'justify' | 'thaiDistribute'): LineFragment[] | null {
  const units: Unit[] = [];
  for (const part of merged) {
    if (align === 'thaiDistribute') {
      for (const cluster of graphemes(part.text.replace(INVISIBLE, ''))) units.push({ text: cluster, style: part.style, space: WIDENED_SPACE.test(cluster) });
      continue;
    }
    for (const piece of drawnPieces(part)) {
      const spaces = TRAILING_SPACES.exec(piece)?.[0] ?? '';
      const word = piece.slice(0, piece.length - spaces.length);
      if (word !== '') units.push({ text: word, style: part.style, space: false });
      if (spaces !== '') units.push({ text: spaces, style: part.style, space: true });
    }
  }
  const spaces = units.filter((u) => u.space).length;
  if (units.length < 2 || (align === 'justify' && spaces === 0)) return null;
  const widths = units.map((u) => fragmentWidth([u.text], u.style, measure));
  const room = Math.max(0, avail - widths.reduce((a, b) => a + b, 0));
  const between = align === 'justify' ? 0 : room / (units.length - 1);
  const atSpace = align === 'justify' ? room / spaces : 0;
  // Fragments: same-style units in one, a new one after each space that takes room of its own,
  // moved right by that room.
  const fragments: LineFragment[] = [];
  let x = 0;
  let pieces: string[] = [];
  let style: TextStyle | null = null;
  const flush = (spacing: number, gap = 0) => {
    if (pieces.length === 0 || style === null) return;
    const fragment: LineFragment = { text: pieces.join(''), pieces, style, x, width: fragmentWidth(pieces, style, measure) + (pieces.length - 1) * spacing };
    if (spacing > 0) fragment.pieceSpacingPt = spacing;
    fragments.push(fragment);
    x += fragment.width + spacing + gap;
    pieces = [];
  };
  for (const unit of units) {
    if (style !== null && !sameStyle(style, unit.style)) flush(between);
    style = unit.style;
    pieces.push(unit.text);
    if (unit.space && atSpace > 0) flush(between, atSpace);
  }
  flush(between);
  return fragments;
}

/**
 * Lays out `inlines` in lines: greedy, breaking only where the Thai word breaker allows; a
 * word longer than a line is parted at its no-break spaces, then into the words it is made of,
 * then cut between grapheme clusters. A connective (และ, ของ, ที่ ...) is not left at a line
 * end when the line stays full enough without it. A hard line break starts the next line at
 * `restStart`; an empty paragraph still gives one (empty) line. Time and memory are linear in
 * the text's length.
 */
export function layoutLines(inlines: Inline[], spec: LineSpec, measure: Measure): LaidLine[] {
  const dictionary = spec.dictionary ?? measure.dictionary ?? GOVERNMENT_DICTIONARY;
  const lines: LaidLine[] = [];
  for (const parts of hardLines(inlines)) {
    let current: Piece[] = [];
    let used = 0;
    const start = () => (lines.length === 0 ? spec.firstStart : spec.restStart);
    const flush = (last: boolean) => {
      lines.push(buildLine(current, start(), spec, measure, last));
      current = [];
      used = 0;
    };
    const place = (piece: Piece, depth = 0) => {
      const room = spec.right - start();
      if (current.length > 0 && used + piece.inkWidth > room) {
        // A long compound of our dictionary (an office's name) that would leave the line under
        // 4/5 full is parted at its words (สำนักงาน|คณะกรรมการ|...) so that the line fills; a
        // short one (ภาครัฐ, บังคับบัญชา) and a name never are.
        if (piece.kept !== true && piece.cut !== true && depth < MAX_PART_DEPTH && used < LINE_FILL * room && pieceText(piece).trimEnd().length >= MIN_PARTED_LENGTH) {
          const words = fillParts(piece, measure, dictionary);
          if (words.length > 1 && used + (words[0] as Piece).inkWidth <= room) {
            for (const word of words) place(word, depth + 1);
            return;
          }
        }
        // A connective goes down with the word it introduces, if the line stays 4/5 full.
        const tail = current[current.length - 1] as Piece;
        const carried = current.length > 1 && tail.cut !== true && endsWithConnective(pieceText(tail)) && used - tail.advance >= LINE_FILL * room;
        if (carried) current.pop();
        flush(false);
        if (carried) {
          current.push(tail);
          used = tail.advance;
        }
      }
      current.push(piece);
      used += piece.advance;
    };
    const fits = (piece: Piece) => piece.inkWidth <= spec.right - spec.restStart && (current.length > 0 || piece.inkWidth <= spec.right - start());
    for (const piece of piecesOf(parts, measure, dictionary)) {
      if (fits(piece)) {
        place(piece);
        continue;
      }
      // Too long for a line: parted at its no-break spaces first (๓๑ ต.ค. ๒๕๖๖ in a narrow
      // cell), then into its words (สำนักตรวจราชการ|และ|เรื่องราวร้องทุกข์), and only a part
      // still too long cut between grapheme clusters.
      for (const part of noBreakParts(piece, measure)) {
        if (fits(part)) {
          place(part);
          continue;
        }
        const partWords = (p: Piece, depth: number): void => {
          const words = depth < MAX_PART_DEPTH ? wordParts(p, measure, dictionary) : [p];
          if (words.length === 1) for (const cluster of graphemePieces(p, measure)) place(cluster);
          else for (const word of words) (fits(word) ? place(word) : partWords(word, depth + 1));
        };
        partWords(part, 0);
      }
    }
    flush(true);
  }
  return lines;
}

/** Shortest compound (UTF-16 units) parted at its words to fill a line. */
const MIN_PARTED_LENGTH = SHORT_COMPOUND;

/** How many times a too-long word is parted into smaller words before it is cut into clusters. */
const MAX_PART_DEPTH = 4;

/**
 * How full a line must stay for a connective at its end to move down to the next line, and how
 * full it must be before a compound is left whole for the next line instead of parted.
 */
const LINE_FILL = 0.8;

function pieceText(piece: Piece): string {
  return piece.parts.map((p) => p.text).join('');
}
