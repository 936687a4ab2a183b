// Block → docx body elements, by node kind.
import { PageBreak, Paragraph as DocxParagraph, type Table as DocxTable } from 'docx';
import type { Block } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { fieldLineToDocx } from './field-line.js';
import { figureToDocx } from './figure.js';
import { letterheadToDocx } from './letterhead.js';
import { listToDocx } from './list.js';
import { headingToDocx, paragraphToDocx } from './paragraph.js';
import { signatureToDocx } from './signature.js';
import { tableToDocx } from './table.js';

export type DocxBlock = DocxParagraph | DocxTable;

export function blocksToDocx(blocks: Block[], ctx: DocxContext): DocxBlock[] {
  return blocks.flatMap((block) => blockToDocx(block, ctx));
}

export function blockToDocx(block: Block, ctx: DocxContext): DocxBlock[] {
  switch (block.type) {
    case 'heading': return [headingToDocx(block, ctx)];
    case 'paragraph': return [paragraphToDocx(block, ctx)];
    case 'list': return listToDocx(block, ctx, (children) => blocksToDocx(children, ctx));
    case 'table': return [tableToDocx(block, ctx)];
    case 'figure': return figureToDocx(block, ctx);
    case 'signature': return signatureToDocx(block, ctx);
    case 'pageBreak': return [new DocxParagraph({ children: [new PageBreak()] })];
    case 'letterhead': return [letterheadToDocx(block, ctx)];
    case 'fieldLine': return [fieldLineToDocx(block, ctx)];
  }
}
