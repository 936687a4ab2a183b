// Per-fiscal-year ITA rules (weights, level bands, indicators): data files in data/ita/, not code.
// The shape is checked by zod; the rules between fields (weights sum to 1, bands ordered and
// non-overlapping, question ranges disjoint) are checked here too, each at the field it concerns.
import { z } from 'zod';
import { beYear, integer, score, text } from './scalars.js';

const weight = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/)
  .transform(Number)
  .meta({ description: 'น้ำหนักของเครื่องมือในคะแนนรวม เช่น 0.3', type: ['number', 'string'], examples: ['0.3'] });

const toolCode = z.string().regex(/^[A-Z]{2,5}$/).meta({ description: 'รหัสเครื่องมือ เช่น IIT', examples: ['IIT'] });

const source = z.strictObject({
  title: text('title'),
  url: text('url').optional(),
  /** What this source establishes, in a sentence. */
  supports: text('description').optional(),
});

/** The loader hands every scalar over as text: yes/no is written true or false. */
const flag = (description: string) =>
  z.enum(['true', 'false']).transform((v) => v === 'true').meta({ description, type: ['boolean', 'string'] });

/** Which parts of the year's rules are confirmed from NACC's own material; the rest are carried over. */
const confirmed = z.strictObject({
  weights: flag('ยืนยันน้ำหนักของเครื่องมือจากคู่มือของปีนั้นแล้วหรือไม่ (true/false)'),
  levels: flag('ยืนยันเกณฑ์ระดับผลการประเมินของปีนั้นแล้วหรือไม่ (true/false)'),
  indicators: flag('ยืนยันตัวชี้วัดและช่วงข้อคำถามของปีนั้นแล้วหรือไม่ (true/false)'),
});

const shape = {
  fiscalYear: beYear('fiscalYear'),
  /** One line for older files; `sources` says more. */
  source: text('description').optional(),
  sources: z.array(source).min(1).optional(),
  confirmed: confirmed.optional(),
  /** Free text: what is known, what is not. */
  note: text('note').optional(),
  tools: z
    .array(z.strictObject({ code: toolCode, name: text('name'), english: text('name'), weight }))
    .min(1),
  /** Ordered: the first band whose conditions hold names the level. */
  levels: z
    .array(z.strictObject({ name: text('name'), min: score('total'), everyToolMin: score('total').optional() }))
    .min(1),
  /** The total's pass mark, drawn dashed across the chart of totals; 85 when absent. */
  passMark: score('passMark').optional(),
  indicators: z
    .array(
      z.strictObject({
        number: integer('indicators.number', 1, 99),
        tool: toolCode,
        name: text('name'),
        questions: z
          .strictObject({
            prefix: z.string().regex(/^[A-Z]{1,3}$/).meta({ examples: ['I'] }),
            from: integer('questions.from', 1, 999),
            to: integer('questions.to', 1, 999),
          })
          .optional(),
      }),
    )
    .min(1),
};

type Ctx = z.RefinementCtx;
type YearOutput = z.output<z.ZodObject<typeof shape>>;

function problem(ctx: Ctx, path: Array<string | number>, code: string, params: Record<string, string | number> = {}): void {
  ctx.addIssue({ code: 'custom', path, message: code, params: { code, ...params } });
}

/** Two decimals are exact enough for weights written as 0.3 or 0.25. */
const sumIsOne = (sum: number): boolean => Math.abs(sum - 1) < 1e-9;

function checkTools(year: YearOutput, ctx: Ctx): void {
  const seen = new Map<string, number>();
  year.tools.forEach((tool, i) => {
    const first = seen.get(tool.code);
    if (first !== undefined) problem(ctx, ['tools', i, 'code'], 'YEAR_DUPLICATE', { value: tool.code, first: first + 1 });
    else seen.set(tool.code, i);
  });
  const sum = year.tools.reduce((total, tool) => total + tool.weight, 0);
  if (!sumIsOne(sum)) {
    problem(ctx, ['tools'], 'YEAR_WEIGHTS_SUM', {
      sum: Number(sum.toFixed(6)),
      weights: year.tools.map((t) => `${t.code} ${t.weight}`).join(' + '),
    });
  }
}

/**
 * Bands are read top-down and the first whose conditions hold wins, so each must be strictly
 * easier to reach than the one before (a lower total, or the same total with a lower floor on
 * every tool); a band no easier than an earlier one could never be chosen. The last covers 0.
 */
function checkLevels(year: YearOutput, ctx: Ctx): void {
  const floorOf = (i: number): number => year.levels[i]?.everyToolMin?.value ?? 0;
  const names = new Map<string, number>();
  year.levels.forEach((band, i) => {
    const first = names.get(band.name);
    if (first !== undefined) problem(ctx, ['levels', i, 'name'], 'YEAR_DUPLICATE', { value: band.name, first: first + 1 });
    else names.set(band.name, i);
    if (i === 0) return;
    const before = year.levels[i - 1];
    if (before === undefined) return;
    const higherTotal = band.min.value > before.min.value;
    const noEasier = band.min.value === before.min.value && floorOf(i) >= floorOf(i - 1);
    if (higherTotal || noEasier) {
      problem(ctx, ['levels', i, 'min'], 'YEAR_LEVEL_ORDER', {
        name: band.name,
        min: band.min.text,
        previous: before.name,
        previousMin: before.min.text,
      });
    }
  });
  const last = year.levels[year.levels.length - 1];
  if (last !== undefined && (last.min.value !== 0 || floorOf(year.levels.length - 1) !== 0)) {
    problem(ctx, ['levels', year.levels.length - 1, 'min'], 'YEAR_LEVEL_FLOOR', { name: last.name, min: last.min.text });
  }
}

function checkIndicators(year: YearOutput, ctx: Ctx): void {
  const tools = new Set(year.tools.map((t) => t.code));
  const numbers = new Map<number, number>();
  year.indicators.forEach((indicator, i) => {
    const first = numbers.get(indicator.number);
    if (first !== undefined) problem(ctx, ['indicators', i, 'number'], 'YEAR_DUPLICATE', { value: indicator.number, first: first + 1 });
    else numbers.set(indicator.number, i);
    if (!tools.has(indicator.tool)) {
      problem(ctx, ['indicators', i, 'tool'], 'YEAR_INDICATOR_TOOL', { value: indicator.tool, allowed: [...tools].join(', ') });
    }
    const q = indicator.questions;
    if (q === undefined) return;
    if (q.from > q.to) {
      problem(ctx, ['indicators', i, 'questions', 'to'], 'YEAR_RANGE_ORDER', { from: `${q.prefix}${q.from}`, to: `${q.prefix}${q.to}` });
      return;
    }
    for (let j = 0; j < i; j++) {
      const other = year.indicators[j];
      const r = other?.questions;
      if (other === undefined || r === undefined || r.prefix !== q.prefix || r.from > r.to) continue;
      if (q.from <= r.to && r.from <= q.to) {
        problem(ctx, ['indicators', i, 'questions'], 'YEAR_RANGE_OVERLAP', {
          range: `${q.prefix}${q.from}–${q.prefix}${q.to}`,
          number: indicator.number,
          other: other.number,
          otherRange: `${r.prefix}${r.from}–${r.prefix}${r.to}`,
        });
      }
    }
  });
}

/** The shape alone: what the JSON Schema for editors describes. */
export const itaYearShape = z.strictObject(shape);

export const itaYearSchema = itaYearShape.superRefine((year, ctx) => {
  checkTools(year, ctx);
  checkLevels(year, ctx);
  checkIndicators(year, ctx);
});

/** The schema for data/ita/<year>.yaml: its fiscalYear must be the file's own year. */
export function itaYearSchemaFor(fileYear: number) {
  return itaYearSchema.superRefine((year, ctx) => {
    if (year.fiscalYear !== fileYear) problem(ctx, ['fiscalYear'], 'YEAR_FILE_MISMATCH', { value: year.fiscalYear, year: fileYear });
  });
}

export type ItaYear = z.output<typeof itaYearShape>;

/** Fields whose confirmation is not recorded count as unconfirmed: nothing is a fact by default. */
export function isConfirmed(year: ItaYear, part: 'weights' | 'levels' | 'indicators'): boolean {
  return year.confirmed?.[part] === true;
}
