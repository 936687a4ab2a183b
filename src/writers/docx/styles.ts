// styles.xml: the document font as the default, single spacing, and docx's built-in
// styles rewritten in that font (they default to blue Calibri headings).
import { LineRuleType, type IBaseParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { DocxContext } from './context.js';
import { fontRunOptions } from './run.js';
import { ptToHalfPoints } from './units.js';

/** Footnote and endnote text, points (docx's own is 10 pt in a 11 pt document). */
const NOTE_SIZE_PT = 14;

export function stylesOptions(ctx: DocxContext): IStylesOptions {
  const body = fontRunOptions(ctx);
  const note = fontRunOptions(ctx, NOTE_SIZE_PT);
  const heading = (outlineLevel: number): IBaseParagraphStyleOptions => ({
    run: { ...body, bold: true, color: '000000' },
    paragraph: { keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: body,
        // Single line spacing (240 of lineRule auto; LibreOffice needs the rule spelled out),
        // no space between paragraphs unless a block asks.
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      title: { run: { ...body, bold: true, size: ptToHalfPoints(ctx.font.sizePt + 4) } },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      heading4: heading(3),
      heading5: heading(4),
      heading6: heading(5),
      strong: { run: { ...body, bold: true } },
      caption: { run: body },
      hyperlink: { run: { ...body, color: '0563C1', underline: {} } },
      footnoteReference: { run: { ...body, superScript: true } },
      footnoteText: { run: note },
      footnoteTextChar: { run: note },
      endnoteReference: { run: { ...body, superScript: true } },
      endnoteText: { run: note },
      endnoteTextChar: { run: note },
    },
  };
}
