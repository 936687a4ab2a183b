// The structure tree of a tagged PDF (PDF 1.7 §14.7, §14.8): headings, paragraphs, lists with
// labels and bodies, tables with header cells, figures with their Alt text. A node becomes a
// pdfkit structure element (its documented struct() API) when it is first drawn or touched, so
// the tree's order is the drawing order, which is the document's order; what is drawn but is
// not the document's content (page numbers, repeated table headers, rules) is an artifact.

export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption';

export interface StructOptions {
  alt?: string;
  /** Header cells: which cells they head (PDF 1.7 §14.8.5.7, Table attributes). */
  scope?: 'Column' | 'Row';
}

/** pdfkit's PDFStructureElement, as far as this writer uses it. */
interface PdfkitElement {
  add(child: unknown): PdfkitElement;
}

interface PdfkitTagging {
  struct(type: string, options?: object): PdfkitElement;
  addStructure(element: PdfkitElement): void;
  markStructureContent(type: string, options?: object): unknown;
  endMarkedContent(): void;
}

export class StructNode {
  private element: PdfkitElement | null = null;

  constructor(
    private readonly pdf: PdfkitTagging,
    readonly type: StructType,
    private readonly parent: StructNode | null,
    private readonly options: StructOptions = {},
  ) {}

  /** A child node, made an element when it is first drawn or touched. */
  child(type: StructType, options: StructOptions = {}): StructNode {
    return new StructNode(this.pdf, type, this, options);
  }

  /** Makes the element now, content or not (a table cell left empty still holds its column). */
  touch(): PdfkitElement {
    if (this.element === null) {
      const options: Record<string, string> = {};
      if (this.options.alt !== undefined) options['alt'] = this.options.alt;
      if (this.options.scope !== undefined) options['scope'] = this.options.scope;
      this.element = this.pdf.struct(this.type, options);
      if (this.parent === null) this.pdf.addStructure(this.element);
      else this.parent.touch().add(this.element);
    }
    return this.element;
  }

  /** Opens a marked-content sequence of this element on the current page (pdfkit writes its BDC). */
  open(): void {
    const element = this.touch();
    element.add(this.pdf.markStructureContent(this.type));
  }
}

/** The root of a document's tree. */
export function documentNode(pdf: PDFKit.PDFDocument): StructNode {
  return new StructNode(pdf as unknown as PdfkitTagging, 'Document', null);
}

/** How drawn content is marked: as a structure element's content, or as an artifact. */
export type Mark =
  | { node: StructNode }
  | { artifact: 'Pagination' | 'Layout'; subtype?: 'Header' }
  /** Inside a sequence already open (a chart's labels in its figure's). */
  | { inside: true };

export const INSIDE: Mark = { inside: true };

export const LAYOUT: Mark = { artifact: 'Layout' };

/** The BDC or BMC operator that opens an artifact (PDF 1.7 §14.8.2.2). */
export function artifactOperator(mark: { artifact: 'Pagination' | 'Layout'; subtype?: 'Header' }): string {
  return mark.artifact === 'Layout' && mark.subtype === undefined
    ? '/Artifact BMC'
    : `/Artifact <</Type /${mark.artifact}${mark.subtype === undefined ? '' : ` /Subtype /${mark.subtype}`}>> BDC`;
}
