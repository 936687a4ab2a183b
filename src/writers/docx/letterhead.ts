// Letterhead blocks, the head of a บันทึกข้อความ: one paragraph holding the emblem inline at the
// left margin, a centre tab at the middle of the text width, and the bold title. An inline
// picture stands on the baseline, so the title's baseline is level with the emblem's bottom by
// construction, in Word and LibreOffice alike, with no floating shapes or table cells to align.
// It sits at the top of the text area, as the model says: with a 25 mm top margin the emblem's
// top is 2.5 cm from the edge, not the regulation's "about 1.5 cm". Pulling it into the margin
// would take an anchored picture, which Word and LibreOffice place differently; a template that
// wants 1.5 cm sets its top margin.
import { ImageRun, LineRuleType, Paragraph as DocxParagraph, Tab, TabStopType, TextRun } from 'docx';
import type { ImageData, Letterhead } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { fontRunOptions, inlinesToRuns } from './run.js';
import { EMUS_PER_PIXEL, mmToEmus, mmToTwips, ptToTwips } from './units.js';
import { mmToPt } from '../../model/house-style.js';

/**
 * TH SarabunPSK's descent (Windows metrics), in ems: what Word adds below the baseline of a line.
 * With no emblem the line is made at least emblem + descent high, which puts the title's
 * baseline where the emblem's bottom would be (Word and LibreOffice put the extra above the text).
 */
const TITLE_DESCENT_EM = 0.457;
/** Points per millimetre. */

export function letterheadToDocx(block: Letterhead, ctx: DocxContext): DocxParagraph {
  const heightMm = block.imageHeightMm;
  const tab = new TextRun({ ...fontRunOptions(ctx, block.titleSizePt), children: [new Tab()] });
  const title = inlinesToRuns(block.title, ctx, { sizePt: block.titleSizePt, bold: true });
  const emblem = block.image === null ? [] : [emblemRun(block.image, block, ctx)];
  const minLineTwips = ptToTwips(mmToPt(heightMm) + block.titleSizePt * TITLE_DESCENT_EM);
  return new DocxParagraph({
    indent: { left: 0, firstLine: 0 },
    spacing: block.image === null
      ? { before: 0, after: 0, line: minLineTwips, lineRule: LineRuleType.AT_LEAST }
      : { before: 0, after: 0 },
    tabStops: [{ type: TabStopType.CENTER, position: mmToTwips(ctx.textWidthMm / 2) }],
    keepNext: true,
    keepLines: true,
    children: [...emblem, tab, ...title],
  });
}

/** The emblem imageHeightMm high, its width by the picture's aspect ratio. */
function emblemRun(image: ImageData, block: Letterhead, ctx: DocxContext): ImageRun {
  const heightEmu = mmToEmus(block.imageHeightMm);
  const widthEmu = mmToEmus((block.imageHeightMm * image.widthPx) / Math.max(1, image.heightPx));
  ctx.lastDrawingId += 1;
  const title = block.title.map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('');
  return new ImageRun({
    type: image.format === 'png' ? 'png' : 'jpg',
    data: image.bytes,
    // docx takes pixels at 96 per inch: exact EMU go in as fractions (see figure.ts).
    transformation: { width: widthEmu / EMUS_PER_PIXEL, height: heightEmu / EMUS_PER_PIXEL },
    altText: { id: String(ctx.lastDrawingId), name: `Picture ${ctx.lastDrawingId}`, description: `ตราครุฑ ${title}`.trim() },
  });
}
