// The signature block: lines centred in a column that starts at offsetFraction of the text
// width, kept together on one page.
import type { Signature } from '../../model/document.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines } from './line-layout.js';

export function signatureChunks(signature: Signature, ctx: BlockContext): Chunk[] {
  const sizePt = ctx.doc.font.sizePt;
  const lineHeight = ctx.canvas.lineHeight(sizePt);
  const columnLeft = ctx.width * signature.offsetFraction;
  const measure = measureAt(ctx, sizePt);
  const lines = signature.lines.map((inlines) => ({
    group: ctx.nextGroup(),
    node: ctx.parent.child('P'),
    laid: layoutLines(inlines, { firstStart: columnLeft, restStart: columnLeft, right: ctx.width, align: 'center' }, measure),
  }));
  const count = lines.reduce((n, l) => n + l.laid.length, 0);
  return [{
    height: count * lineHeight,
    spaceBefore: signature.spaceBeforePt,
    spaceAfter: 0,
    keepWithNext: false,
    draw: (top: number) => {
      let y = top;
      for (const { group, node, laid } of lines) {
        for (const line of laid) {
          ctx.canvas.drawLine(line, ctx.left, y, sizePt, group, { node });
          y += lineHeight;
        }
      }
    },
  }];
}
