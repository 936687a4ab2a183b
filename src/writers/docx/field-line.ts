// FieldLine blocks, the label lines of a บันทึกข้อความ ("ส่วนราชการ ....", "ที่ .... วันที่ ...."):
// one paragraph; each field is its bold label, a space, the value, then a tab whose dot leader
// runs to a tab stop at the end of the field's share of the text width. A field followed by
// another ends at a left tab (the next label starts there); the last ends at a right tab.
import { LeaderType, Paragraph as DocxParagraph, Tab, TabStopType, TextRun, type TabStopDefinition } from 'docx';
import type { FieldLine, Inline } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { fontRunOptions, inlinesToRuns } from './run.js';
import { mmToTwips, ptToTwips } from './units.js';

export function fieldLineToDocx(block: FieldLine, ctx: DocxContext): DocxParagraph {
  const tabStops: TabStopDefinition[] = [];
  let endFraction = 0;
  const children = block.fields.flatMap((field, index) => {
    endFraction += field.fraction;
    const last = index === block.fields.length - 1;
    tabStops.push({
      type: last ? TabStopType.RIGHT : TabStopType.LEFT,
      position: mmToTwips(Math.min(endFraction, 1) * ctx.textWidthMm),
      leader: LeaderType.DOT,
    });
    const label: Inline[] = field.label === '' ? [] : [{ type: 'text', text: `${field.label} `, bold: true, italic: false, underline: false }];
    return [
      ...inlinesToRuns(label, ctx, { sizePt: block.labelSizePt, bold: true }),
      ...inlinesToRuns(field.value, ctx),
      // The leader's dots are drawn in the tab's run: body size, like the value they follow.
      new TextRun({ ...fontRunOptions(ctx), children: [new Tab()] }),
    ];
  });
  return new DocxParagraph({
    indent: { left: 0, firstLine: 0 },
    spacing: { before: ptToTwips(block.spaceBeforePt), after: 0 },
    tabStops,
    keepLines: true,
    children,
  });
}
