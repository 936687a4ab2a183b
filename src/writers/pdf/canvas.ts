// pdfkit used as a drawing surface only: pages, laid-out lines in ActualText spans, rules,
// shading and pictures. Coordinates are points from the top-left corner of the page.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { ImageData } from '../../model/document.js';
import { beginActualText, END_MARKED_CONTENT } from './actual-text.js';
import { faceName, type FontSet } from './fonts.js';
import type { LaidLine, LineFragment, TextStyle } from './line-layout.js';

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

/**
 * Fonts parsed once per process and shared by every document it renders: parsing Sarabun's
 * tables and warming its shaping caches costs more than laying out a report. pdfkit takes a
 * parsed font as readily as bytes, and makes a subset of its own for each document.
 */
const parsedFonts = new Map<string, fontkit.Font>();

function parsedFont(file: string): fontkit.Font {
  let font = parsedFonts.get(file);
  if (font === undefined) {
    font = fontkit.create(readFileSync(file));
    parsedFonts.set(file, font);
  }
  return font;
}

/**
 * Advance widths (in thousandths of an em, as pdfkit measures them) by font file and text, shared
 * by every document: an archive measures the same words again and again. Emptied when full.
 */
const advances = new Map<string, Map<string, number>>();
const MAX_ADVANCES = 50_000;

/** What pdfkit keeps of the font in use, for its width at 1000 units. */
interface CurrentFont {
  _font: { widthOfString(text: string, size: number): number };
}

export class PdfCanvas {
  readonly drawn: DrawnLine[] = [];
  private pages = 0;
  private readonly fontNames = new Map<string, string>();

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
    private readonly pageSizePt: [number, number],
    /** Called after each new page is added, with its 1-based number. */
    private readonly onPage: (page: number) => void,
  ) {
    for (const face of Object.values(fonts.faces)) {
      if (!this.fontNames.has(face.file)) {
        const name = `face${this.fontNames.size}`;
        pdf.registerFont(name, parsedFont(face.file) as unknown as string);
        this.fontNames.set(face.file, name);
      }
    }
  }

  get pageNumber(): number {
    return this.pages;
  }

  addPage(): void {
    this.pdf.addPage({ size: this.pageSizePt, margin: 0 });
    this.pages++;
    this.onPage(this.pages);
  }

  private face(style: TextStyle) {
    const face = this.fonts.faces[faceName(style.bold, style.italic)];
    return { ...face, name: this.fontNames.get(face.file) ?? 'face0' };
  }

  /** Width of `text` in points at nominal size `sizePt` (the font scale applied). */
  measure(text: string, style: TextStyle, sizePt: number): number {
    const face = this.face(style);
    let known = advances.get(face.file);
    if (known === undefined) advances.set(face.file, (known = new Map()));
    let advance = known.get(text);
    if (advance === undefined) {
      advance = (this.pdf.font(face.name) as unknown as CurrentFont)._font.widthOfString(text, 1000);
      if (known.size >= MAX_ADVANCES) known.clear();
      known.set(text, advance);
    }
    // pdfkit's own arithmetic (widthOfString with no spacing options), so widths are the same to the bit.
    return ((advance * ((sizePt * this.fonts.scale) / 1000)) + 0) * 100 / 100;
  }

  lineHeight(sizePt: number): number {
    return sizePt * this.fonts.lineHeightEm;
  }

  ascent(sizePt: number): number {
    return sizePt * this.fonts.ascentEm;
  }

  private drawText(text: string, style: TextStyle, x: number, baseline: number, sizePt: number, width: number): void {
    const face = this.face(style);
    const size = sizePt * this.fonts.scale;
    this.pdf.save();
    if (face.fauxBold) this.pdf.lineWidth(size * FAUX_BOLD_STROKE_EM).strokeColor('black');
    this.pdf.font(face.name).fontSize(size).fillColor('black').text(text, x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      fill: true,
      stroke: face.fauxBold,
      oblique: face.fauxItalic ? FAUX_ITALIC_DEG : false,
    });
    this.pdf.restore();
    if (style.underline) {
      const y = baseline + sizePt * UNDERLINE_OFFSET_EM;
      this.fillRect(x, y, width, sizePt * UNDERLINE_THICKNESS_EM, 'black');
    }
  }

  /** Draws `line` with its top-left corner at (`left`, `top`), wrapped in ActualText. */
  drawLine(line: LaidLine, left: number, top: number, sizePt: number, group: number): void {
    if (line.text === '' && line.prefix === undefined) return;
    const baseline = top + this.ascent(sizePt);
    this.pdf.addContent(beginActualText((line.prefix ?? '') + line.text));
    for (const f of line.fragments) this.drawText(f.text, f.style, left + line.x + f.x, baseline, sizePt, f.width);
    this.pdf.addContent(END_MARKED_CONTENT);
    this.drawn.push({ page: this.pages, group, text: line.text });
  }

  /**
   * Draws fragments of mixed sizes on one baseline (points from the top of the page) as one
   * ActualText span, `text`: a memo label line puts a 20 pt label, body-size text and a dot
   * leader on one line.
   */
  drawFragments(fragments: SizedFragment[], baseline: number, text: string, group: number): void {
    if (fragments.length === 0) return;
    this.pdf.addContent(beginActualText(text));
    for (const f of fragments) this.drawText(f.text, f.style, f.x, baseline, f.sizePt, f.width);
    this.pdf.addContent(END_MARKED_CONTENT);
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
    const face = this.face(style);
    const size = sizePt * this.fonts.scale;
    this.pdf.addContent(beginActualText(text));
    if (halo !== undefined) {
      this.pdf.save().lineWidth(halo.widthPt).lineJoin('round').strokeColor(halo.colour);
      this.pdf.font(face.name).fontSize(size).text(text, left, baseline, { lineBreak: false, baseline: 'alphabetic', fill: false, stroke: true });
      this.pdf.restore();
    }
    this.drawText(text, style, left, baseline, sizePt, width);
    this.pdf.addContent(END_MARKED_CONTENT);
  }
}
