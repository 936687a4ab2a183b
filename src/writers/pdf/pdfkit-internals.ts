// Every touch of pdfkit 0.20 beyond its documented API, in this one module, checked when the
// module loads and again on each document's first page: a pdfkit that changes fails loudly here
// instead of writing a wrong PDF. What is touched and why:
// - `_addInfo`, the XMP writer: pdfkit copies the Info strings into XMP without XML escaping, and
//   writes neither xmp:ModifyDate nor PDF/A's identification; ours writes the whole packet.
// - `appendXML`, to add that packet to pdfkit's XMP stream.
// - `page.fonts`, the current page's /Font resources: the writer embeds its own fonts (pdf-font.ts);
//   `page.xobjects`, its /XObject resources: a halo's glyph outlines, one form each (canvas.ts).
// - `_root`, the catalog: the PDF/A OutputIntents.
// - `image()` given an object with a width and a height takes it for an image already opened
//   (`openImage`'s result) and calls its `embed()` once, then names its `obj` `label` in the page's
//   /XObject resources; `_imageCount` numbers pdfkit's own labels (I1, I2…): the PNG writer's
//   images (png-image.ts) are drawn that way, numbered in the same series.
import PDFDocument from 'pdfkit';

interface PdfkitDocument {
  info: Record<string, unknown>;
  _addInfo: () => void;
  appendXML(xml: string, newline?: boolean): void;
  _root: { data: Record<string, unknown> };
  page: { fonts: Record<string, unknown>; xobjects: Record<string, unknown>; height: number } | undefined;
  _imageCount: number;
}

const prototype = PDFDocument.prototype as unknown as Partial<PdfkitDocument>;
for (const method of ['_addInfo', 'appendXML', 'ref', 'image', 'openImage', 'initImages', 'addContent', 'markStructureContent', 'endMarkedContent', 'struct', 'addStructure'] as const) {
  if (typeof (prototype as Record<string, unknown>)[method] !== 'function') {
    throw new Error(`pdfkit no longer has ${method}: review src/writers/pdf/pdfkit-internals.ts`);
  }
}

function internals(pdf: PDFKit.PDFDocument): PdfkitDocument {
  return pdf as unknown as PdfkitDocument;
}

/** The current page's /Font resource dictionary. */
export function pageFonts(pdf: PDFKit.PDFDocument): Record<string, unknown> {
  const page = internals(pdf).page;
  const fonts = page?.fonts;
  if (fonts === undefined || typeof fonts !== 'object') throw new Error('pdfkit pages no longer have fonts: review src/writers/pdf/pdfkit-internals.ts');
  return fonts;
}

/** The current page's /XObject resource dictionary. */
export function pageXObjects(pdf: PDFKit.PDFDocument): Record<string, unknown> {
  const xobjects = internals(pdf).page?.xobjects;
  if (xobjects === undefined || typeof xobjects !== 'object') throw new Error('pdfkit pages no longer have xobjects: review src/writers/pdf/pdfkit-internals.ts');
  return xobjects;
}

/** The document catalog's dictionary, for entries pdfkit has no option for. */
export function catalog(pdf: PDFKit.PDFDocument): Record<string, unknown> {
  const root = internals(pdf)._root;
  if (root?.data === undefined) throw new Error('pdfkit no longer has _root: review src/writers/pdf/pdfkit-internals.ts');
  return root.data;
}

/** Makes pdfkit write `xmp()` (a list of rdf:Description elements) as its XMP metadata, at the end. */
export function replaceXmp(pdf: PDFKit.PDFDocument, xmp: () => string): void {
  const target = internals(pdf);
  target._addInfo = function (this: PdfkitDocument) {
    this.appendXML(xmp());
  };
}

/** What pdfkit's `image()` takes for an opened image: it calls `embed` once, then draws `obj` as `label`. */
export interface OpenedImage {
  width: number;
  height: number;
  label: string;
  obj: unknown;
  embed(): void;
}

/** An image pdfkit draws with `pdf.image(opened, …)`, its XObject made by `make` when first drawn. */
export function openedImage(pdf: PDFKit.PDFDocument, width: number, height: number, make: () => unknown): OpenedImage {
  const target = internals(pdf);
  if (typeof target._imageCount !== 'number') throw new Error('pdfkit no longer has _imageCount: review src/writers/pdf/pdfkit-internals.ts');
  const image: OpenedImage = {
    width,
    height,
    label: `I${++target._imageCount}`,
    obj: null,
    embed() {
      image.obj ??= make();
    },
  };
  return image;
}
