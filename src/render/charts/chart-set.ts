// The charts a document may place, by name.
import type { Chart } from '../../model/document.js';

/** What the markup parser looks charts up in: a chart set, or a plain Map in tests. */
export interface ChartLookup {
  get(name: string): Chart | undefined;
}
