// Paragraph and Heading blocks, and the layout (alignment, indents, spacing) they share.
import { AlignmentType, HeadingLevel, Paragraph as DocxParagraph, type IParagraphOptions } from 'docx';
import type { Align, Heading, Paragraph, ParagraphLayout } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { inlinesToRuns } from './run.js';
import { mmToTwips, ptToTwips } from './units.js';

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
  thaiDistribute: AlignmentType.THAI_DISTRIBUTE,
} as const;

export function alignmentOf(align: Align): (typeof ALIGNMENT)[Align] {
  return ALIGNMENT[align];
}

/** w:ind in twips: a negative first line is a hanging indent. */
export function indentOf(indentLeftMm: number, firstLineMm: number): IParagraphOptions['indent'] {
  const left = mmToTwips(indentLeftMm);
  if (firstLineMm < 0) return { left, hanging: mmToTwips(-firstLineMm) };
  return { left, firstLine: mmToTwips(firstLineMm) };
}

/** Paragraph properties from the model's layout; line spacing stays single (docDefaults). */
export function layoutOptions(layout: ParagraphLayout): IParagraphOptions {
  return {
    alignment: alignmentOf(layout.align),
    indent: indentOf(layout.indentLeftMm, layout.firstLineMm),
    spacing: { before: ptToTwips(layout.spaceBeforePt), after: ptToTwips(layout.spaceAfterPt) },
    keepNext: layout.keepWithNext || undefined,
  };
}

/**
 * No joiners in a justified paragraph: LibreOffice 7.4 spreads a `both` line at every U+FEFF
 * (keep-whole.ts). A thaiDistribute paragraph keeps them: LibreOffice lays it out as left, where
 * they hold as in any left paragraph (measured: test/writers/docx/line-ends-libreoffice.test.ts,
 * the same line ends as left; without them it parted 18 listed words, a name and two amounts).
 */
const stretched = (block: Paragraph | Heading) => block.align === 'justify';

export function paragraphToDocx(block: Paragraph, ctx: DocxContext): DocxParagraph {
  return new DocxParagraph({
    ...layoutOptions(block),
    children: inlinesToRuns(block.inlines, ctx, { sizePt: block.sizePt, joiners: !stretched(block) }),
  });
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading uses Word's Heading1..3 style (navigation pane, outline) and the model's own layout. */
export function headingToDocx(block: Heading, ctx: DocxContext): DocxParagraph {
  return new DocxParagraph({
    ...layoutOptions(block),
    heading: HEADING[block.level],
    children: inlinesToRuns(block.inlines, ctx, { sizePt: block.sizePt, joiners: !stretched(block) }),
  });
}
