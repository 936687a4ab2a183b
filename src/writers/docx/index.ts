// DOCX writer: the document model → the bytes of a Word file, the same bytes for the same input.
import { File, PageOrientation } from 'docx';
import type { Document } from '../../model/document.js';
import { blocksToDocx } from './block.js';
import { createContext, type DocxContext } from './context.js';
import { installDocxSpeedups, writeRunsAsXml } from './docx-speedups.js';
import { pageNumberParts } from './header.js';
import { compileParts, finishPackage, textOf, type Parts } from './package.js';
import { stylesOptions } from './styles.js';
import { mmToTwips } from './units.js';

export interface DocxOptions {
  /** Created and modified date in the file's properties and zip entries; default 2000-01-01T00:00:00Z. */
  modified?: Date;
  /**
   * Also write w:lang w:bidi="th-TH" on runs holding Thai, so Word proofs them as Thai on a
   * machine without Thai. Off by default: WPS Writer then misplaces ำ (sayam/thai-docx-skill ADR 0038).
   */
  thaiLanguage?: boolean;
}

export const DEFAULT_MODIFIED = new Date(Date.UTC(2000, 0, 1));

installDocxSpeedups();

export async function writeDocx(doc: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  let { parts, ctx } = await compileDocument(doc, options);
  // Runs written as XML (docx-speedups.ts) that docx did not write as expected: the document
  // again with docx's own runs, and so every later one.
  if (!ctx.run.wroteAsExpected(textOf(parts['word/document.xml']))) {
    writeRunsAsXml(false);
    ({ parts, ctx } = await compileDocument(doc, options));
  }
  return finishPackage(parts, { modified: options.modified ?? DEFAULT_MODIFIED, language: doc.meta.language, charts: ctx.charts });
}

/** The package's parts as docx writes them, and the context they were made in. */
async function compileDocument(doc: Document, options: DocxOptions): Promise<{ parts: Parts; ctx: DocxContext }> {
  const ctx = createContext(doc, options.thaiLanguage ?? false);
  // Blocks first: they register the numbering definitions the file needs.
  const children = blocksToDocx(doc.blocks, ctx);
  const { titlePage, headers, pageNumbers } = pageNumberParts(doc.pageNumbers, ctx);
  const { margins } = doc.page;
  const file = new File({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    revision: 1,
    compatibility: { version: 15 },
    styles: stylesOptions(ctx),
    numbering: { config: ctx.numbering },
    sections: [{
      properties: {
        titlePage: titlePage || undefined,
        page: {
          size: { width: mmToTwips(doc.page.widthMm), height: mmToTwips(doc.page.heightMm), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: mmToTwips(margins.topMm),
            bottom: mmToTwips(margins.bottomMm),
            left: mmToTwips(margins.leftMm),
            right: mmToTwips(margins.rightMm),
          },
          pageNumbers,
        },
      },
      headers,
      children,
    }],
  });
  return { parts: await compileParts(file), ctx };
}
