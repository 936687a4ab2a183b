// Chart data for the tests: indicator 2 and the totals of the 2/2566 example, and a made-up
// indicator with questions on both sides of the threshold.
import type { QuestionResult } from '../../../src/derive/ita.js';
import type { Score } from '../../../src/schema/scalars.js';
import type { IndicatorScores, YearTotals } from '../../../src/render/charts/index.js';

export const score = (text: string): Score => ({ text, value: Number(text) });

function questions(scores: Record<string, string>, threshold = 95): QuestionResult[] {
  return Object.entries(scores).map(([code, text]) => ({ code, score: score(text), below: Number(text) < threshold }));
}

export const THRESHOLD = score('95');

/** ตัวชี้วัดที่ 2 การใช้งบประมาณ of the 2/2566 example. */
export const INDICATOR_2: IndicatorScores = {
  number: 2,
  name: 'การใช้งบประมาณ',
  questions: questions({ I7: '84.03', I8: '78.88', I9: '91.40', I10: '93.62' }),
};

/** Both sides of the threshold, a score exactly on it, and one written 100.00. */
export const MIXED: IndicatorScores = {
  number: 1,
  name: 'การปฏิบัติหน้าที่',
  questions: questions({ I1: '96.50', I2: '100.00', I3: '93.10', I4: '95' }),
};

export const UNSCORED: IndicatorScores = {
  number: 6,
  name: 'คุณภาพการดำเนินงาน',
  questions: ['E1', 'E2', 'E3', 'E5'].map((code) => ({ code, score: null, below: false })),
};

/** The 2/2566 example: 92.43 in 2566 against 96.91 in 2565. */
export const TOTALS: YearTotals = {
  fiscalYear: 2566,
  total: 92.43,
  totalText: '92.43',
  previous: [{ year: 2565, total: score('96.91') }],
};

export const PASS_MARK = score('85');

/** The rectangles of the bars, in order: position, size and fill, mm. */
export function barsOf(svg: string): Array<{ x: number; y: number; width: number; height: number; fill: string }> {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-f]{6})"/g)].map((m) => ({
    x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]), fill: m[5] as string,
  }));
}

/** The y of each gridline by the value written beside it. */
export function gridlinesOf(svg: string): Map<string, number> {
  const lines = [...svg.matchAll(/<line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="[\d.]+" stroke="#bfbfbf"[^>]*\/>\n<text[^>]*>([^<]+)<\/text>/g)];
  return new Map(lines.map((m) => [m[2] as string, Number(m[1])]));
}

/** The dashed reference line: where it starts and its y, mm. */
export function referenceLineOf(svg: string): { x1: number; y: number } {
  const m = /<line x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="[\d.]+"[^>]*stroke-dasharray/.exec(svg);
  if (m === null) throw new Error('no reference line');
  return { x1: Number(m[1]), y: Number(m[2]) };
}

/** Every text drawn, in order. */
export function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
}
