// What every block needs to become chunks: the canvas to measure and draw on, the document,
// and the text column in points.
import type { Document } from '../../model/document.js';
import type { PdfCanvas } from './canvas.js';
import type { Measure } from './line-layout.js';
import type { StructNode } from './tags.js';

export interface BlockContext {
  canvas: PdfCanvas;
  doc: Document;
  /** Left edge of the text column, from the left edge of the page. */
  left: number;
  width: number;
  /** Height of the text area: what a page can hold. */
  height: number;
  /** A fresh id for the lines of one paragraph, cell, caption or signature line. */
  nextGroup(): number;
  /** The structure element the blocks' elements go into (the document, a list item's body). */
  parent: StructNode;
}

export function measureAt(ctx: BlockContext, sizePt: number): Measure {
  return ctx.canvas.measurer(sizePt);
}
