// PDF writer: the document model in Thai lines laid out here, drawn with pdfkit and a font
// that comes through npm; returns the PDF's bytes, the same bytes for the same input.
import PDFDocument from 'pdfkit';
import type { Document } from '../../model/document.js';
import { toThaiDigits } from '../../thai/digits.js';
import { blocksToChunks } from './block-chunks.js';
import { PdfCanvas, type DrawnLine } from './canvas.js';
import type { BlockContext } from './context.js';
import { flowChunks } from './flow.js';
import { loadFontSet, type FontFiles } from './fonts.js';
import { layoutLines } from './line-layout.js';
import { prepareShaping } from './shaping.js';
import { dictionaryWith } from '../../thai/word-break.js';
import type { RefMaker } from './pdf-font.js';
import { mmToPt } from './units.js';
import { outputIntents, xmpDescriptions, type InfoText } from './pdfa.js';
import { catalog, replaceXmp } from './pdfkit-internals.js';
import { documentNode } from './tags.js';

export type { DrawnLine } from './canvas.js';

export interface PdfOptions {
  /** An office's own TTFs (e.g. TH SarabunPSK), drawn at their true size; default: bundled Sarabun. */
  fonts?: FontFiles;
  /** CreationDate and ModDate; default DEFAULT_CREATION_DATE, so output never depends on the clock. */
  creationDate?: Date;
}

export interface PdfRender {
  bytes: Uint8Array;
  /** Every line drawn, in drawing order: for checks of the line breaking. */
  lines: DrawnLine[];
  /** Every label of a drawing (a chart's values, ticks, titles), in drawing order. */
  labels: DrawnLine[];
  pages: number;
}

/** 2000-01-01T00:00:00Z: a fixed date, because pdfkit derives the file /ID from the dates. */
export const DEFAULT_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));
const PRODUCER = 'minutes PDF writer (pdfkit)';
/** Word's default header distance, 1.25 cm from the top edge: where the page number sits. */
const HEADER_DISTANCE_MM = 12.5;
/** Group of page-number lines in PdfRender.lines. */
export const PAGE_NUMBER_GROUP = -1;

function pageNumberText(doc: Document, page: number): string {
  const digits = doc.thaiDigits ? toThaiDigits(String(page)) : String(page);
  return (doc.pageNumbers?.format ?? '{n}').replace('{n}', digits);
}

export async function renderPdf(doc: Document, options: PdfOptions = {}): Promise<PdfRender> {
  await prepareShaping();
  const fonts = loadFontSet(options.fonts);
  const date = options.creationDate ?? DEFAULT_CREATION_DATE;
  const info: InfoText = { Creator: PRODUCER, Producer: PRODUCER };
  const given = { Title: doc.meta.title, Author: doc.meta.author, Subject: doc.meta.subject, Keywords: doc.meta.keywords.join(', ') };
  for (const [key, value] of Object.entries(given)) if (value.trim() !== '') info[key as keyof typeof given] = value;
  const pdf = new PDFDocument({
    autoFirstPage: false,
    // Tagged PDF (PDF 1.7 §14.8): /MarkInfo and a structure tree, built as the blocks are drawn.
    tagged: true,
    // No default Helvetica: every text names its face, and pdfkit would read Helvetica's AFM for each document.
    font: null as unknown as string,
    pdfVersion: '1.7',
    lang: doc.meta.language,
    displayTitle: true,
    info: { ...info, CreationDate: date, ModDate: date },
  } as PDFKit.PDFDocumentOptions);
  replaceXmp(pdf, () => xmpDescriptions(info, date, date, doc.meta.language));
  const root = documentNode(pdf);
  const out: Uint8Array[] = [];
  pdf.on('data', (data: Uint8Array) => out.push(data));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const pageWidth = mmToPt(doc.page.widthMm);
  const pageHeight = mmToPt(doc.page.heightMm);
  const { margins } = doc.page;
  const left = mmToPt(margins.leftMm);
  const width = pageWidth - left - mmToPt(margins.rightMm);
  const top = mmToPt(margins.topMm);
  const bottom = pageHeight - mmToPt(margins.bottomMm);
  const sizePt = doc.font.sizePt;

  const canvas: PdfCanvas = new PdfCanvas(pdf, fonts, [pageWidth, pageHeight], (page) => {
    if (doc.pageNumbers === null || page < doc.pageNumbers.fromPage) return;
    const text = pageNumberText(doc, page);
    const run = { type: 'text' as const, text, bold: false, italic: false, underline: false };
    const [line] = layoutLines([run], { firstStart: 0, restStart: 0, right: width, align: 'center' }, canvas.measurer(sizePt));
    const lineTop = Math.max(0, Math.min(mmToPt(HEADER_DISTANCE_MM), top - canvas.lineHeight(sizePt)));
    if (line !== undefined) canvas.drawLine(line, left, lineTop, sizePt, PAGE_NUMBER_GROUP, { artifact: 'Pagination', subtype: 'Header' });
  });

  if (doc.words !== undefined && doc.words.length > 0) canvas.dictionary = dictionaryWith(doc.words);
  let group = 0;
  const ctx: BlockContext = { canvas, doc, left, width, height: bottom - top, nextGroup: () => group++, parent: root };
  flowChunks(blocksToChunks(doc.blocks, ctx), { top, bottom, newPage: () => canvas.addPage() });

  canvas.finish();
  catalog(pdf)['OutputIntents'] = outputIntents(pdf as unknown as RefMaker);
  pdf.end();
  await ended;
  const total = out.reduce((n, b) => n + b.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const b of out) {
    bytes.set(b, offset);
    offset += b.length;
  }
  return { bytes, lines: canvas.drawn, labels: canvas.labels, pages: canvas.pageNumber };
}

/** The document as PDF bytes. */
export async function writePdf(doc: Document, options: PdfOptions = {}): Promise<Uint8Array> {
  return (await renderPdf(doc, options)).bytes;
}
