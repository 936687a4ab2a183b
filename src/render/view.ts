// What a template renders from: its context, the pictures its markup may place, and its charts.
import type { ImageData } from '../model/document.js';
import type { ChartLookup } from './charts/chart-set.js';

export interface View {
  context: { title: string; author: string; subject: string };
  images: ImageData[];
  /** Charts by name, drawn with the document's digits. */
  charts?: (options: { thaiDigits: boolean }) => ChartLookup;
}
