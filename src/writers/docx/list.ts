// List blocks: one numbered paragraph per item, then the item's own blocks (a nested
// list is a numbering instance of its own).
import { AlignmentType, Paragraph as DocxParagraph } from 'docx';
import type { Block, List } from '../../model/document.js';
import type { DocxBlock } from './block.js';
import type { DocxContext } from './context.js';
import { addListNumbering } from './numbering.js';
import { inlinesToRuns } from './run.js';

export function listToDocx(list: List, ctx: DocxContext, childrenToDocx: (blocks: Block[]) => DocxBlock[]): DocxBlock[] {
  const reference = addListNumbering(list, ctx);
  return list.items.flatMap((item) => [
    new DocxParagraph({
      numbering: { reference, level: 0 },
      alignment: AlignmentType.LEFT,
      children: inlinesToRuns(item.inlines, ctx),
    }),
    ...childrenToDocx(item.children),
  ]);
}
