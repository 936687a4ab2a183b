// The charts a document may place, by name, drawn to PNG the first time the markup asks.
import type { ImageData } from '../../model/document.js';
import type { ChartSvg } from './bar-chart.js';
import { chartToPng } from './rasterize.js';

/** A drawn chart and the width it was drawn for, at which its text has the document's size. */
export interface ChartImage {
  image: ImageData;
  widthMm: number;
}

/** What the markup parser looks charts up in: a ChartSet, or a plain Map in tests. */
export interface ChartLookup {
  get(name: string): ChartImage | undefined;
}

export class ChartSet implements ChartLookup {
  private readonly drawn = new Map<string, ChartImage>();

  constructor(private readonly charts: ReadonlyMap<string, ChartSvg>) {}

  names(): string[] {
    return [...this.charts.keys()];
  }

  /** Rasterising costs tens of milliseconds, so only charts a template places are drawn. */
  get(name: string): ChartImage | undefined {
    const done = this.drawn.get(name);
    if (done !== undefined) return done;
    const chart = this.charts.get(name);
    if (chart === undefined) return undefined;
    const image = { image: chartToPng(chart), widthMm: chart.widthMm };
    this.drawn.set(name, image);
    return image;
  }
}
