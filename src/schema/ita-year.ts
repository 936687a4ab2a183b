// Per-fiscal-year ITA rules (weights, level bands, indicators): data files in data/ita/, not code.
import { z } from 'zod';
import { beYear, integer, score, text } from './scalars.js';

const weight = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/)
  .transform(Number)
  .meta({ description: 'น้ำหนักของเครื่องมือในคะแนนรวม เช่น 0.3', type: ['number', 'string'] });

export const itaYearSchema = z.strictObject({
  fiscalYear: beYear('fiscalYear'),
  source: text('description').optional(),
  tools: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[A-Z]{2,5}$/),
        name: text('name'),
        english: text('name'),
        weight,
      }),
    )
    .min(1),
  /** Ordered: the first band whose conditions hold names the level. */
  levels: z
    .array(
      z.strictObject({
        name: text('name'),
        min: score('total'),
        everyToolMin: score('total').optional(),
      }),
    )
    .min(1),
  /** The total's pass mark, drawn dashed across the chart of totals; 85 when absent. */
  passMark: score('passMark').optional(),
  indicators: z
    .array(
      z.strictObject({
        number: integer('indicators.number', 1, 99),
        tool: z.string().regex(/^[A-Z]{2,5}$/),
        name: text('name'),
        questions: z
          .strictObject({ prefix: z.string().regex(/^[A-Z]{1,3}$/), from: integer('questions.from', 1, 999), to: integer('questions.to', 1, 999) })
          .optional(),
      }),
    )
    .min(1),
});

export type ItaYear = z.output<typeof itaYearSchema>;
