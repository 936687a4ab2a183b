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

/** A picture on its own line, centred, with an optional caption below it. */
export interface Figure {
  type: 'figure';
  image: ImageData;
  /** Printed width; the height follows the image's aspect ratio. */
  widthMm: number;
  caption: Inline[];
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
