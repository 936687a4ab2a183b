// The head of a บันทึกข้อความ: the emblem at the left edge of the text column, imageHeightMm high,
// and the bold title centred on the text width with its baseline level with the emblem's bottom.
// Laid out as the DOCX writer's paragraph is (an inline picture standing on the title's
// baseline): the line is max(emblem, title ascent) + title descent high, emblem or not, and it
// starts at the top of the text area, never pulled up into the margin (see docx/letterhead.ts).
import type { Inline, Letterhead } from '../../model/document.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines } from './line-layout.js';
import { LAYOUT } from './tags.js';
import { mmToPt } from './units.js';

const bolded = (inlines: Inline[]): Inline[] => inlines.map((i) => (i.type === 'text' ? { ...i, bold: true } : i));

export function letterheadChunks(block: Letterhead, ctx: BlockContext): Chunk[] {
  const sizePt = block.titleSizePt;
  const { canvas } = ctx;
  const emblemHeight = mmToPt(block.imageHeightMm);
  const { image } = block;
  const emblemWidth = image === null ? 0 : (emblemHeight * image.widthPx) / Math.max(1, image.heightPx);
  const lines = layoutLines(bolded(block.title), { firstStart: 0, restStart: 0, right: ctx.width, align: 'center' }, measureAt(ctx, sizePt));
  const ascent = canvas.ascent(sizePt);
  const lineHeight = canvas.lineHeight(sizePt);
  // From the chunk's top to the first baseline: the emblem's bottom.
  const baseline = Math.max(emblemHeight, ascent);
  const group = ctx.nextGroup();
  const node = ctx.parent.child('H1');
  return [{
    height: baseline + (lineHeight - ascent) + (lines.length - 1) * lineHeight,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: true,
    draw: (top: number) => {
      // The emblem heads the paper, as a letterhead's printed crest does: an artifact, not content.
      if (image !== null) canvas.mark(LAYOUT, () => canvas.image(image, ctx.left, top + baseline - emblemHeight, emblemWidth, emblemHeight));
      lines.forEach((line, i) => canvas.drawLine(line, ctx.left, top + baseline - ascent + i * lineHeight, sizePt, group, { node }));
    },
  }];
}
