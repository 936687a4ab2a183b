// Chart 2: the fiscal year's total against the totals of earlier years, and the pass mark.
import type { Score } from '../../schema/scalars.js';
import type { Chart } from '../../model/document.js';
import { barChart, scoreAxis, scoreAxisFloor } from './bar-chart.js';

/** Printed size, mm: a few bars need less width than a page of them. */
export const TOTALS_CHART_MM = { width: 120, height: 60 };

export interface YearTotals {
  fiscalYear: number;
  total: number;
  totalText: string;
  /** Earlier years' totals; years from the fiscal year on are left out. */
  previous: ReadonlyArray<{ year: number; total: Score }>;
}

export interface TotalsChartOptions {
  thaiDigits: boolean;
  passMark: Score;
  /** Draw a title in the picture; a document's caption says it instead. */
  titled?: boolean;
}

/** One bar per year, oldest first, the fiscal year last; null when no earlier year is given. */
export function totalsByYearChart(totals: YearTotals, options: TotalsChartOptions): Chart | null {
  const earlier = totals.previous.filter((p) => p.year < totals.fiscalYear).sort((a, b) => a.year - b.year);
  if (earlier.length === 0) return null;
  const bars = [
    ...earlier.map((p) => ({ label: String(p.year), value: p.total.value, valueText: p.total.text })),
    { label: String(totals.fiscalYear), value: totals.total, valueText: totals.totalText },
  ];
  return barChart({
    widthMm: TOTALS_CHART_MM.width,
    heightMm: TOTALS_CHART_MM.height,
    title: options.titled === true ? 'คะแนนรวม ITA เทียบกับปีก่อน' : null,
    bars,
    reference: { value: options.passMark.value, label: `เกณฑ์ผ่าน ${options.passMark.text}` },
    yAxis: { ...scoreAxis(scoreAxisFloor(bars.map((b) => b.value), options.passMark.value)), title: 'คะแนน' },
    xTitle: 'ปีงบประมาณ',
    thaiDigits: options.thaiDigits,
  });
}
