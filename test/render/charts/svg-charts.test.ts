// The two ITA charts: their drawings as SVG text, golden files a reviewer opens
// (UPDATE_GOLDEN=1 rewrites them), bar geometry checked against the scores, the chart data the
// Word writer uses, the digit switch, and when there is no chart.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/model/document.js';
import { drawingSvg, questionScoresChart as chartOf, totalsByYearChart as totalsChartOf } from '../../../src/render/charts/index.js';
import { UPDATE } from '../../support/run-cli.js';
import { barsOf, gridlinesOf, INDICATOR_2, MIXED, PASS_MARK, referenceLineOf, score, textsOf, THRESHOLD, TOTALS, UNSCORED } from './fixtures.js';

/** A chart with its drawing as SVG text, which the checks below read. */
type Drawn = Chart & { svg: string };
const drawn = (chart: Chart | null): Drawn | null => (chart === null ? null : { ...chart, svg: drawingSvg(chart.drawing) });
const questionScoresChart = (...args: Parameters<typeof chartOf>): Drawn | null => drawn(chartOf(...args));
const totalsByYearChart = (...args: Parameters<typeof totalsChartOf>): Drawn | null => drawn(totalsChartOf(...args));

function golden(name: string, chart: Drawn | null): void {
  const file = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
  if (chart === null) throw new Error(`no chart for ${name}`);
  if (UPDATE) writeFileSync(file, chart.svg);
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(chart.svg).toBe(readFileSync(file, 'utf8'));
}

const arabic = { thaiDigits: false };
const thai = { thaiDigits: true };

describe('questionScoresChart', () => {
  it('gives the golden SVG for indicator 2 of the example', () => {
    golden('question-scores-indicator-2.svg', questionScoresChart(INDICATOR_2, THRESHOLD, arabic));
  });

  it('gives the golden SVG for scores on both sides of the threshold, with a title', () => {
    golden('question-scores-mixed-titled.svg', questionScoresChart(MIXED, THRESHOLD, { ...arabic, titled: true }));
  });

  it('draws each bar from the floor of the axis up to its score', () => {
    const svg = questionScoresChart(INDICATOR_2, THRESHOLD, arabic)?.svg ?? '';
    const grid = gridlinesOf(svg);
    const floor = grid.get('70');
    const top = grid.get('100');
    if (floor === undefined || top === undefined) throw new Error('no 70 or 100 gridline');
    const mmPerPoint = (floor - top) / 30;
    const bars = barsOf(svg);
    expect(bars.map((b) => b.height / mmPerPoint)).toEqual([84.03 - 70, 78.88 - 70, 91.4 - 70, 93.62 - 70].map((h) => expect.closeTo(h, 1)));
    for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(floor, 1);
    // Left to right in the order written, the same width, evenly spaced.
    const xs = bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(bars.map((b) => b.width)).size).toBe(1);
    expect((xs[3] as number) - (xs[2] as number)).toBeCloseTo((xs[1] as number) - (xs[0] as number), 1);
  });

  it('draws the threshold line at 95 and labels it', () => {
    const svg = questionScoresChart(INDICATOR_2, THRESHOLD, arabic)?.svg ?? '';
    expect(referenceLineOf(svg).y).toBeCloseTo(gridlinesOf(svg).get('95') ?? NaN, 2);
    expect(textsOf(svg)).toContain('เกณฑ์ 95');
  });

  it('fills bars below the threshold dark and those at or above it light', () => {
    const fills = barsOf(questionScoresChart(MIXED, THRESHOLD, arabic)?.svg ?? '').map((b) => b.fill);
    // 96.50, 100.00, 93.10, 95
    expect(fills).toEqual(['#d9d9d9', '#d9d9d9', '#595959', '#d9d9d9']);
  });

  it('writes each score as written, 100.00 and 95 included', () => {
    const texts = textsOf(questionScoresChart(MIXED, THRESHOLD, arabic)?.svg ?? '');
    for (const value of ['96.50', '100.00', '93.10', '95']) expect(texts).toContain(value);
  });

  it('starts the y axis at a shared floor when given one, never above its lowest bar', () => {
    expect(gridlinesOf(questionScoresChart(MIXED, THRESHOLD, arabic)?.svg ?? '').has('80')).toBe(true);
    expect([...gridlinesOf(questionScoresChart(MIXED, THRESHOLD, { ...arabic, yMin: 70 })?.svg ?? '').keys()][0]).toBe('70');
    expect([...gridlinesOf(questionScoresChart(INDICATOR_2, THRESHOLD, { ...arabic, yMin: 90 })?.svg ?? '').keys()][0]).toBe('70');
  });

  it('writes every number in Thai digits when the document does', () => {
    const texts = textsOf(questionScoresChart(INDICATOR_2, THRESHOLD, thai)?.svg ?? '');
    expect(texts.filter((t) => /[0-9]/.test(t))).toEqual([]);
    for (const text of ['๘๔.๐๓', '๗๘.๘๘', 'I๗', 'I๑๐', 'เกณฑ์ ๙๕', '๑๐๐', '๗๐']) expect(texts).toContain(text);
  });

  it('keeps Arabic digits when the document does', () => {
    const texts = textsOf(questionScoresChart(INDICATOR_2, THRESHOLD, arabic)?.svg ?? '');
    expect(texts.filter((t) => /[๐-๙]/.test(t))).toEqual([]);
    expect(texts).toContain('84.03');
  });

  it('gives no chart for an indicator without question scores', () => {
    expect(questionScoresChart(UNSCORED, THRESHOLD, arabic)).toBeNull();
    expect(questionScoresChart({ ...UNSCORED, questions: [] }, THRESHOLD, arabic)).toBeNull();
  });

  it('keeps the title out of the picture unless asked', () => {
    expect(questionScoresChart(INDICATOR_2, THRESHOLD, arabic)?.svg).not.toContain('ตัวชี้วัดที่');
    expect(questionScoresChart(INDICATOR_2, THRESHOLD, { ...arabic, titled: true })?.svg).toContain('font-weight="bold"');
  });
});

describe('totalsByYearChart', () => {
  it('gives the golden SVG for the example, in Thai digits', () => {
    golden('totals-by-year.svg', totalsByYearChart(TOTALS, { ...thai, passMark: PASS_MARK }));
  });

  it('puts the earlier years first and the fiscal year last, each bar at its total', () => {
    const svg = totalsByYearChart(
      { ...TOTALS, previous: [{ year: 2565, total: score('96.91') }, { year: 2564, total: score('88.40') }] },
      { ...arabic, passMark: PASS_MARK },
    )?.svg ?? '';
    const texts = textsOf(svg);
    expect(texts.filter((t) => /^25\d\d$/.test(t))).toEqual(['2564', '2565', '2566']);
    const grid = gridlinesOf(svg);
    const floor = grid.get('80') ?? NaN;
    const mmPerPoint = (floor - (grid.get('100') ?? NaN)) / 20;
    expect(barsOf(svg).map((b) => b.height / mmPerPoint)).toEqual([8.4, 16.91, 12.43].map((h) => expect.closeTo(h, 1)));
    expect(referenceLineOf(svg).y).toBeCloseTo(grid.get('85') ?? NaN, 2);
    expect(texts).toContain('เกณฑ์ผ่าน 85');
  });

  it('gives no chart without an earlier year', () => {
    expect(totalsByYearChart({ ...TOTALS, previous: [] }, { ...arabic, passMark: PASS_MARK })).toBeNull();
    expect(totalsByYearChart({ ...TOTALS, previous: [{ year: 2567, total: score('90') }] }, { ...arabic, passMark: PASS_MARK })).toBeNull();
  });
});

describe('chart data', () => {
  it('gives the bars as written, in the document digits, with their decimals and side of the threshold', () => {
    const data = questionScoresChart(MIXED, THRESHOLD, thai)?.data;
    expect(data?.bars).toEqual([
      { label: 'I๑', value: 96.5, valueText: '๙๖.๕๐', decimals: 2, below: false },
      { label: 'I๒', value: 100, valueText: '๑๐๐.๐๐', decimals: 2, below: false },
      { label: 'I๓', value: 93.1, valueText: '๙๓.๑๐', decimals: 2, below: true },
      { label: 'I๔', value: 95, valueText: '๙๕', decimals: 0, below: false },
    ]);
    expect(data?.reference).toEqual({ value: 95, label: 'เกณฑ์ ๙๕' });
    expect([data?.yAxis, data?.xTitle, data?.thaiDigits]).toEqual([{ min: 80, max: 100, step: 5, title: 'คะแนน' }, 'ข้อคำถาม', true]);
  });

  it('has the same axis as the drawing', () => {
    const chart = totalsByYearChart(TOTALS, { ...arabic, passMark: PASS_MARK });
    const grid = [...gridlinesOf(chart?.svg ?? '').keys()].map(Number);
    const axis = chart?.data.yAxis;
    expect([grid[0], grid.at(-1), (grid[1] ?? NaN) - (grid[0] ?? NaN)]).toEqual([axis?.min, axis?.max, axis?.step]);
  });
});
