// A vertical bar chart with a reference line: the one chart both ITA charts use, as data and
// as a vector drawing in millimetres. Pure: the same spec gives the same chart.
import type { BarChartData, Chart, ChartLook, DrawingItem } from '../../model/document.js';
import { toThaiDigits } from '../../thai/digits.js';
import { estimateWidthEm } from './svg.js';

export interface Bar {
  label: string;
  value: number;
  /** The value as shown on top of the bar, as written ("91.40"). */
  valueText: string;
}

export interface BarChartSpec {
  widthMm: number;
  heightMm: number;
  /** Drawn bold, centred at the top; null for none. */
  title: string | null;
  bars: Bar[];
  /** A dashed line across the bars, labelled at its right end; bars below it are dark. */
  reference: { value: number; label: string };
  yAxis: { min: number; max: number; step: number; title: string };
  xTitle: string;
  /** Text in Thai digits (๑๒๓) rather than Arabic, as the document asks. */
  thaiDigits: boolean;
}

const MM_PER_PT = 25.4 / 72;
/** Text sizes in TH SarabunPSK points, like the document's 16 pt body; drawn in Sarabun at 0.68 of them. */
const TITLE_PT = 16;
const LABEL_PT = 14;
const TICK_PT = 13;
/**
 * Room for text is reckoned in Sarabun, whose em is 0.68 of TH SarabunPSK's at the same size
 * (src/writers/pdf/fonts.ts): a size in TH SarabunPSK points → the height of an em, mm.
 */
const SARABUN_SCALE = 0.68;
const fontMm = (pt: number): number => pt * SARABUN_SCALE * MM_PER_PT;

/** Space around the picture and between a label and what it labels, mm. */
const PAD_MM = 1.5;
const GAP_MM = 1.5;
/** A bar takes this share of its slot, at most MAX_BAR_MM wide. */
const BAR_SHARE = 0.6;
const MAX_BAR_MM = 18;
/** Strokes, mm: 0.25 mm is a fine but sure line on paper. */
const AXIS_MM = 0.25;
const GRID_MM = 0.15;
const BAR_OUTLINE_MM = 0.2;
const REFERENCE_MM = 0.4;
const REFERENCE_DASH_MM: [number, number] = [2, 1.2];
/** White outline behind value labels, so one crossing the reference line stays legible. */
const HALO_MM = 0.8;
/** Greys that print the same on colour and black-and-white printers. */
const INK = '#000000';
const BELOW_FILL = '#595959';
const AT_OR_ABOVE_FILL = '#d9d9d9';
const BAR_OUTLINE = '#262626';
const GRID = '#bfbfbf';
/** The look of the chart, for a writer that draws it its own way (Word's chart part). */
const LOOK: ChartLook = {
  ink: INK, belowFill: BELOW_FILL, atOrAboveFill: AT_OR_ABOVE_FILL, barOutline: BAR_OUTLINE, grid: GRID,
  axisMm: AXIS_MM, gridMm: GRID_MM, barOutlineMm: BAR_OUTLINE_MM, referenceMm: REFERENCE_MM, barShare: BAR_SHARE,
};
/** Sarabun's ascent above the baseline and descent below it, in ems, with room for tone marks. */
const ASCENT_EM = 1.0;
const DESCENT_EM = 0.35;
/** Height of digits above the baseline, in ems; they sit half of it below the middle of a line they label. */
const DIGIT_HEIGHT_EM = 0.7;
const DIGIT_MIDDLE_EM = DIGIT_HEIGHT_EM / 2;
const DIGIT_DESCENT_EM = 0.15;

/** Where things go, mm from the top left. */
interface Layout {
  title: number;
  label: number;
  tick: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  titleBaseline: number;
  categoryBaseline: number;
  xTitleBaseline: number;
  ticks: number[];
  yOf: (value: number) => number;
  slot: number;
  barWidth: number;
  centre: (index: number) => number;
}

const digitsOf = (spec: BarChartSpec) => (spec.thaiDigits ? toThaiDigits : (text: string) => text);

function layout(spec: BarChartSpec): Layout {
  const { widthMm: width, heightMm: height, yAxis } = spec;
  const digits = digitsOf(spec);
  const title = fontMm(TITLE_PT);
  const label = fontMm(LABEL_PT);
  const tick = fontMm(TICK_PT);
  const ticks = Array.from({ length: Math.floor((yAxis.max - yAxis.min) / yAxis.step + 1e-9) + 1 }, (_, k) => yAxis.min + k * yAxis.step);
  const lineEm = ASCENT_EM + DESCENT_EM;
  const titleBaseline = PAD_MM + ASCENT_EM * title;
  // Above the plot: the title, then room for the value on a bar of 100.
  const top = (spec.title === null ? PAD_MM : titleBaseline + DESCENT_EM * title) + lineEm * label + GAP_MM;
  // Below it: the category labels, then the x axis title.
  const xTitleBaseline = height - PAD_MM - DESCENT_EM * label;
  const categoryBaseline = xTitleBaseline - lineEm * label;
  const bottom = categoryBaseline - ASCENT_EM * label - GAP_MM / 2;
  const tickWidth = Math.max(...ticks.map((v) => estimateWidthEm(digits(String(v))) * tick));
  const left = PAD_MM + Math.max(tickWidth, estimateWidthEm(digits(yAxis.title)) * label) + GAP_MM;
  const right = width - PAD_MM - estimateWidthEm(digits(spec.reference.label)) * label - GAP_MM;
  const clamp = (v: number): number => Math.min(Math.max(v, yAxis.min), yAxis.max);
  const slot = (right - left) / Math.max(1, spec.bars.length);
  return {
    title, label, tick, left, right, top, bottom, titleBaseline, categoryBaseline, xTitleBaseline, ticks,
    yOf: (v) => bottom - ((clamp(v) - yAxis.min) / (yAxis.max - yAxis.min)) * (bottom - top),
    slot,
    barWidth: Math.min(slot * BAR_SHARE, MAX_BAR_MM),
    centre: (i) => left + slot * (i + 0.5),
  };
}

export function barChart(spec: BarChartSpec): Chart {
  return { data: chartData(spec), drawing: { widthMm: spec.widthMm, heightMm: spec.heightMm, items: drawingItems(spec) } };
}

function chartData(spec: BarChartSpec): BarChartData {
  const digits = digitsOf(spec);
  return {
    title: spec.title === null ? null : digits(spec.title),
    bars: spec.bars.map((bar) => ({
      label: digits(bar.label),
      value: bar.value,
      valueText: digits(bar.valueText),
      decimals: /\.(\d+)$/.exec(bar.valueText)?.[1]?.length ?? 0,
      below: bar.value < spec.reference.value,
    })),
    reference: { value: spec.reference.value, label: digits(spec.reference.label) },
    yAxis: { ...spec.yAxis, title: digits(spec.yAxis.title) },
    xTitle: digits(spec.xTitle),
    thaiDigits: spec.thaiDigits,
    sizes: { titlePt: TITLE_PT, labelPt: LABEL_PT, tickPt: TICK_PT },
    look: LOOK,
  };
}

type Text = Omit<Extract<DrawingItem, { kind: 'text' }>, 'kind' | 'bold' | 'anchor'> & { bold?: boolean; anchor?: 'start' | 'middle' | 'end' };
const text = (t: Text): DrawingItem => ({ kind: 'text', bold: false, anchor: 'start', ...t });

function drawingItems(spec: BarChartSpec): DrawingItem[] {
  const at = layout(spec);
  const digits = digitsOf(spec);
  // No background: the page is white, and on it nothing hides what is behind the chart.
  const items: DrawingItem[] = [];
  if (spec.title !== null) {
    items.push(text({ x: spec.widthMm / 2, baseline: at.titleBaseline, sizePt: TITLE_PT, bold: true, anchor: 'middle', text: digits(spec.title) }));
  }
  items.push(text({ x: at.left - GAP_MM, baseline: at.top - DESCENT_EM * at.label - GAP_MM, sizePt: LABEL_PT, anchor: 'end', text: digits(spec.yAxis.title) }));
  for (const v of at.ticks) {
    items.push({ kind: 'line', x1: at.left, y1: at.yOf(v), x2: at.right, y2: at.yOf(v), colour: GRID, widthMm: GRID_MM });
    items.push(text({ x: at.left - GAP_MM, baseline: at.yOf(v) + DIGIT_MIDDLE_EM * at.tick, sizePt: TICK_PT, anchor: 'end', text: digits(String(v)) }));
  }
  items.push(...barItems(spec, at), ...axisItems(spec, at), ...valueItems(spec, at));
  items.push(text({ x: (at.left + at.right) / 2, baseline: at.xTitleBaseline, sizePt: LABEL_PT, anchor: 'middle', text: digits(spec.xTitle) }));
  return items;
}

function barItems(spec: BarChartSpec, at: Layout): DrawingItem[] {
  const digits = digitsOf(spec);
  return spec.bars.flatMap((bar, i): DrawingItem[] => {
    const barTop = at.yOf(bar.value);
    const below = bar.value < spec.reference.value;
    return [
      {
        kind: 'rect', x: at.centre(i) - at.barWidth / 2, y: barTop, width: at.barWidth, height: at.bottom - barTop,
        fill: below ? BELOW_FILL : AT_OR_ABOVE_FILL, stroke: { colour: BAR_OUTLINE, widthMm: BAR_OUTLINE_MM },
        note: `${bar.label}: ${bar.valueText}, ${below ? 'below' : 'at or above'} ${spec.reference.value}`,
      },
      text({ x: at.centre(i), baseline: at.categoryBaseline, sizePt: LABEL_PT, anchor: 'middle', text: digits(bar.label) }),
    ];
  });
}

function axisItems(spec: BarChartSpec, at: Layout): DrawingItem[] {
  const y = at.yOf(spec.reference.value);
  return [
    { kind: 'line', x1: at.left, y1: at.bottom, x2: at.right, y2: at.bottom, colour: INK, widthMm: AXIS_MM },
    { kind: 'line', x1: at.left, y1: at.top, x2: at.left, y2: at.bottom, colour: INK, widthMm: AXIS_MM },
    { kind: 'line', x1: at.left, y1: y, x2: at.right, y2: y, colour: INK, widthMm: REFERENCE_MM, dashMm: REFERENCE_DASH_MM },
    text({ x: at.right + GAP_MM, baseline: y + DIGIT_MIDDLE_EM * at.label, sizePt: LABEL_PT, text: digitsOf(spec)(spec.reference.label) }),
  ];
}

/**
 * The values, drawn last on a white halo so the reference line never hides them. A value the
 * line would cut through is lifted to sit just above the line.
 */
function valueItems(spec: BarChartSpec, at: Layout): DrawingItem[] {
  const lineY = at.yOf(spec.reference.value);
  return spec.bars.map((bar, i) => {
    const shown = digitsOf(spec)(bar.valueText);
    // A value wider than its slot is drawn smaller rather than run into its neighbour.
    const size = Math.min(at.label, (at.slot * 0.92) / estimateWidthEm(shown));
    // Thai digits (๔ ๕) reach a little below the baseline; the halo further still.
    const inkBelow = DIGIT_DESCENT_EM * size + HALO_MM / 2;
    const inkAbove = DIGIT_HEIGHT_EM * size + HALO_MM / 2;
    let baseline = at.yOf(bar.value) - GAP_MM;
    if (baseline + inkBelow > lineY - REFERENCE_MM / 2 && baseline - inkAbove < lineY + REFERENCE_MM / 2) {
      baseline = lineY - REFERENCE_MM / 2 - inkBelow;
    }
    return text({ x: at.centre(i), baseline, sizePt: (LABEL_PT * size) / at.label, anchor: 'middle', text: shown, halo: { colour: '#ffffff', widthMm: HALO_MM } });
  });
}

/** Where a y axis for scores out of 100 starts: 5 below the lowest of the values and the reference, down to a multiple of 10. */
export function scoreAxisFloor(values: readonly number[], reference: number): number {
  return Math.max(0, Math.floor((Math.min(reference, ...values) - 5) / 10) * 10);
}

/** A y axis for scores from `min` to 100, gridlines every 5 (a range of 30 or less) or 10. */
export function scoreAxis(min: number): { min: number; max: number; step: number } {
  return { min, max: 100, step: 100 - min <= 30 ? 5 : 10 };
}
