// A picture or a chart centred on its own line, its caption centred below; moved whole to the
// next page when it does not fit. A chart is drawn as vectors: sharp at any zoom, its text
// in the document's font and searchable.
import type { BarChartData, Drawing, Figure, Inline } from '../../model/document.js';
import type { PdfCanvas } from './canvas.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines } from './line-layout.js';
import { INSIDE } from './tags.js';
import { mmToPt } from './units.js';

/** A picture takes at most this share of the text area's height, so a caption and text fit. */
const MAX_HEIGHT_SHARE = 0.6;
/** Space above the picture and below the caption, points. */
const FIGURE_SPACE_PT = 6;

export function figureChunks(figure: Figure, ctx: BlockContext): Chunk[] {
  const aspect = figure.chart === undefined
    ? figure.image.heightPx / Math.max(1, figure.image.widthPx)
    : figure.chart.drawing.heightMm / figure.chart.drawing.widthMm;
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
  const captionText = plainText(figure.caption);
  const node = ctx.parent.child('Figure', { alt: figure.chart === undefined ? captionText || PICTURE_ALT : chartAlt(figure.chart.data, captionText) });
  const captionNode = ctx.parent.child('Caption');
  return [{
    height: height + caption.length * lineHeight,
    spaceBefore: FIGURE_SPACE_PT,
    spaceAfter: FIGURE_SPACE_PT,
    keepWithNext: false,
    draw: (top: number) => {
      const left = ctx.left + (ctx.width - width) / 2;
      ctx.canvas.mark({ node }, () => {
        if (figure.chart === undefined) ctx.canvas.image(figure.image, left, top, width, height);
        else drawDrawing(ctx.canvas, figure.chart.drawing, left, top, width);
      });
      caption.forEach((line, i) => ctx.canvas.drawLine(line, ctx.left, top + height + i * lineHeight, sizePt, group, { node: captionNode }));
    },
  }];
}

/** A picture's Alt when it has no caption: what it is, no more than the writer knows. */
const PICTURE_ALT = 'ภาพประกอบ';

function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : ' ')).join('').replace(/\u00A0/g, ' ').trim();
}

/**
 * A chart's Alt (PDF 1.7 §14.9.3): what it shows and every value, as a reader without the picture
 * needs it: "แผนภูมิแท่ง ภาพที่ ๒ …: ปีงบประมาณ ๒๕๖๕ คะแนน ๙๒.๔๓; … เส้นเกณฑ์ผ่าน ๘๕".
 */
export function chartAlt(data: BarChartData, caption: string): string {
  const name = [data.title, caption].filter((t): t is string => t !== null && t !== '').join(' ');
  const bars = data.bars.map((bar) => {
    const value = `${data.yAxis.title} ${bar.valueText}`.trim();
    return `${data.xTitle} ${bar.label} ${value}${bar.below ? ` (ต่ำกว่า${data.reference.label})` : ''}`.trim();
  });
  return `แผนภูมิแท่ง${name === '' ? '' : ` ${name}`}: ${bars.join('; ')}; เส้น${data.reference.label}`;
}

/** Draws `drawing` with its top-left corner at (`left`, `top`), `width` points wide; text scales with it. */
function drawDrawing(canvas: PdfCanvas, drawing: Drawing, left: number, top: number, width: number): void {
  const scale = width / mmToPt(drawing.widthMm);
  const x = (mm: number): number => left + mmToPt(mm) * scale;
  const y = (mm: number): number => top + mmToPt(mm) * scale;
  const length = (mm: number): number => mmToPt(mm) * scale;
  for (const item of drawing.items) {
    switch (item.kind) {
      case 'rect':
        canvas.shapeRect(x(item.x), y(item.y), length(item.width), length(item.height), item.fill,
          item.stroke === undefined ? undefined : { colour: item.stroke.colour, widthPt: length(item.stroke.widthMm) });
        break;
      case 'line':
        canvas.shapeLine(x(item.x1), y(item.y1), x(item.x2), y(item.y2), item.colour, length(item.widthMm),
          item.dashMm === undefined ? undefined : [length(item.dashMm[0]), length(item.dashMm[1])]);
        break;
      case 'text':
        canvas.label(item.text, item.bold, x(item.x), y(item.baseline), item.sizePt * scale, item.anchor, INSIDE,
          item.halo === undefined ? undefined : { colour: item.halo.colour, widthPt: length(item.halo.widthMm) });
        break;
    }
  }
}
