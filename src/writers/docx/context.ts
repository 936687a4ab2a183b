// What every block converter needs to know about the document being written.
import type { NumberingDefinition } from 'docx';
import { textWidthMm, type Document, type FontSpec, type PageSetup } from '../../model/document.js';
import { dictionaryWith, type Dictionary } from '../../thai/word-break.js';
import { runMaker, type RunMaker } from './docx-speedups.js';

export interface DocxContext {
  font: FontSpec;
  page: PageSetup;
  thaiDigits: boolean;
  /** Write w:lang w:bidi="th-TH" on runs holding Thai (see DocxOptions.thaiLanguage). */
  thaiLanguage: boolean;
  /** Width between the left and right margins, mm. */
  textWidthMm: number;
  /** Height between the top and bottom margins, mm. */
  textHeightMm: number;
  /** One numbering definition per List block, in document order. */
  numbering: NumberingDefinition[];
  /** Last drawing id handed out (wp:docPr ids must be unique in the document). */
  lastDrawingId: number;
  /** Chart parts placed so far: the nth is word/charts/chart{n}.xml, relationship rIdChart{n}. */
  charts: string[];
  /** Words a line must not cut: the shipped government words and the office's own. */
  dictionary: Dictionary;
  /** Makes the document's text runs, one shared w:rPr per run style (docx-speedups.ts). */
  run: RunMaker;
}

export function createContext(doc: Document, thaiLanguage: boolean): DocxContext {
  const { page } = doc;
  return {
    font: doc.font,
    page,
    thaiDigits: doc.thaiDigits,
    thaiLanguage,
    textWidthMm: textWidthMm(page),
    textHeightMm: page.heightMm - page.margins.topMm - page.margins.bottomMm,
    numbering: [],
    lastDrawingId: 0,
    charts: [],
    dictionary: dictionaryWith(doc.words ?? []),
    run: runMaker(),
  };
}
