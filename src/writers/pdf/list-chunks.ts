// Numbered and bulleted lists. Thai official layout: the label sits at the first-line indent,
// the text follows it, and later lines wrap back to the left indent (no hanging indent) unless
// hangingMm > 0, which aligns every line of the text at label + hanging.
import type { Block, List } from '../../model/document.js';
import { listLabel } from '../../thai/list-label.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines, type LaidLine, type TextStyle } from './line-layout.js';
import { lineChunks } from './paragraph-chunks.js';
import { mmToPt } from './units.js';

const PLAIN: TextStyle = { bold: false, italic: false, underline: false };

/**
 * The label joins the first line, in the same ActualText span, so that text extraction reads
 * "๑. ข้อความ" in one piece; a space separates them there, as a reader would copy it.
 */
function withLabel(lines: LaidLine[], label: string, labelX: number, labelWidth: number): LaidLine[] {
  const [first, ...rest] = lines;
  if (first === undefined) return lines;
  const fragment = { text: label, style: PLAIN, x: labelX - first.x, width: labelWidth };
  return [{ ...first, fragments: [fragment, ...first.fragments], prefix: `${label} ` }, ...rest];
}

export function listChunks(
  list: List,
  ctx: BlockContext,
  blocksToChunks: (blocks: Block[], ctx: BlockContext) => Chunk[],
): Chunk[] {
  const sizePt = ctx.doc.font.sizePt;
  const measure = measureAt(ctx, sizePt);
  const indent = mmToPt(list.indentLeftMm);
  const labelX = indent + mmToPt(list.firstLineMm);
  const gap = measure(' ', PLAIN);
  const listNode = ctx.parent.child('L');
  return list.items.flatMap((item, k) => {
    const itemNode = listNode.child('LI');
    const labelNode = itemNode.child('Lbl');
    const body = itemNode.child('LBody');
    const label = listLabel(list.format, list.start + k, ctx.doc.thaiDigits);
    const labelWidth = measure(label, PLAIN);
    const afterLabel = labelX + labelWidth + gap;
    const hanging = mmToPt(list.hangingMm);
    const textX = hanging > 0 ? Math.max(labelX + hanging, afterLabel) : afterLabel;
    const lines = layoutLines(
      item.inlines,
      { firstStart: textX, restStart: hanging > 0 ? textX : indent, right: ctx.width, align: 'left' },
      measure,
    );
    const own = lineChunks(withLabel(lines, label, labelX, labelWidth), ctx, {
      sizePt,
      left: ctx.left,
      group: ctx.nextGroup(),
      spaceBefore: 0,
      spaceAfter: 0,
      keepTogether: false,
      keepWithNext: false,
      mark: { node: body },
      labelMark: { node: labelNode },
    });
    return [...own, ...blocksToChunks(item.children, { ...ctx, parent: body })];
  });
}
