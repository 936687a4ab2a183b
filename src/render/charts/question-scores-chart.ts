// Chart 1: the question scores of one indicator against the meeting's threshold.
import type { QuestionResult } from '../../derive/ita.js';
import type { Score } from '../../schema/scalars.js';
import type { Chart } from '../../model/document.js';
import { barChart, scoreAxis, scoreAxisFloor } from './bar-chart.js';

/** Printed size, mm: most of the 160 mm text width, low enough to sit beside its paragraph. */
export const QUESTION_CHART_MM = { width: 150, height: 65 };

export interface IndicatorScores {
  number: number;
  name: string;
  questions: readonly QuestionResult[];
}

export interface QuestionChartOptions {
  thaiDigits: boolean;
  /** The y axis starts here; one value for every indicator of a report makes them comparable. */
  yMin?: number;
  /**
   * Draw a title in the picture. A document leaves it out: the indicator's heading and the
   * figure's caption (แผนภูมิที่ n …) already say it, as text that takes the document's digits.
   */
  titled?: boolean;
}

/** Bars I7, I8 … with their scores, the threshold dashed across them; null when no question has a score. */
export function questionScoresChart(indicator: IndicatorScores, threshold: Score, options: QuestionChartOptions): Chart | null {
  const bars = indicator.questions.flatMap((q) => (q.score === null ? [] : [{ label: q.code, value: q.score.value, valueText: q.score.text }]));
  if (bars.length === 0) return null;
  // A shared floor never cuts a bar of this indicator.
  const floor = Math.min(options.yMin ?? 100, scoreAxisFloor(bars.map((b) => b.value), threshold.value));
  const name = indicator.name === '' ? '' : ` ${indicator.name}`;
  return barChart({
    widthMm: QUESTION_CHART_MM.width,
    heightMm: QUESTION_CHART_MM.height,
    title: options.titled === true ? `ตัวชี้วัดที่ ${indicator.number}${name}: คะแนนรายข้อคำถาม` : null,
    bars,
    reference: { value: threshold.value, label: `เกณฑ์ ${threshold.text}` },
    yAxis: { ...scoreAxis(floor), title: 'คะแนน' },
    xTitle: 'ข้อคำถาม',
    thaiDigits: options.thaiDigits,
  });
}
