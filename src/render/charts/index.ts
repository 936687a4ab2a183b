// Charts: figures of a meeting's data, as data and as vector drawings (see model/document.ts Chart).
export { barChart, scoreAxis, scoreAxisFloor, type Bar, type BarChartSpec } from './bar-chart.js';
export { questionScoresChart, QUESTION_CHART_MM, type IndicatorScores } from './question-scores-chart.js';
export { totalsByYearChart, TOTALS_CHART_MM, type YearTotals } from './totals-by-year-chart.js';
export { drawingSvg } from './svg.js';
export type { ChartLookup } from './chart-set.js';
