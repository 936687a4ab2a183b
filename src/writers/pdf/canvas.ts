// pdfkit used as a drawing surface only: pages, laid-out lines, rules, shading and pictures.
// Coordinates are points from the top-left corner of the page. The text operators are written
// here: each line (or each part of it a structure element owns) is one marked-content sequence
// holding one text object, inside the line's own q … Q, with one TJ per font, every fragment at
// exactly the x the layout gave it (TJ displacements; the room a spread line puts between two
// clusters inside the next glyph's advance, see put()). The glyphs carry the text themselves
// (shaping.ts): the spaces a line ends with are drawn as space glyphs, so no ActualText is needed.
import type { ImageData } from '../../model/document.js';
import { beginActualText, END_MARKED_CONTENT } from './actual-text.js';
import { faceName, type FaceName, type FontFace, type FontSet } from './fonts.js';
import type { LaidLine, LineFragment, Measure, TextStyle } from './line-layout.js';
import type { Dictionary } from '../../thai/word-break.js';
import { PdfFont, type PdfRef, type RefMaker } from './pdf-font.js';
import { pageFonts, pageXObjects } from './pdfkit-internals.js';
import { openPng } from './png-image.js';
import { readerText, runOf, shaperFor, textRunOf, widthOf, type DrawnGlyph, type Shaper } from './shaping.js';
import { artifactOperator, LAYOUT, type Mark } from './tags.js';
import { glyphOutlinePath } from './outline.js';

/** A line as drawn, for tests and checks: which page, which paragraph (group), what text, and where. */
export interface DrawnLine {
  page: number;
  group: number;
  text: string;
  /** The box the line's glyphs are drawn in: x from its start to its end, y from ascent to descent, points from the page's top-left. */
  box: { left: number; top: number; right: number; bottom: number };
  /** Where the visible glyphs end: `box.right` less the spaces the line ends with. */
  inkRight: number;
}

/** A piece of a line drawn at a size of its own; `x` is from the left edge of the page. */
export interface SizedFragment extends LineFragment {
  sizePt: number;
  /** Dots that lead the eye to the end of a field: drawn as an artifact, not part of the text. */
  leader?: boolean;
}

/** Outline stroke that imitates bold when no bold file was given, in ems. */
const FAUX_BOLD_STROKE_EM = 0.03;
/** Slant that imitates italic when no italic file was given, in degrees. */
const FAUX_ITALIC_DEG = 12;
/** Underline below the baseline and its thickness, in ems of the nominal size. */
const UNDERLINE_OFFSET_EM = 0.1;
const UNDERLINE_THICKNESS_EM = 0.04;
/** Drawn text omits what a font has no glyph for and shows as nothing: ZWSP, BOM (as line-layout.ts). */
const INVISIBLE = /[\u200B\uFEFF]/g;
/** A glyph that starts with a combining mark: readers give it no advance of its own (pdf.js), so it takes no room before it. */
const MARK_START = /^\p{M}/u;
/** Font units the room before a spread cluster is rounded to (what is left is carried on): fewer glyph variants, each cluster within 0.0025 em of the layout's place. */
const SPREAD_QUANTUM = 5;
/** What may be left undrawn between and after fragments: spaces and invisible characters, nothing a reader sees. */
const HIDDEN = /^[\s\u200B\uFEFF]*$/;

/** A face ready to draw: its file's shaper and its key in the document. */
interface DrawFace extends FontFace {
  key: string;
  shaper: Shaper;
}

/** Text placed on a baseline: glyphs from `x` (points from the page's left edge). */
interface PlacedText {
  face: DrawFace;
  sizePt: number;
  x: number;
  /** The glyph runs of its pieces, drawn one after another. */
  runs: readonly DrawnGlyph[][];
  /** Glyphs drawn before `x` and stepped back over: a leading space the layout does not draw. */
  lead: readonly DrawnGlyph[];
  /** Undrawn text after it: the spaces before the next fragment, or those the line ends with. */
  after: readonly DrawnGlyph[];
  /** Whether `after` ends the line. */
  tail?: boolean;
  /** Points added after each of `runs` (LineFragment.pieceSpacingPt): drawn in the next glyph's advance (put). */
  spacing: number;
}

/** One marked-content sequence of a line: what marks it and the texts in it. */
interface Segment {
  mark: Mark;
  texts: PlacedText[];
  /** What readers that honour ActualText read instead of the glyphs ('' for leader dots). */
  actualText?: string;
}

const NONE: readonly DrawnGlyph[] = [];
/** Halo paths kept per font: a chart's labels repeat, and tracing them is the dearest part of a halo. */
const MAX_OUTLINES = 2_000;

/** '#rrggbb' as PDF's DeviceRGB components, 0 to 1. */
function rgb(colour: string): string {
  const value = Number.parseInt(colour.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => num(c / 255)).join(' ');
}

/** How every number is written in a content stream: at most six decimals. */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

export class PdfCanvas {
  readonly drawn: DrawnLine[] = [];
  /** A drawing's labels (chart values and titles), for checks of where readers place them. */
  readonly labels: DrawnLine[] = [];
  private pages = 0;
  private readonly faces: Record<FaceName, DrawFace>;
  /** The document's fonts by face file, made at the first text drawn in them (F1, F2… in drawing order). */
  private readonly fontsInUse = new Map<string, PdfFont>();
  /** Forms of glyph outlines for halos, by face and glyph. */
  private readonly outlineForms = new Map<string, { name: string; ref: PdfRef } | null>();
  /** Content operators not yet handed to pdfkit: one write per line instead of one per operator. */
  private readonly ops: string[] = [];
  private pageHeight: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
    private readonly pageSizePt: [number, number],
    /** Called after each new page is added, with its 1-based number. */
    private readonly onPage: (page: number) => void,
  ) {
    this.pageHeight = pageSizePt[1];
    const drawFace = (face: FontFace): DrawFace => ({ ...face, key: face.file, shaper: shaperFor(face.file) });
    const { regular, bold, italic, boldItalic } = fonts.faces;
    this.faces = { regular: drawFace(regular), bold: drawFace(bold), italic: drawFace(italic), boldItalic: drawFace(boldItalic) };
  }

  get pageNumber(): number {
    return this.pages;
  }

  addPage(): void {
    this.flushOps();
    this.pdf.addPage({ size: this.pageSizePt, margin: 0 });
    this.pages++;
    this.onPage(this.pages);
  }

  private face(style: TextStyle): DrawFace {
    return this.faces[faceName(style.bold, style.italic)];
  }

  /** Width of `text` in points at nominal size `sizePt` (the font scale applied). */
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

  /** Thousandths of an em to points (the arithmetic lines have always been measured with, so they break where they did). */
  private points(advance: number, sizePt: number): number {
    return ((advance * ((sizePt * this.fonts.scale) / 1000)) + 0) * 100 / 100;
  }

  lineHeight(sizePt: number): number {
    return sizePt * this.fonts.lineHeightEm;
  }

  ascent(sizePt: number): number {
    return sizePt * this.fonts.ascentEm;
  }

  /** The document's font for `face`, and its resource on the current page. */
  private fontFor(face: DrawFace): PdfFont {
    let font = this.fontsInUse.get(face.key);
    if (font === undefined) {
      font = new PdfFont(face.shaper, `F${this.fontsInUse.size + 1}`, this.pdf as unknown as RefMaker);
      this.fontsInUse.set(face.key, font);
    }
    const resources = pageFonts(this.pdf);
    if (resources[font.name] === undefined) resources[font.name] = font.ref;
    return font;
  }

  /** The form that strokes `glyph`'s outline (X1, X2… in drawing order), on the current page's resources; null for no outline. */
  private outlineForm(face: DrawFace, glyph: DrawnGlyph): string | null {
    const key = `${face.key}\u0000${glyph.key}`;
    let form = this.outlineForms.get(key);
    if (form === undefined) {
      let path = face.shaper.outlines.get(glyph.key);
      if (path === undefined) {
        path = glyphOutlinePath(face.shaper, glyph);
        if (face.shaper.outlines.size >= MAX_OUTLINES) face.shaper.outlines.clear();
        face.shaper.outlines.set(glyph.key, path);
      }
      if (path === '') form = null;
      else {
        // Generous bounds: an em around the glyph's box holds any halo a drawing asks for.
        const { unitsPerEm, bbox } = face.shaper.font;
        const ref = (this.pdf as unknown as RefMaker).ref({
          Type: 'XObject', Subtype: 'Form',
          BBox: [bbox.xMin - unitsPerEm, bbox.yMin - unitsPerEm, bbox.xMax + unitsPerEm, bbox.yMax + unitsPerEm],
        });
        ref.end(`${path}\nS`);
        form = { name: `X${this.outlineForms.size + 1}`, ref };
      }
      this.outlineForms.set(key, form);
    }
    if (form === null) return null;
    const resources = pageXObjects(this.pdf);
    if (resources[form.name] === undefined) resources[form.name] = form.ref;
    return form.name;
  }

  /** Writes every font used; call once, after the last page is drawn. */
  finish(): void {
    this.flushOps();
    for (const font of this.fontsInUse.values()) font.embed();
  }

  /** A fragment's glyph runs: its pieces' (the words the line breaker shaped), or its text's. */
  private runsOf(fragment: LineFragment, shaper: Shaper): DrawnGlyph[][] {
    const { pieces } = fragment;
    if (pieces === undefined) return [textRunOf(shaper, fragment.text).glyphs];
    return pieces.map((piece) => textRunOf(shaper, piece).glyphs);
  }

  /** The glyphs of text the layout leaves undrawn (spaces between and after fragments): invisible, but read. */
  private hiddenGlyphs(text: string, shaper: Shaper): readonly DrawnGlyph[] {
    if (text === '') return NONE;
    return runOf(shaper, text).glyphs;
  }

  private flushOps(): void {
    if (this.ops.length === 0) return;
    this.pdf.addContent(this.ops.join('\n'));
    // Emptied in place: drawSegments holds the array while marks flush it.
    this.ops.length = 0;
  }

  private openMark(mark: Mark): void {
    if ('node' in mark) {
      this.flushOps();
      mark.node.open();
    } else if ('artifact' in mark) {
      this.ops.push(artifactOperator(mark));
    }
  }

  private closeMark(mark: Mark): void {
    if ('node' in mark) {
      this.flushOps();
      this.pdf.endMarkedContent();
    } else if ('artifact' in mark) {
      this.ops.push(END_MARKED_CONTENT);
    }
  }

  /**
   * Texts on one baseline (points from the top of the page): each segment one marked-content
   * sequence with one text object, all inside one q … Q under the page's own coordinates, so a
   * reader places the marked content with the matrix the text is drawn with.
   */
  private drawSegments(segments: Segment[], baseline: number, actualText?: string): void {
    const y = this.pageHeight - baseline;
    const ops = this.ops;
    // pdfkit's pages draw top-down (y flipped); the text goes back to PDF's own coordinates.
    ops.push('q', `1 0 0 -1 0 ${num(this.pageHeight)} cm`);
    if (actualText !== undefined) ops.push(beginActualText(actualText));
    for (const segment of segments) {
      if (segment.texts.length === 0) continue;
      this.openMark(segment.mark);
      if (segment.actualText !== undefined) ops.push(beginActualText(segment.actualText));
      ops.push('BT', '/DeviceRGB cs 0 0 0 scn');
      let stroked = false;
      let current: { face: DrawFace; sizePt: number } | null = null;
      let font: PdfFont | null = null;
      let penX: number | null = null;
      /** Points of a spread line's room after the pen not yet drawn: given to the next glyph (put). */
      let pending = 0;
      let skewed: number | null = null;

      let items: string[] = [];
      let run: string[] = [];
      const flushRun = () => {
        if (run.length > 0) items.push(`<${run.join('')}>`);
        run = [];
      };
      const flushTj = () => {
        flushRun();
        if (items.length > 0) ops.push(`[${items.join(' ')}] TJ`);
        items = [];
      };
      for (const text of segment.texts) {
        const size = text.sizePt * this.fonts.scale;
        if (current === null || current.face !== text.face || current.sizePt !== text.sizePt) {
          flushTj();
          current = { face: text.face, sizePt: text.sizePt };
          font = this.fontFor(text.face);
          const { fauxBold, fauxItalic } = text.face;
          if (fauxBold) ops.push(`${num(size * FAUX_BOLD_STROKE_EM)} w`, '/DeviceRGB CS 0 0 0 SCN', '2 Tr');
          else if (stroked) ops.push('0 Tr');
          stroked = fauxBold;
          const skew = fauxItalic ? num(Math.tan((FAUX_ITALIC_DEG * Math.PI) / 180)) : 0;
          ops.push(`/${font.name} ${num(size)} Tf`);
          // One text matrix per text object where it can be: later texts are reached by TJ moves,
          // so a reader follows one pen along the line (pypdf adds a space at every new Tm).
          if (skewed === null || skewed !== skew) {
            ops.push(`1 0 ${skew} 1 ${num(penX === null ? text.x : penX)} ${num(y)} Tm`);
            skewed = skew;
          }
          penX ??= text.x;
        }
        const f = font as PdfFont;
        const scale = size / 1000;
        // Thousandths of text space between where the pen is and where the text starts; room
        // not yet drawn (`pending`) is part of the way there.
        const move = (to: number) => {
          const gap = (to - ((penX as number) + pending)) / scale;
          if (Math.abs(gap) > 1e-6) {
            flushRun();
            items.push(String(num(-(to - (penX as number)) / scale)));
            penX = to;
            pending = 0;
          }
        };
        const unitsPerPoint = 1 / (scale * text.face.shaper.scale);
        /**
         * Draws `glyphs`, the room a spread line puts after them (`lastSpacing` points) left
         * pending for the next glyph drawn: that glyph is drawn moved right inside an advance that
         * much wider (PdfFont.spacedCode), so readers that rebuild words from glyph advances
         * (pdf.js, Ghostscript) see no gap between the clusters of a word and pypdf no TJ move.
         * A glyph without advance (a mark, a cluster's continuation) never takes it: a TJ move then.
         * The lead is whole multiples of SPREAD_QUANTUM font units; what rounding leaves is carried on.
         */
        const put = (glyphs: readonly DrawnGlyph[], lastSpacing = 0) => {
          glyphs.forEach((glyph, i) => {
            let code: string | null = null;
            if (pending !== 0) {
              const lead = glyph.width > 0 && glyph.xAdvance > 0 && !MARK_START.test(glyph.text)
                ? Math.max(0, Math.round((pending * unitsPerPoint) / SPREAD_QUANTUM) * SPREAD_QUANTUM)
                : 0;
              code = lead > 0 ? f.spacedCode(glyph, lead) : null;
              if (code !== null) {
                const drawn = lead / unitsPerPoint;
                penX = (penX as number) + drawn;
                pending -= drawn;
              } else if (Math.abs(pending * unitsPerPoint) >= SPREAD_QUANTUM / 2) {
                flushRun();
                items.push(String(num(-pending / scale)));
                penX = (penX as number) + pending;
                pending = 0;
              }
            }
            run.push(code ?? f.code(glyph));
            const own = f.widthOf(glyph);
            const shaped = glyph.xAdvance * text.face.shaper.scale;
            const back = shaped !== own ? shaped - own : 0;
            penX = (penX as number) + shaped * scale;
            if (i === glyphs.length - 1) pending += lastSpacing;
            if (back !== 0) {
              flushRun();
              items.push(String(num(-back)));
            }
          });
        };
        move(text.x);
        if (text.lead.length > 0) {
          const start = penX as number;
          put(text.lead);
          move(start);
        }
        const runs = text.runs;
        if (text.tail !== true || text.after.length === 0) {
          for (const run of runs) put(run, text.spacing);
          put(text.after);
        } else {
          // pdftotext (poppler) drops a space glyph that ends a line, and Thai lines end without
          // one: the last cluster and the spaces in an ActualText span keep the space for it.
          const lastRun = runs.length - 1;
          for (let r = 0; r < lastRun; r++) put(runs[r] as DrawnGlyph[], text.spacing);
          const run = runs[lastRun] ?? [];
          let from = run.length - 1;
          while (from > 0 && run[from]?.continuation === true) from--;
          from = Math.max(0, from);
          put(run.slice(0, from));
          flushTj();
          const end = [...run.slice(from), ...text.after];
          ops.push(beginActualText(end.map((g) => g.text).join('')));
          put(end);
          flushTj();
          ops.push(END_MARKED_CONTENT);
        }
      }
      flushTj();
      ops.push('ET');
      if (segment.actualText !== undefined) ops.push(END_MARKED_CONTENT);
      this.closeMark(segment.mark);
    }
    if (actualText !== undefined) ops.push(END_MARKED_CONTENT);
    ops.push('Q');
    this.flushOps();
  }

  /**
   * The fragments' texts with the characters the layout does not draw (the spaces between and
   * after fragments, a list label's space) given to the fragment before them, so the glyphs read
   * as `full`; null when the fragments are not `full` in order (then ActualText says it).
   */
  private withHidden(fragments: Array<LineFragment & { sizePt: number; x: number }>, full: string): PlacedText[] | null {
    const out: PlacedText[] = [];
    let pos = 0;
    let lead = '';
    for (const fragment of fragments) {
      const face = this.face(fragment.style);
      let gap = '';
      while (pos < full.length && !full.startsWith(fragment.text, pos)) {
        gap += full.charAt(pos);
        pos++;
      }
      if (!full.startsWith(fragment.text, pos) || !HIDDEN.test(gap)) return null;
      const previous = out[out.length - 1];
      if (previous === undefined) lead = gap;
      else previous.after = this.hiddenGlyphs(gap, previous.face.shaper);
      pos += fragment.text.length;
      out.push({ face, sizePt: fragment.sizePt, x: fragment.x, runs: this.runsOf(fragment, face.shaper), lead: NONE, after: NONE, spacing: fragment.pieceSpacingPt ?? 0 });
    }
    const first = out[0];
    if (first !== undefined && lead !== '') first.lead = this.hiddenGlyphs(lead, first.face.shaper);
    const last = out[out.length - 1];
    const rest = full.slice(pos);
    if (!HIDDEN.test(rest)) return null;
    if (last !== undefined && rest !== '') {
      last.after = this.hiddenGlyphs(rest, last.face.shaper);
      last.tail = true;
    }
    return out;
  }

  /** Width of the spaces `text` ends with, drawn invisible after the last fragment. */
  private trailingWidth(text: string, fragments: LineFragment[], sizePt: number): number {
    const spaces = /\s+$/.exec(text)?.[0];
    const last = fragments[fragments.length - 1];
    return spaces === undefined || last === undefined ? 0 : this.measure(spaces, last.style, sizePt);
  }

  /** Underlines: a rule under the words, an artifact (the words carry the text). */
  private underlines(fragments: Array<LineFragment & { sizePt: number; x: number }>, baseline: number): void {
    const underlined = fragments.filter((f) => f.style.underline);
    if (underlined.length === 0) return;
    this.mark(LAYOUT, () => {
      for (const f of underlined) this.fillRect(f.x, baseline + f.sizePt * UNDERLINE_OFFSET_EM, f.width, f.sizePt * UNDERLINE_THICKNESS_EM, 'black');
    });
  }

  private record(text: string, group: number, left: number, inkRight: number, baseline: number, sizePt: number, into = this.drawn, spaces = 0): void {
    const box = { left, right: inkRight + spaces, top: baseline - this.ascent(sizePt), bottom: baseline - this.ascent(sizePt) + this.lineHeight(sizePt) };
    into.push({ page: this.pages, group, text, box, inkRight });
  }

  /**
   * Draws `line` with its top-left corner at (`left`, `top`). `mark` says whose content it is;
   * `labelMark`, the owner of a list label (the line's first fragment, `prefix` its text).
   */
  drawLine(line: LaidLine, left: number, top: number, sizePt: number, group: number, mark: Mark, labelMark?: Mark): void {
    if (line.text === '' && line.prefix === undefined) return;
    const baseline = top + this.ascent(sizePt);
    const placed = line.fragments.map((f) => ({ ...f, x: left + line.x + f.x, sizePt }));
    const hasLabel = line.prefix !== undefined && labelMark !== undefined && placed.length > 0;
    const full = (line.prefix ?? '') + line.text;
    const texts = this.withHidden(placed, full);
    if (texts !== null && line.justified === true && !hasLabel) {
      // A stretched line is one ActualText span: poppler (pdftotext, Evince) and PDFium read its
      // text from the span, spread evenly over the line, instead of parting words where the
      // clusters are spread (poppler's reading order parts them from 0.03 em of gap); pdf.js,
      // pypdf and Ghostscript, which read glyphs, find the spread inside the glyphs' advances (put).
      for (const text of texts) text.tail = false;
      // Inside the line's own mark: PDFium reads the ActualText of a text's innermost mark only.
      this.drawSegments([{ mark, texts, actualText: readerText(full) }], baseline);
    } else if (texts === null) {
      const all = this.withHidden(placed, placed.map((f) => f.text).join('')) ?? [];
      this.drawSegments([{ mark, texts: all }], baseline, readerText(full));
    } else if (hasLabel) {
      this.drawSegments([{ mark: labelMark, texts: texts.slice(0, 1) }, { mark, texts: texts.slice(1) }], baseline);
    } else {
      this.drawSegments([{ mark, texts }], baseline);
    }
    this.underlines(placed, baseline);
    const start = placed[0]?.x ?? left + line.x;
    const end = placed.reduce((e, f) => Math.max(e, f.x + f.width), start);
    this.record(line.text, group, start, end, baseline, sizePt, this.drawn, this.trailingWidth(line.text, placed, sizePt));
  }

  /**
   * Draws fragments of mixed sizes on one baseline (points from the top of the page), `text`
   * what a reader gets: a memo label line puts a 20 pt label, body-size text and a dot leader
   * on one line. The leaders are artifacts; the rest is `mark`'s.
   */
  drawFragments(fragments: SizedFragment[], baseline: number, text: string, group: number, mark: Mark): void {
    if (fragments.length === 0) return;
    const words = fragments.filter((f) => f.leader !== true);
    const texts = this.withHidden(words, text);
    const segments: Segment[] = [];
    if (texts === null) {
      this.drawSegments([{ mark, texts: this.withHidden(words, words.map((f) => f.text).join('')) ?? [] }], baseline, readerText(text));
    } else {
      let k = 0;
      for (const f of fragments) {
        const leader = f.leader === true;
        const placed = leader
          ? { face: this.face(f.style), sizePt: f.sizePt, x: f.x, runs: this.runsOf(f, this.face(f.style).shaper), lead: NONE, after: NONE, spacing: 0 }
          : texts[k++] as PlacedText;
        const last = segments[segments.length - 1];
        if (last !== undefined && !leader && last.mark === mark) last.texts.push(placed);
        // Dots are no part of the text: an artifact, and nothing for readers that honour ActualText.
        else segments.push(leader ? { mark: LAYOUT, texts: [placed], actualText: '' } : { mark, texts: [placed] });
      }
      this.drawSegments(segments, baseline);
    }
    this.underlines(fragments, baseline);
    const start = words[0]?.x ?? 0;
    const end = words.reduce((e, f) => Math.max(e, f.x + f.width), start);
    const sizePt = Math.max(...fragments.map((f) => f.sizePt));
    this.record(text, group, start, end, baseline, sizePt, this.drawn, this.trailingWidth(text, words, sizePt));
    for (const f of fragments) if (f.leader === true) this.record('', group, f.x, f.x + f.width, baseline, f.sizePt, this.labels);
  }

  /** Opens and closes a marked-content sequence around drawing that is not text (a picture, a chart). */
  mark(mark: Mark, draw: () => void): void {
    this.openMark(mark);
    this.flushOps();
    draw();
    this.closeMark(mark);
    this.flushOps();
  }

  /** A rule or shading: an artifact unless drawn inside a mark() of its own. */
  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.pdf.save().rect(x, y, width, height).fill(color).restore();
  }

  strokeRect(x: number, y: number, width: number, height: number, lineWidthPt: number): void {
    this.pdf.save().lineWidth(lineWidthPt).rect(x, y, width, height).stroke('black').restore();
  }

  image(image: ImageData, x: number, y: number, width: number, height: number): void {
    // A PNG is embedded by png-image.ts, without pdfkit's PNG reader (its memory, issue 13); a JPEG as pdfkit does.
    const src = image.format === 'png' ? openPng(this.pdf, image.bytes) : Buffer.from(image.bytes);
    this.pdf.image(src as never, x, y, { width, height });
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
   * One line of text placed by its anchor on a baseline, as a drawing places a label. A halo is
   * the glyphs' outline stroked in its colour, drawn first as a path: the text is drawn once.
   */
  label(text: string, bold: boolean, x: number, baseline: number, sizePt: number, anchor: 'start' | 'middle' | 'end', mark: Mark, halo?: { colour: string; widthPt: number }): void {
    const style: TextStyle = { bold, italic: false, underline: false };
    const width = this.measure(text, style, sizePt);
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    const face = this.face(style);
    if (halo !== undefined) {
      // Each glyph's outline once per document, a form in font units; placed by a cm per glyph
      // from the pen's start on the baseline (PDF's own coordinates, y up), stroked as it is drawn.
      const k = (sizePt * this.fonts.scale) / face.shaper.font.unitsPerEm;
      const ops = ['q', `1 0 0 -1 0 ${num(this.pageHeight)} cm`, `/DeviceRGB CS ${rgb(halo.colour)} SCN`, '1 j'];
      let pen = 0;
      for (const glyph of textRunOf(face.shaper, text).glyphs) {
        const form = this.outlineForm(face, glyph);
        if (form !== null) {
          ops.push('q', `${num(k)} 0 0 ${num(k)} ${num(left + pen * k)} ${num(this.pageHeight - baseline)} cm`, `${num(halo.widthPt / k)} w`, `/${form} Do`, 'Q');
        }
        pen += glyph.xAdvance;
      }
      ops.push('Q');
      this.flushOps();
      this.pdf.addContent(ops.join('\n'));
    }
    const fragment = { text: text.replace(INVISIBLE, ''), style, x: left, width, sizePt };
    const texts = this.withHidden([fragment], text);
    if (texts === null) this.drawSegments([{ mark, texts: this.withHidden([fragment], fragment.text) ?? [] }], baseline, readerText(text));
    else this.drawSegments([{ mark, texts }], baseline);
    this.record(text, -1, left, left + width, baseline, sizePt, this.labels);
  }
}
