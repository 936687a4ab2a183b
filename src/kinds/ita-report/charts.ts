// The charts of an ITA report, by the names its templates use: "totals" (the total against
// earlier years) and "indicator-N" (the question scores of indicator N), each only when
// there is something to draw.
import type { ItaResult } from '../../derive/ita.js';
import type { Chart } from '../../model/document.js';
import { scoreAxisFloor } from '../../render/charts/bar-chart.js';
import { questionScoresChart } from '../../render/charts/question-scores-chart.js';
import { totalsByYearChart } from '../../render/charts/totals-by-year-chart.js';

export function itaCharts(ita: ItaResult, options: { thaiDigits: boolean }): Map<string, Chart> {
  const charts = new Map<string, Chart>();
  // No bar for a total nobody announced or could compute: a bar at 0 would be a false figure.
  if (ita.total !== null && ita.totalText !== null) {
    const totals = totalsByYearChart({ ...ita, total: ita.total, totalText: ita.totalText }, { thaiDigits: options.thaiDigits, passMark: ita.passMark });
    if (totals !== null) charts.set('totals', totals);
  }
  const indicators = ita.parts.flatMap((part) => part.indicators);
  const scores = indicators.flatMap((i) => i.questions.flatMap((q) => (q.score === null ? [] : [q.score.value])));
  // One y axis for every indicator chart of the report, so bars compare across charts.
  const yMin = scores.length === 0 ? undefined : scoreAxisFloor(scores, ita.threshold.value);
  for (const indicator of indicators) {
    const name = `indicator-${indicator.number}`;
    if (charts.has(name)) continue;
    const chart = questionScoresChart({ ...indicator, name: indicator.name ?? '' }, ita.threshold, { thaiDigits: options.thaiDigits, ...(yMin === undefined ? {} : { yMin }) });
    if (chart !== null) charts.set(name, chart);
  }
  return charts;
}
