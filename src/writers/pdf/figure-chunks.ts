// A picture centred on its own line, its caption centred below; moved whole to the next page
// when it does not fit.
import type { Figure } from '../../model/document.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines } from './line-layout.js';
import { mmToPt } from './units.js';

/** A picture takes at most this share of the text area's height, so a caption and text fit. */
const MAX_HEIGHT_SHARE = 0.6;
/** Space above the picture and below the caption, points. */
const FIGURE_SPACE_PT = 6;

export function figureChunks(figure: Figure, ctx: BlockContext): Chunk[] {
  const { image } = figure;
  const aspect = image.heightPx / Math.max(1, image.widthPx);
  let width = Math.min(mmToPt(figure.widthMm), ctx.width);
  let height = width * aspect;
  const maxHeight = ctx.height * MAX_HEIGHT_SHARE;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / aspect;
  }
  const sizePt = ctx.doc.font.sizePt;
  const lineHeight = ctx.canvas.lineHeight(sizePt);
  const caption = figure.caption.length === 0
    ? []
    : layoutLines(figure.caption, { firstStart: 0, restStart: 0, right: ctx.width, align: 'center' }, measureAt(ctx, sizePt));
  const group = ctx.nextGroup();
  return [{
    height: height + caption.length * lineHeight,
    spaceBefore: FIGURE_SPACE_PT,
    spaceAfter: FIGURE_SPACE_PT,
    keepWithNext: false,
    draw: (top: number) => {
      ctx.canvas.image(image, ctx.left + (ctx.width - width) / 2, top, width, height);
      caption.forEach((line, i) => ctx.canvas.drawLine(line, ctx.left, top + height + i * lineHeight, sizePt, group));
    },
  }];
}
