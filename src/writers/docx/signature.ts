// Signature blocks: lines centred in a column that starts offsetFraction across the text width.
import { AlignmentType, Paragraph as DocxParagraph } from 'docx';
import type { Signature } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { inlinesToRuns } from './run.js';
import { mmToTwips, ptToTwips } from './units.js';

export function signatureToDocx(signature: Signature, ctx: DocxContext): DocxParagraph[] {
  const left = mmToTwips(signature.offsetFraction * ctx.textWidthMm);
  const last = signature.lines.length - 1;
  return signature.lines.map((line, index) => new DocxParagraph({
    alignment: AlignmentType.CENTER,
    indent: { left, firstLine: 0 },
    spacing: { before: index === 0 ? ptToTwips(signature.spaceBeforePt) : 0, after: 0 },
    // The block stays on one page.
    keepNext: index < last || undefined,
    keepLines: true,
    children: inlinesToRuns(line, ctx),
  }));
}
