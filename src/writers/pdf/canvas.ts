// pdfkit used as a drawing surface only: pages, laid-out lines in ActualText spans, rules,
// shading and pictures. Coordinates are points from the top-left corner of the page.
import type { ImageData } from '../../model/document.js';
import { beginActualText, END_MARKED_CONTENT } from './actual-text.js';
import { faceName, type FaceName, type FontFace, type FontSet } from './fonts.js';
import type { LaidLine, LineFragment, Measure, TextStyle } from './line-layout.js';
import type { Dictionary } from '../../thai/word-break.js';
import { shaperFor, shareFontWork, textRunOf, widthOf, type Shaper, type TextRun } from './shaping.js';

/** A line as drawn, for tests and checks: which page, which paragraph (group), what text. */
export interface DrawnLine {
  page: number;
  group: number;
  text: string;
}

/** A piece of a line drawn at a size of its own; `x` is from the left edge of the page. */
export interface SizedFragment extends LineFragment {
  sizePt: number;
}

/** Outline stroke that imitates bold when no bold file was given, in ems. */
const FAUX_BOLD_STROKE_EM = 0.03;
/** Slant that imitates italic when no italic file was given, in degrees. */
const FAUX_ITALIC_DEG = 12;
/** Underline below the baseline and its thickness, in ems of the nominal size. */
const UNDERLINE_OFFSET_EM = 0.1;
const UNDERLINE_THICKNESS_EM = 0.04;

/** A face ready to draw: its file's shaper and its name in the pdfkit document. */
interface DrawFace extends FontFace {
  name: string;
  shaper: Shaper;
}

/** What the text drawing touches of pdfkit's EmbeddedFont (pdfkit 0.20). */
interface PdfFont {
  id: string;
  widths: number[];
  unicode: number[][];
  scale: number;
  subset: { includeGlyph(gid: number): number };
  ref(): unknown;
}

/** A font of the document in use: pdfkit's font object, each glyph's id in the subset and its hex code. */
interface FontInUse {
  font: PdfFont;
  subsetIds: Map<number, number>;
  codes: string[];
}

/** What the text drawing touches of pdfkit's document (pdfkit 0.20). */
interface PdfInternals {
  _font: unknown;
  page: { height: number; fonts: Record<string, unknown> };
}

/** pdfkit's PDFObject.number: how every number is written in a content stream. */
/** A stroke colour and width, for text drawn as its outline only. */
interface Outline {
  colour: string;
  widthPt: number;
}

/** '#rrggbb' as PDF's DeviceRGB components, 0 to 1. */
function rgb(colour: string): string {
  const value = Number.parseInt(colour.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => num(c / 255)).join(' ');
}

function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** pdfkit's transform() operator: nothing for the identity. */
function cm(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): string | null {
  if (m11 === 1 && m12 === 0 && m21 === 0 && m22 === 1 && dx === 0 && dy === 0) return null;
  return `${num(m11)} ${num(m12)} ${num(m21)} ${num(m22)} ${num(dx)} ${num(dy)} cm`;
}

export class PdfCanvas {
  readonly drawn: DrawnLine[] = [];
  private pages = 0;
  private readonly faces: Record<FaceName, DrawFace>;
  /** pdfkit fonts by face name, opened at the first text drawn in them (F1, F2… in drawing order). */
  private readonly fontsInUse = new Map<string, FontInUse>();
  /** Content operators not yet handed to pdfkit: one write per line instead of one per operator. */
  private ops: string[] = [];

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
    private readonly pageSizePt: [number, number],
    /** Called after each new page is added, with its 1-based number. */
    private readonly onPage: (page: number) => void,
  ) {
    const names = new Map<string, string>();
    const drawFace = (face: FontFace): DrawFace => {
      const shaper = shaperFor(face.file);
      let name = names.get(face.file);
      if (name === undefined) {
        name = `face${names.size}`;
        pdf.registerFont(name, shaper.font as unknown as string);
        names.set(face.file, name);
      }
      return { ...face, name, shaper };
    };
    const { regular, bold, italic, boldItalic } = fonts.faces;
    this.faces = { regular: drawFace(regular), bold: drawFace(bold), italic: drawFace(italic), boldItalic: drawFace(boldItalic) };
  }

  get pageNumber(): number {
    return this.pages;
  }

  addPage(): void {
    this.pdf.addPage({ size: this.pageSizePt, margin: 0 });
    this.pages++;
    this.onPage(this.pages);
  }

  private face(style: TextStyle): DrawFace {
    return this.faces[faceName(style.bold, style.italic)];
  }

  /**
   * Width of `text` in points at nominal size `sizePt` (the font scale applied). Measuring never
   * selects a font in pdfkit: its font resources are numbered in the order text is drawn, the
   * same whatever earlier documents left in the caches.
   */
  measure(text: string, style: TextStyle, sizePt: number): number {
    return this.points(widthOf(this.face(style).shaper, text), sizePt);
  }

  /**
   * Width of `texts` drawn one after another, as drawLine draws a fragment's pieces: their
   * advances added in font units, then scaled once, as measure() scales one text's.
   */
  measureJoined(texts: readonly string[], style: TextStyle, sizePt: number): number {
    const { shaper } = this.face(style);
    let advance = 0;
    for (const text of texts) advance += widthOf(shaper, text);
    return this.points(advance, sizePt);
  }

  /** The document's words a line must not cut (line-layout.ts); set by the writer. */
  dictionary?: Dictionary;

  /** measure() and measureJoined() at `sizePt`, for the line layout. */
  measurer(sizePt: number): Measure {
    const measure: Measure = (text, style) => this.measure(text, style, sizePt);
    measure.joined = (texts, style) => this.measureJoined(texts, style, sizePt);
    if (this.dictionary !== undefined) measure.dictionary = this.dictionary;
    return measure;
  }

  /** Thousandths of an em to points. pdfkit's own arithmetic (widthOfString with no spacing options), so widths are the same to the bit. */
  private points(advance: number, sizePt: number): number {
    return ((advance * ((sizePt * this.fonts.scale) / 1000)) + 0) * 100 / 100;
  }

  lineHeight(sizePt: number): number {
    return sizePt * this.fonts.lineHeightEm;
  }

  ascent(sizePt: number): number {
    return sizePt * this.fonts.ascentEm;
  }

  private fontInUse(face: DrawFace): FontInUse {
    let use = this.fontsInUse.get(face.name);
    if (use === undefined) {
      this.pdf.font(face.name);
      const font = (this.pdf as unknown as PdfInternals)._font;
      shareFontWork(font, face.shaper);
      use = { font: font as PdfFont, subsetIds: new Map(), codes: [] };
      this.fontsInUse.set(face.name, use);
    }
    return use;
  }

  /**
   * A fragment's glyphs: its pieces' runs one after another (the words the line breaker shaped,
   * no text shaped twice), or the runs of its text as pdfkit would split it.
   */
  private glyphsOf(fragment: LineFragment, shaper: Shaper, size: number): TextRun {
    const { pieces } = fragment;
    if (pieces === undefined) return textRunOf(shaper, fragment.text);
    if (pieces.length === 1) return textRunOf(shaper, pieces[0] as string);
    // thaiDistribute's spacing after each piece but the last, in the runs' units (1/1000 em).
    const spacing = ((fragment.pieceSpacingPt ?? 0) * 1000) / size;
    const joined: TextRun = { glyphs: [], positions: [] };
    pieces.forEach((piece, i) => {
      const run = textRunOf(shaper, piece);
      for (const glyph of run.glyphs) joined.glyphs.push(glyph);
      run.positions.forEach((position, k) => {
        const spaced = spacing !== 0 && i < pieces.length - 1 && k === run.positions.length - 1;
        joined.positions.push(spaced ? { ...position, xAdvance: (position.xAdvance as number) + spacing } : position);
      });
    });
    return joined;
  }

  private flushOps(): void {
    if (this.ops.length === 0) return;
    this.pdf.addContent(this.ops.join('\n'));
    this.ops = [];
  }

  /**
   * The operators pdfkit 0.20 writes for save(), [lineWidth().strokeColor('black')],
   * font().fontSize().fillColor('black').text(text, x, baseline, { lineBreak: false, baseline:
   * 'alphabetic', fill: true, stroke, oblique }) and restore(), byte for byte, from the shared
   * glyph runs: pdfkit's text() would lay the text out three times and write each operator apart.
   */
  /** `outline`: the glyphs' outline only, in that colour and width (a label's halo), instead of filled black. */
  private drawText(fragment: LineFragment, x: number, baseline: number, sizePt: number, outline?: Outline): void {
    const { style, width } = fragment;
    const face = this.face(style);
    const size = sizePt * this.fonts.scale;
    const { font, subsetIds, codes } = this.fontInUse(face);
    const page = (this.pdf as unknown as PdfInternals).page;
    const ops = this.ops;
    ops.push('q');
    if (outline !== undefined) ops.push(`${num(outline.widthPt)} w`, '1 j', '/DeviceRGB CS', `${rgb(outline.colour)} SCN`, 'q');
    else {
      if (face.fauxBold) ops.push(`${num(size * FAUX_BOLD_STROKE_EM)} w`, '/DeviceRGB CS', '0 0 0 SCN');
      ops.push('/DeviceRGB cs', '0 0 0 scn', 'q');
    }
    if (face.fauxItalic) {
      const skew = -Math.tan((FAUX_ITALIC_DEG * Math.PI) / 180);
      for (const op of [cm(1, 0, 0, 1, x, baseline), cm(1, 0, skew, 1, -skew * 0, 0), cm(1, 0, 0, 1, -x, -baseline)]) {
        if (op !== null) ops.push(op);
      }
    }
    ops.push(`1 0 0 -1 0 ${num(page.height)} cm`);
    const y = page.height - baseline - 0;
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    ops.push('BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`);
    if (outline !== undefined) ops.push('1 Tr');
    else if (face.fauxBold) ops.push('2 Tr');

    // pdfkit's EmbeddedFont.encode: each glyph in the subset, its width and text recorded once.
    const { glyphs, positions } = this.glyphsOf(fragment, face.shaper, size);
    const encoded: string[] = [];
    for (const glyph of glyphs) {
      let gid = subsetIds.get(glyph.id);
      if (gid === undefined) {
        gid = font.subset.includeGlyph(glyph.id);
        subsetIds.set(glyph.id, gid);
        codes[gid] = `0000${gid.toString(16)}`.slice(-4);
      }
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      encoded.push(codes[gid] as string);
    }

    // pdfkit's _fragment: TJ segments split where an advance differs from the glyph's width,
    // a Tm of its own for each glyph moved by an offset.
    const scale = size / 1000;
    const commands: string[] = [];
    let last = 0;
    let hadOffset = false;
    let penX = x;
    const addSegment = (cur: number) => {
      if (last < cur) {
        const pos = positions[cur - 1] as Record<string, number>;
        commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-((pos.xAdvance as number) - (pos.advanceWidth as number)))}`);
      }
      last = cur;
    };
    const flush = (i: number) => {
      addSegment(i);
      if (commands.length > 0) {
        ops.push(`[${commands.join(' ')}] TJ`);
        commands.length = 0;
      }
    };
    let i = 0;
    for (; i < positions.length; i++) {
      const pos = positions[i] as Record<string, number>;
      const xOffset = pos.xOffset as number;
      const yOffset = pos.yOffset as number;
      if (xOffset || yOffset) {
        flush(i);
        ops.push(`1 0 0 1 ${num(penX + xOffset * scale)} ${num(y + yOffset * scale)} Tm`);
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          ops.push(`1 0 0 1 ${num(penX)} ${num(y)} Tm`);
          hadOffset = false;
        }
        if ((pos.xAdvance as number) - (pos.advanceWidth as number) !== 0) addSegment(i + 1);
      }
      penX += (pos.xAdvance as number) * scale;
    }
    flush(i);
    ops.push('ET', 'Q', 'Q');
    if (style.underline && outline === undefined) {
      this.flushOps();
      const underlineY = baseline + sizePt * UNDERLINE_OFFSET_EM;
      this.fillRect(x, underlineY, width, sizePt * UNDERLINE_THICKNESS_EM, 'black');
    }
  }

  /** Draws `line` with its top-left corner at (`left`, `top`), wrapped in ActualText. */
  drawLine(line: LaidLine, left: number, top: number, sizePt: number, group: number): void {
    if (line.text === '' && line.prefix === undefined) return;
    const baseline = top + this.ascent(sizePt);
    this.ops.push(beginActualText((line.prefix ?? '') + line.text));
    for (const f of line.fragments) this.drawText(f, left + line.x + f.x, baseline, sizePt);
    this.ops.push(END_MARKED_CONTENT);
    this.flushOps();
    this.drawn.push({ page: this.pages, group, text: line.text });
  }

  /**
   * Draws fragments of mixed sizes on one baseline (points from the top of the page) as one
   * ActualText span, `text`: a memo label line puts a 20 pt label, body-size text and a dot
   * leader on one line.
   */
  drawFragments(fragments: SizedFragment[], baseline: number, text: string, group: number): void {
    if (fragments.length === 0) return;
    this.ops.push(beginActualText(text));
    for (const f of fragments) this.drawText(f, f.x, baseline, f.sizePt);
    this.ops.push(END_MARKED_CONTENT);
    this.flushOps();
    this.drawn.push({ page: this.pages, group, text });
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.pdf.save().rect(x, y, width, height).fill(color).restore();
  }

  strokeRect(x: number, y: number, width: number, height: number, lineWidthPt: number): void {
    this.pdf.save().lineWidth(lineWidthPt).rect(x, y, width, height).stroke('black').restore();
  }

  image(image: ImageData, x: number, y: number, width: number, height: number): void {
    this.pdf.image(Buffer.from(image.bytes), x, y, { width, height });
  }

  /** A rectangle filled with `fill`, outlined when `stroke` is given. */
  shapeRect(x: number, y: number, width: number, height: number, fill: string, stroke?: { colour: string; widthPt: number }): void {
    this.pdf.save().rect(x, y, width, height);
    if (stroke === undefined) this.pdf.fill(fill);
    else this.pdf.lineWidth(stroke.widthPt).fillAndStroke(fill, stroke.colour);
    this.pdf.restore();
  }

  /** A straight line, dashed when `dashPt` (dash, gap) is given. */
  shapeLine(x1: number, y1: number, x2: number, y2: number, colour: string, widthPt: number, dashPt?: [number, number]): void {
    this.pdf.save().lineWidth(widthPt);
    if (dashPt !== undefined) this.pdf.dash(dashPt[0], { space: dashPt[1] });
    this.pdf.moveTo(x1, y1).lineTo(x2, y2).stroke(colour).restore();
  }

  /**
   * One line of text placed by its anchor on a baseline, as a drawing places a label, in
   * ActualText so it copies as written. A halo is the glyphs' outline in its colour, drawn first.
   */
  label(text: string, bold: boolean, x: number, baseline: number, sizePt: number, anchor: 'start' | 'middle' | 'end', halo?: { colour: string; widthPt: number }): void {
    const style: TextStyle = { bold, italic: false, underline: false };
    const width = this.measure(text, style, sizePt);
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    const fragment: LineFragment = { text, style, x: 0, width };
    this.ops.push(beginActualText(text));
    if (halo !== undefined) {
      // The same glyphs again, outlined: inside the ActualText span, which a reader that honours
      // it reads once, and marked an artifact for a reader that skips those instead.
      this.ops.push('/Artifact BMC');
      this.drawText(fragment, left, baseline, sizePt, halo);
      this.ops.push('EMC');
    }
    this.drawText(fragment, left, baseline, sizePt);
    this.ops.push(END_MARKED_CONTENT);
    this.flushOps();
  }
}
