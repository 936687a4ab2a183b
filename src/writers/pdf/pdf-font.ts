// A font as one PDF document uses it: a Type 0 font with Identity-H codes (PDF 1.7 §9.7), one code
// per glyph drawn, each code's width and text, and at the end the objects that embed it — the
// TrueType subset (truetype.ts), its descriptor, widths and a ToUnicode map of bfchar entries.
import { createHash } from 'node:crypto';
import type { Shaper, DrawnGlyph } from './shaping.js';
import { MAX_SUBSETS } from './shaping.js';
import { encodeSubset, type SubsetGlyph } from './truetype.js';

/** The little of a pdfkit document this writes through: its public ref() (PDFKit's PDFReference). */
export interface RefMaker {
  ref(data?: Record<string, unknown>): PdfRef;
}

export interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array | string): void;
}

/** CMap bfchar blocks hold at most 100 entries (Adobe Technical Note #5099, "beginbfchar"). */
const BFCHAR_BLOCK = 100;

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** `text` as UTF-16BE hex, surrogate pairs for characters beyond the BMP. */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Spread glyphs (spacedCode) are made while a font has fewer codes than this; then the room is a TJ move. */
const MAX_SPACED_CODES = 0xf000;
/** The most room, in font units, drawn inside a glyph: well inside a component offset's 16 bits (a line spread further is a TJ move). */
const MAX_LEAD = 0x4000;

export class PdfFont {
  /** Codes by glyph key and text. */
  private readonly codes = new Map<string, number>();
  /** The text each original glyph drawn as it is stands for: a second text needs a glyph of its own. */
  private readonly plainTexts = new Map<number, string>();
  private readonly glyphs: SubsetGlyph[] = [{ gid: 0 }];
  private readonly keys: string[] = ['.notdef'];
  private readonly texts: string[] = [''];
  private readonly widths: number[];
  /** Each code in hex, as the content stream writes it. */
  private readonly hexes: string[] = ['0000'];
  readonly ref: PdfRef;

  constructor(readonly shaper: Shaper, readonly name: string, private readonly pdf: RefMaker) {
    this.widths = [shaper.font.advance(0)];
    this.ref = pdf.ref();
  }

  /** The 4-hex-digit code that draws `glyph` (added to the subset on first use). */
  code(glyph: DrawnGlyph): string {
    const key = glyph.id;
    const cid = this.codes.get(key);
    if (cid !== undefined) return this.hexes[cid] as string;
    let drawn = glyph.glyph;
    if ('gid' in drawn) {
      const known = this.plainTexts.get(drawn.gid);
      if (known === undefined) this.plainTexts.set(drawn.gid, glyph.text);
      // The same glyph for other characters (a space standing for ZWSP): a copy of it, mapped apart.
      else if (known !== glyph.text) drawn = { parts: [{ gid: drawn.gid, dx: 0, dy: 0 }], advance: glyph.width };
    }
    return this.add(key, drawn, glyph.text, glyph.width);
  }

  /**
   * The code that draws `glyph` moved right by `lead` font units inside an advance that much
   * wider: the room a spread line puts before a cluster, drawn as part of its first glyph, so a
   * reader that rebuilds words from glyph advances sees no gap there (line-layout.ts, stretched).
   * Null when the codes are nearly all used or the room is more than a glyph can hold: then the
   * caller moves the pen instead.
   */
  spacedCode(glyph: DrawnGlyph, lead: number): string | null {
    if (lead === 0) return this.code(glyph);
    const key = `${glyph.id}\u0002${lead}`;
    const cid = this.codes.get(key);
    if (cid !== undefined) return this.hexes[cid] as string;
    // Codes are 16 bits: the last few thousand stay for glyphs drawn as they are. A component's
    // offset is a 16-bit signed number of font units.
    if (this.glyphs.length >= MAX_SPACED_CODES || lead < 0 || lead > MAX_LEAD) return null;
    const original = glyph.glyph;
    const parts = 'gid' in original ? [{ gid: original.gid, dx: 0, dy: 0 }] : original.parts;
    return this.add(key, { parts: parts.map((p) => ({ ...p, dx: p.dx + lead })), advance: glyph.width + lead }, glyph.text, glyph.width + lead);
  }

  private add(key: string, drawn: SubsetGlyph, text: string, width: number): string {
    const cid = this.glyphs.length;
    this.glyphs.push(drawn);
    this.keys.push(key);
    this.texts.push(text);
    this.widths.push(width);
    this.codes.set(key, cid);
    this.hexes.push(hex4(cid));
    return this.hexes[cid] as string;
  }

  /** The subset's glyph width of `glyph`, in thousandths of text space (what TJ moves by). */
  widthOf(glyph: DrawnGlyph): number {
    return glyph.width * this.shaper.scale;
  }

  private subsetBytes(): Uint8Array {
    const cacheKey = this.keys.join('\u0001');
    let bytes = this.shaper.subsets.get(cacheKey);
    if (bytes === undefined) {
      bytes = encodeSubset(this.shaper.font, this.glyphs);
      if (this.shaper.subsets.size >= MAX_SUBSETS) this.shaper.subsets.clear();
      this.shaper.subsets.set(cacheKey, bytes);
    }
    return bytes;
  }

  /** The ToUnicode CMap (PDF 1.7 §9.10.3): bfchar entries only, which every reader parses alike. */
  private toUnicode(): string {
    const entries: string[] = [];
    this.texts.forEach((text, cid) => {
      if (cid > 0 && text !== '') entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
    });
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += BFCHAR_BLOCK) {
      const block = entries.slice(i, i + BFCHAR_BLOCK);
      blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
      '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
      ...blocks,
      'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
    ].join('\n');
  }

  /**
   * Six capitals from a hash of the subset (PDF 1.7 §9.6.4): distinct subsets get distinct tags,
   * the same glyphs the same tag.
   */
  private tag(bytes: Uint8Array): string {
    const digest = createHash('sha256').update(bytes).update(this.texts.join('\u0000')).digest();
    return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
  }

  /** Writes the font's objects; call once, after the last text is drawn. */
  embed(): void {
    const { font, scale } = this.shaper;
    const bytes = this.subsetBytes();
    const file = this.pdf.ref({ Length1: bytes.length });
    file.end(bytes);
    const name = `${this.tag(bytes)}+${font.postscriptName}`;
    let flags = 1 << 2; // symbolic: the glyphs are reached by code, not by a standard encoding
    if (font.fixedPitch) flags |= 1 << 0;
    if (font.familyClass >= 1 && font.familyClass <= 7) flags |= 1 << 1;
    if (font.familyClass === 10) flags |= 1 << 3;
    if (font.italic) flags |= 1 << 6;
    const { bbox } = font;
    const descriptor = this.pdf.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [bbox.xMin, bbox.yMin, bbox.xMax, bbox.yMax].map((v) => round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: round(font.ascender * scale),
      Descent: round(font.descender * scale),
      CapHeight: round((font.capHeight ?? font.ascender) * scale),
      XHeight: round((font.xHeight ?? 0) * scale),
      StemV: 0,
      FontFile2: file,
    });
    descriptor.end();
    const descendant = this.pdf.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.widths.map((w) => round(w * scale))],
      CIDToGIDMap: 'Identity',
    });
    descendant.end();
    const cmap = this.pdf.ref();
    cmap.end(this.toUnicode());
    Object.assign(this.ref.data, {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [descendant],
      ToUnicode: cmap,
    });
    this.ref.end();
  }
}
