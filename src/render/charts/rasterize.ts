// SVG chart → PNG at print resolution, drawn by resvg with the bundled fonts only.
// The WebAssembly build of resvg: the native one (@resvg/resvg-js) never returns the pixel
// buffer of a render (about 5.5 MB per chart, measured), which took a 500-meeting batch to 3 GB;
// the WebAssembly build frees it and its memory stays flat, at about twice the time per chart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { ImageData } from '../../model/document.js';
import type { ChartSvg } from './bar-chart.js';
import { CHART_FONT_FAMILY, chartFontFiles } from './font-files.js';
import { encodePng } from './png.js';

/** Print quality: 300 pixels per inch at the printed width. */
export const CHART_DPI = 300;
const MM_PER_INCH = 25.4;

let ready: Promise<void> | null = null;
let fontBuffers: Uint8Array[] | null = null;

/** Loads the WebAssembly renderer once per process; call before building a document with charts. */
export function prepareCharts(): Promise<void> {
  if (ready === null) {
    // V8 would spend ~0.4 s optimising resvg's large functions on the first chart of every process;
    // its baseline compiler alone draws a chart in ~50 ms (measured), so a one-meeting command wins.
    // Only WebAssembly compiled after this line is affected.
    setFlagsFromString('--liftoff-only');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    ready = initWasm(wasm);
  }
  return ready;
}

/** Pixels across a chart printed `widthMm` wide at `dpi`. */
export function chartWidthPx(widthMm: number, dpi = CHART_DPI): number {
  return Math.round((widthMm / MM_PER_INCH) * dpi);
}

export function chartToPng(chart: ChartSvg, dpi = CHART_DPI): ImageData {
  fontBuffers ??= chartFontFiles().map((file) => new Uint8Array(readFileSync(file)));
  const resvg = new Resvg(chart.svg, {
    // No system fonts: the picture must not depend on what the machine has installed.
    font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'width', value: chartWidthPx(chart.widthMm, dpi) },
    background: '#ffffff',
  });
  try {
    const rendered = resvg.render();
    try {
      const { width, height } = rendered;
      return { bytes: encodePng(Buffer.from(rendered.pixels), width, height, dpi), format: 'png', widthPx: width, heightPx: height };
    } finally {
      rendered.free();
    }
  } finally {
    resvg.free();
  }
}
