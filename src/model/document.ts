// The document model: what the template stage produces and every writer consumes.
// It knows nothing of YAML, Handlebars, DOCX or PDF. Lengths are millimetres (mm),
// font sizes points (pt). Text is final: digits are already Thai or Arabic as the
// document asks; writers only need `thaiDigits` for what they number themselves
// (page numbers, list labels).

export interface Document {
  meta: DocumentMeta;
  page: PageSetup;
  font: FontSpec;
  /** Page numbers and list labels in Thai digits (๑๒๓) rather than Arabic. */
  thaiDigits: boolean;
  /** "- ๒ -" centred at the top; null for none. */
  pageNumbers: PageNumbers | null;
  blocks: Block[];
  /**
   * The office's own words a line must not cut (its dictionary.txt), beside the government
   * words the breaker ships (src/thai/dictionary); absent or empty: none.
   */
  words?: string[];
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, 'th-TH'. */
  language: string;
}

export interface PageSetup {
  /** A4 is 210 × 297 mm. */
  widthMm: number;
  heightMm: number;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
}

export interface FontSpec {
  /** Family name as Word knows it, e.g. 'TH SarabunPSK'. */
  family: string;
  sizePt: number;
}

export interface PageNumbers {
  /** First page that shows a number; 2 in Thai official documents. */
  fromPage: number;
  /** Text around the number; '{n}' is replaced: '- {n} -'. */
  format: string;
}

export type Block = Heading | Paragraph | List | Table | Figure | Signature | PageBreak | Letterhead | FieldLine;

export type Align = 'left' | 'center' | 'right' | 'justify' | 'thaiDistribute';

/** Paragraph-level spacing and indents shared by headings and paragraphs. */
export interface ParagraphLayout {
  align: Align;
  /** Indent of the first line, relative to indentLeftMm (2.5 cm = 25 mm in Thai official text). */
  firstLineMm: number;
  indentLeftMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  keepWithNext: boolean;
  /** Overrides the document font size. */
  sizePt?: number;
}

export interface Heading extends ParagraphLayout {
  type: 'heading';
  level: 1 | 2 | 3;
  inlines: Inline[];
}

export interface Paragraph extends ParagraphLayout {
  type: 'paragraph';
  inlines: Inline[];
}

/**
 * A numbered or bulleted list. Thai official layout puts the label after the
 * first-line indent and wraps continuation lines back to indentLeftMm (no hanging
 * indent); `hangingMm > 0` gives the other style, text aligned after the label.
 */
export interface List {
  type: 'list';
  format: ListFormat;
  start: number;
  indentLeftMm: number;
  firstLineMm: number;
  hangingMm: number;
  items: ListItem[];
}

/** 'decimal' 1.  'paren' 1)  'thaiLetter' ก.  'bullet' •  'dash' - */
export type ListFormat = 'decimal' | 'paren' | 'thaiLetter' | 'bullet' | 'dash';

export interface ListItem {
  /** The item's own text. */
  inlines: Inline[];
  /** Further blocks inside the item (nested lists, paragraphs), in order. */
  children: Block[];
}

export interface Table {
  type: 'table';
  /** Column widths as fractions of the text width; they sum to 1. */
  columns: TableColumn[];
  /** Rows at the top repeated on every page. */
  headerRows: number;
  rows: TableRow[];
  /** Width as a fraction of the text width. */
  widthFraction: number;
}

export interface TableColumn {
  fraction: number;
  align: Align;
}

export interface TableRow {
  cells: TableCell[];
}

export interface TableCell {
  inlines: Inline[];
  colSpan: number;
  /** Overrides the column's alignment. */
  align?: Align;
  /** Header cell: bold, shaded. */
  header: boolean;
}

export interface ImageData {
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
  widthPx: number;
  heightPx: number;
}

/** A picture or a chart on its own line, centred, with an optional caption below it. */
export type Figure = PictureFigure | ChartFigure;

interface FigureCommon {
  type: 'figure';
  /** Printed width; the height follows the picture's aspect ratio. */
  widthMm: number;
  caption: Inline[];
}

export interface PictureFigure extends FigureCommon {
  image: ImageData;
  chart?: undefined;
}

export interface ChartFigure extends FigureCommon {
  chart: Chart;
  image?: undefined;
}

/**
 * A chart twice over: as data, for a writer with charts of its own (Word's, which a reader
 * can edit), and as a vector drawing, for a writer that draws (PDF). Both say the same.
 */
export interface Chart {
  data: BarChartData;
  drawing: Drawing;
}

/** Vertical bars with a dashed reference line across them; bars below the line are dark. */
export interface BarChartData {
  /** Drawn at the top; null when the caption says it. */
  title: string | null;
  bars: ChartBar[];
  reference: { value: number; label: string };
  yAxis: { min: number; max: number; step: number; title: string };
  xTitle: string;
  /** Numbers the writer formats itself (axis values) in Thai digits. */
  thaiDigits: boolean;
  /** Text sizes, pt of the document's font. */
  sizes: { titlePt: number; labelPt: number; tickPt: number };
  /** Colours (#rrggbb) and strokes (mm) the drawing uses, for a writer that draws the chart its own way. */
  look: ChartLook;
}

export interface ChartLook {
  ink: Colour;
  belowFill: Colour;
  atOrAboveFill: Colour;
  barOutline: Colour;
  grid: Colour;
  axisMm: number;
  gridMm: number;
  barOutlineMm: number;
  referenceMm: number;
  /** The share of its slot a bar takes. */
  barShare: number;
}

export interface ChartBar {
  label: string;
  value: number;
  /** The value as shown on the bar, as written and in the document's digits ("๙๑.๔๐"). */
  valueText: string;
  /** Decimals of the value as written, for a writer that formats the number itself. */
  decimals: number;
  /** Under the reference line: drawn dark. */
  below: boolean;
}

/** A vector picture, in mm from its top-left corner; text sizes in pt of the document's font. */
export interface Drawing {
  widthMm: number;
  heightMm: number;
  items: DrawingItem[];
}

export type DrawingItem = DrawingRect | DrawingLine | DrawingText;

/** A colour as #rrggbb. */
export type Colour = string;

export interface DrawingRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Colour;
  stroke?: { colour: Colour; widthMm: number };
  /** What it shows, for a reader of the drawing's SVG. */
  note?: string;
}

export interface DrawingLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: Colour;
  widthMm: number;
  /** Dash and gap, mm; solid when absent. */
  dashMm?: [number, number];
}

export interface DrawingText {
  kind: 'text';
  /** Where the anchor point of the baseline is. */
  x: number;
  baseline: number;
  anchor: 'start' | 'middle' | 'end';
  sizePt: number;
  bold: boolean;
  text: string;
  /** A band of this colour around the glyphs, drawn first, so a line behind them does not hide them. */
  halo?: { colour: Colour; widthMm: number };
}

/**
 * A signature block: centred lines in a column that starts at `offsetFraction`
 * of the text width, e.g. "(ลงชื่อ) ....", "(นายสมชาย ใจดี)", "ตำแหน่ง ...".
 */
export interface Signature {
  type: 'signature';
  offsetFraction: number;
  spaceBeforePt: number;
  lines: Inline[][];
}

export interface PageBreak {
  type: 'pageBreak';
}

/**
 * The head of a บันทึกข้อความ (memo): the Garuda emblem at the top-left of the text area,
 * `imageHeightMm` high (1.5 cm by the regulation), and the title centred on the text width
 * with its baseline level with the bottom of the emblem. With no image the space is kept.
 */
export interface Letterhead {
  type: 'letterhead';
  image: ImageData | null;
  imageHeightMm: number;
  title: Inline[];
  titleSizePt: number;
}

/**
 * A memo label line: "ส่วนราชการ ....", "ที่ .... วันที่ ....", "เรื่อง ....". Each field takes
 * `fraction` of the text width: the bold label at `labelSizePt`, a space, the value at the
 * body size, then a dotted leader to the end of the field's share of the line.
 */
export interface FieldLine {
  type: 'fieldLine';
  labelSizePt: number;
  spaceBeforePt: number;
  fields: Array<{ label: string; value: Inline[]; fraction: number }>;
}

export type Inline = TextRun | LineBreak;

export interface TextRun {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface LineBreak {
  type: 'break';
}

export const A4: Pick<PageSetup, 'widthMm' | 'heightMm'> = { widthMm: 210, heightMm: 297 };

/** Text width in mm for a page setup. */
export function textWidthMm(page: PageSetup): number {
  return page.widthMm - page.margins.leftMm - page.margins.rightMm;
}
