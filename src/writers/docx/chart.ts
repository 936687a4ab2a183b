// A bar chart as a Word chart, made by docx's ChartRun (docx/charts): a chart part drawn by Word
// itself, sharp in print, with its data in an embedded workbook, so a clerk can restyle it and
// change its numbers with "Edit Data". The look follows the PDF's drawing
// (src/render/charts/bar-chart.ts): greys that print the same in black and white, the bars
// under the reference dark, each value as written, the reference dashed and named at the right.
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import type { BarChartData } from '../../model/document.js';

const INK = '000000';
const BELOW_FILL = '595959';
const AT_OR_ABOVE_FILL = 'D9D9D9';
/** The reference line's width, points: the drawing's 0.4 mm. */
const REFERENCE_PT = 1.15;
/** A bar takes 60% of its slot: the gap is 40/60 of a bar. */
const GAP_WIDTH_PERCENT = 67;
/**
 * Excel's number format prefix for Thai digits in the Thai locale ([$-D00041E]: number system
 * D0, Thai digits; locale 041E, Thai), which Word and LibreOffice both honour for the chart's
 * own numbers: the axis values and the values on the bars. ([$-D000000], without the locale,
 * LibreOffice shows in Arabic digits.)
 */
const THAI_DIGITS_FORMAT = '[$-D00041E]';

function numberFormat(decimals: number, thaiDigits: boolean): string {
  return `${thaiDigits ? THAI_DIGITS_FORMAT : ''}${decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`}`;
}

export interface ChartPlacement {
  widthPx: number;
  heightPx: number;
  /** The drawing's id (wp:docPr), unique in the document. */
  id: number;
  /** For screen readers: the caption. */
  description: string;
}

/** The options of the Word chart for `data`, its text in `font`. */
export function chartRunOptions(data: BarChartData, font: string, placement: ChartPlacement): ChartRunOptions {
  const { sizes, thaiDigits } = data;
  const text = (size: number, bold = false) => ({ name: font, size, bold, color: INK });
  return {
    type: 'column',
    ...(data.title === null ? {} : { title: { text: data.title, font: text(sizes.titlePt, true) } }),
    categories: data.bars.map((bar) => bar.label),
    series: [
      {
        name: data.yAxis.title,
        values: data.bars.map((bar) => bar.value),
        color: AT_OR_ABOVE_FILL,
        colors: data.bars.map((bar) => (bar.below ? BELOW_FILL : AT_OR_ABOVE_FILL)),
        dataLabels: { value: true, position: 'outsideEnd', numberFormat: numberFormat(2, thaiDigits), font: text(sizes.labelPt) },
        // Each value keeps the decimals it was written with (100 beside 96.50).
        pointLabels: data.bars.map((bar) => ({ value: true, numberFormat: numberFormat(bar.decimals, thaiDigits) })),
      },
      {
        // The reference: a dashed line at its value, from the first bar to the last, named in the
        // legend at the right, where the drawing labels it. Over a single bar a line has one
        // point and is not drawn: a dash marker as wide as the bar stands for it.
        name: data.reference.label,
        values: data.bars.map(() => data.reference.value),
        type: 'line',
        color: INK,
        line: { color: INK, width: REFERENCE_PT, dash: 'dash' },
        markers: data.bars.length === 1 ? { shape: 'dash', size: 40 } : false,
        dataLabels: false,
      },
    ],
    gapWidth: GAP_WIDTH_PERCENT,
    categoryAxis: { title: { text: data.xTitle, font: text(sizes.labelPt) }, font: text(sizes.labelPt), gridlines: false },
    valueAxis: {
      title: { text: data.yAxis.title, font: text(sizes.labelPt) },
      minimum: data.yAxis.min,
      maximum: data.yAxis.max,
      interval: data.yAxis.step,
      numberFormat: numberFormat(0, thaiDigits),
      font: text(sizes.tickPt),
      gridlines: true,
    },
    legend: { position: 'right', font: text(sizes.labelPt), hiddenEntries: [data.yAxis.title] },
    font: { name: font, color: INK },
    chartArea: { fill: 'FFFFFF', border: 'none' },
    plotArea: { fill: 'none', border: 'none' },
    transformation: { width: placement.widthPx, height: placement.heightPx },
    altText: { id: String(placement.id), name: `Chart ${placement.id}`, description: placement.description },
  };
}

export function chartRun(data: BarChartData, font: string, placement: ChartPlacement): ChartRun {
  return new ChartRun(chartRunOptions(data, font, placement));
}
