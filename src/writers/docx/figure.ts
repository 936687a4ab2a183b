// Figure blocks: an inline picture or chart centred on its own line, the caption centred below it.
import { AlignmentType, ImageRun, ImportedXmlComponent, Paragraph as DocxParagraph, type ParagraphChild } from 'docx';
import type { Figure } from '../../model/document.js';
import { chartPartXml, chartRunXml } from './chart.js';
import type { DocxContext } from './context.js';
import { inlinesToRuns } from './run.js';
import { EMUS_PER_PIXEL, mmToEmus, ptToTwips } from './units.js';

/** A picture may take at most this share of the text height, leaving room for its caption. */
const MAX_HEIGHT_SHARE = 0.6;

/** The least a picture's side is drawn: 2 mm, a line of 16 pt text is ~7 mm. */
const MIN_SIDE_MM = 2;

export interface FigureSize {
  widthEmu: number;
  heightEmu: number;
}

/** widthMm, capped at the text width, height by aspect ratio, capped at 60% of the text height. */
export function figureSize(figure: Figure, ctx: DocxContext): FigureSize {
  const aspect = figure.chart === undefined
    ? figure.image.heightPx / figure.image.widthPx
    : figure.chart.drawing.heightMm / figure.chart.drawing.widthMm;
  let widthMm = Math.min(figure.widthMm, ctx.textWidthMm);
  const maxHeightMm = MAX_HEIGHT_SHARE * ctx.textHeightMm;
  if (widthMm * aspect > maxHeightMm) widthMm = maxHeightMm / aspect;
  // A panorama of 10000 × 1 px kept its aspect at a few hundredths of a millimetre high, which Word
  // draws as nothing (issue 13, 18): the short side is at least MIN_SIDE_MM, the picture then
  // stretched on that side rather than lost.
  const heightMm = Math.min(maxHeightMm, Math.max(MIN_SIDE_MM, widthMm * aspect));
  widthMm = Math.min(ctx.textWidthMm, Math.max(MIN_SIDE_MM, widthMm));
  return { widthEmu: Math.max(1, mmToEmus(widthMm)), heightEmu: Math.max(1, mmToEmus(heightMm)) };
}

export function figureToDocx(figure: Figure, ctx: DocxContext): DocxParagraph[] {
  const { widthEmu, heightEmu } = figureSize(figure, ctx);
  ctx.lastDrawingId += 1;
  const hasCaption = figure.caption.length > 0;
  const captionText = figure.caption.map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('');
  const picture = new DocxParagraph({
    alignment: AlignmentType.CENTER,
    indent: { left: 0, firstLine: 0 },
    spacing: { before: ptToTwips(6), after: hasCaption ? 0 : ptToTwips(6) },
    keepNext: hasCaption || undefined,
    children: [pictureRun(figure, ctx.lastDrawingId, captionText, { widthEmu, heightEmu }, ctx)],
  });
  if (!hasCaption) return [picture];
  const caption = new DocxParagraph({
    alignment: AlignmentType.CENTER,
    indent: { left: 0, firstLine: 0 },
    spacing: { before: 0, after: ptToTwips(6) },
    children: inlinesToRuns(figure.caption, ctx),
  });
  return [picture, caption];
}

function pictureRun(figure: Figure, drawingId: number, description: string, size: FigureSize, ctx: DocxContext): ParagraphChild {
  if (figure.chart !== undefined) {
    ctx.charts.push(chartPartXml(figure.chart.data, ctx.font.family));
    const xml = chartRunXml(`rIdChart${ctx.charts.length}`, drawingId, description, size.widthEmu, size.heightEmu);
    // Not docx's ChartRun, which embeds a workbook (chart.ts says why): the run goes in as XML,
    // the part and its relationship in finishPackage.
    return ImportedXmlComponent.fromXmlString(xml) as unknown as ParagraphChild;
  }
  return new ImageRun({
    type: figure.image.format === 'png' ? 'png' : 'jpg',
    data: figure.image.bytes,
    // docx takes pixels at 96 per inch and rounds pixels × 9525 to EMU, so exact EMU go in as fractions.
    transformation: { width: size.widthEmu / EMUS_PER_PIXEL, height: size.heightEmu / EMUS_PER_PIXEL },
    // An explicit id: docx's own counter is shared by every document made in the process.
    altText: { id: String(drawingId), name: `Picture ${drawingId}`, description },
  });
}
