// Headings and paragraphs: laid-out lines, one chunk each, with Word's widow and orphan control.
import type { Heading, Paragraph } from '../../model/document.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines, type LaidLine } from './line-layout.js';
import type { Mark } from './tags.js';
import { mmToPt } from './units.js';

export interface LineChunkOptions {
  sizePt: number;
  /** Left edge the lines' x are measured from. */
  left: number;
  group: number;
  spaceBefore: number;
  spaceAfter: number;
  /** All lines on one page (headings). */
  keepTogether: boolean;
  /** The last line stays with the next block. */
  keepWithNext: boolean;
  /** Whose content the lines are; `labelMark`, whose the first line's list label is. */
  mark: Mark;
  labelMark?: Mark;
}

/**
 * One chunk per line. As Word's widow/orphan control does, the first line never stays alone at
 * the foot of a page and the last never goes alone to the next.
 */
export function lineChunks(lines: LaidLine[], ctx: BlockContext, o: LineChunkOptions): Chunk[] {
  const height = ctx.canvas.lineHeight(o.sizePt);
  const n = lines.length;
  return lines.map((line, i) => ({
    height,
    spaceBefore: i === 0 ? o.spaceBefore : 0,
    spaceAfter: i === n - 1 ? o.spaceAfter : 0,
    keepWithNext: i === n - 1 ? o.keepWithNext : o.keepTogether || i === 0 || i === n - 2,
    draw: (top: number) => {
      ctx.canvas.drawLine(line, o.left, top, o.sizePt, o.group, o.mark, o.labelMark);
    },
  }));
}

export function paragraphChunks(block: Heading | Paragraph, ctx: BlockContext): Chunk[] {
  const sizePt = block.sizePt ?? ctx.doc.font.sizePt;
  const indent = mmToPt(block.indentLeftMm);
  const lines = layoutLines(
    block.inlines,
    { firstStart: indent + mmToPt(block.firstLineMm), restStart: indent, right: ctx.width, align: block.align },
    measureAt(ctx, sizePt),
  );
  return lineChunks(lines, ctx, {
    sizePt,
    left: ctx.left,
    group: ctx.nextGroup(),
    spaceBefore: block.spaceBeforePt,
    spaceAfter: block.spaceAfterPt,
    keepTogether: block.type === 'heading',
    keepWithNext: block.keepWithNext,
    mark: { node: ctx.parent.child(block.type === 'heading' ? `H${block.level}` : 'P') },
  });
}
