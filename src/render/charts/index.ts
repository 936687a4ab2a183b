// Charts: figures of a meeting's data drawn as SVG in code, rasterised to PNG at print resolution.
export { barChart, scoreAxis, scoreAxisFloor, type Bar, type BarChartSpec, type ChartSvg } from './bar-chart.js';
export { questionScoresChart, QUESTION_CHART_MM, type IndicatorScores } from './question-scores-chart.js';
export { totalsByYearChart, TOTALS_CHART_MM, type YearTotals } from './totals-by-year-chart.js';
export { chartToPng, chartWidthPx, prepareCharts, CHART_DPI } from './rasterize.js';
export { ChartSet, type ChartImage, type ChartLookup } from './chart-set.js';
export { itaCharts, itaChartSvgs, PASS_MARK } from './ita-charts.js';
