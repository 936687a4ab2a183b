// SVG chart → PNG at print resolution, drawn by resvg with the bundled fonts only.
import { Resvg } from '@resvg/resvg-js';
import type { ImageData } from '../../model/document.js';
import type { ChartSvg } from './bar-chart.js';
import { CHART_FONT_FAMILY, chartFontFiles } from './font-files.js';
import { encodePng } from './png.js';

/** Print quality: 300 pixels per inch at the printed width. */
export const CHART_DPI = 300;
const MM_PER_INCH = 25.4;

/** Pixels across a chart printed `widthMm` wide at `dpi`. */
export function chartWidthPx(widthMm: number, dpi = CHART_DPI): number {
  return Math.round((widthMm / MM_PER_INCH) * dpi);
}

export function chartToPng(chart: ChartSvg, dpi = CHART_DPI): ImageData {
  const resvg = new Resvg(chart.svg, {
    // No system fonts: the picture must not depend on what the machine has installed.
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'width', value: chartWidthPx(chart.widthMm, dpi) },
    background: '#ffffff',
    logLevel: 'off',
  });
  const rendered = resvg.render();
  const { width, height } = rendered;
  return { bytes: encodePng(rendered.pixels, width, height, dpi), format: 'png', widthPx: width, heightPx: height };
}
