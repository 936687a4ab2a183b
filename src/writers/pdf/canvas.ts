// pdfkit used as a drawing surface only: pages, laid-out lines in ActualText spans, rules,
// shading and pictures. Coordinates are points from the top-left corner of the page.
import type { ImageData } from '../../model/document.js';
import { beginActualText, END_MARKED_CONTENT } from './actual-text.js';
import { faceName, type FaceName, type FontFace, type FontSet } from './fonts.js';
import type { LaidLine, LineFragment, TextStyle } from './line-layout.js';
import { shaperFor, shareFontWork, widthOf, type Shaper } from './shaping.js';

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

export class PdfCanvas {
  readonly drawn: DrawnLine[] = [];
  private pages = 0;
  private readonly faces: Record<FaceName, DrawFace>;

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
    const advance = widthOf(this.face(style).shaper, text);
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
    this.pdf.font(face.name);
    shareFontWork((this.pdf as unknown as { _font: unknown })._font, face.shaper);
    this.pdf.fontSize(size).fillColor('black').text(text, x, baseline, {
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
}
