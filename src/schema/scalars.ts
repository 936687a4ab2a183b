// Scalar types of the meeting format. The loader hands every scalar over as the
// exact text written; these decide what it means and keep that text, so a score
// written 100.00 is shown as 100.00 and a time written 13.30 is never 13.3.
import { z } from 'zod';
import { parseDecimal } from '../thai/numbers.js';
import { parseTime, type ClockTime } from '../thai/times.js';
import { parseDate, weekdayName, type CalendarDate } from '../thai/dates.js';
import type { Params } from '../model/diagnostic.js';
import { describe } from './labels.js';
import { toArabicDigits } from '../thai/digits.js';
import { scoreText } from '../thai/score-change.js';

/**
 * What an editor can check of a written value (json-schema.ts emits it as it is): YAML hands the
 * editor a number where the text looks like one, so each scalar admits the number with its range
 * and the text with a pattern (which applies to text only). Thai digits are accepted as the loader
 * accepts them. An unquoted 13.3 is the number 13.30 to any YAML reader: only `minutes validate`,
 * which reads the written text, can tell them apart.
 */
const D = '[0-9๐-๙]';
const DECIMAL_TEXT = `^[+-]?(?:[1-9๑-๙]${D}{0,2}(?:,${D}{3})+|${D}+)(?:\\.${D}+)?$`;
const INTEGER_TEXT = `^${D}+$`;
const TIME_TEXT = `^(?:[01๐๑]?${D}|[2๒][0-3๐-๓])[.:][0-5๐-๕]${D}\\s*(?:น\\.?)?$`;
/**
 * A number the editor marks with `message` when it falls in one of `ranges`: an if/then whose
 * then can never hold, so yaml-language-server shows our Thai message (it shows its own English one
 * for minimum, maximum, multipleOf and not).
 */
function numberOutside(ranges: object[], message: string) {
  return { if: { type: 'number', anyOf: ranges }, then: { const: 'x', errorMessage: message } };
}

/** As a number, hh.mm: 0 to 23.59 in hundredths, and no minute of 60 or more (13.60 to 13.99). */
const TIME_NUMBER = numberOutside(
  [
    { exclusiveMaximum: 0 },
    { minimum: 24 },
    { not: { multipleOf: 0.01 } },
    ...Array.from({ length: 24 }, (_, hour) => ({ minimum: hour + 0.6, exclusiveMaximum: hour + 1 })),
  ],
  'เวลาเขียนเป็น ชั่วโมง.นาที ตั้งแต่ 00.00 ถึง 23.59 นาทีสองหลักเสมอ เช่น 13.30',
);

/** A problem found by a scalar: the code is one of i18n/messages.ts. */
function fail(ctx: z.RefinementCtx, code: string, value: string, extra: Params = {}): never {
  ctx.addIssue({ code: 'custom', message: code, params: { code, value, ...extra } });
  return z.NEVER as never;
}

export const text = (key: string) =>
  z
    .string()
    .transform((s, ctx) => {
      const trimmed = s.trim();
      if (trimmed === '') fail(ctx, 'EMPTY_TEXT', s);
      return trimmed;
    })
    .meta({ description: describe(key) });

export interface Score {
  /** As written, digits normalised to Arabic: "100.00" stays "100.00". */
  text: string;
  value: number;
}

export const score = (key: string, min = 0, max = 100) =>
  z
    .string()
    .transform((s, ctx): Score => {
      const written = s.trim();
      const value = parseDecimal(written);
      if (value === null) return fail(ctx, 'BAD_NUMBER', written);
      if (value < min || value > max) return fail(ctx, 'NUMBER_RANGE', written, { min, max });
      return { text: scoreText(toArabicDigits(written)), value };
    })
    .meta({
      description: describe(key),
      type: ['number', 'string'],
      ...numberOutside([{ exclusiveMaximum: min }, { exclusiveMinimum: max }], `ต้องเป็นตัวเลขตั้งแต่ ${min} ถึง ${max}`),
      pattern: DECIMAL_TEXT,
      patternErrorMessage: `ต้องเป็นตัวเลข เช่น 91.71 (${min}–${max})`,
    });

export const integer = (key: string, min = 1, max = 9999) =>
  z
    .string()
    .transform((s, ctx): number => {
      const written = toArabicDigits(s.trim());
      if (!/^\d+$/.test(written)) return fail(ctx, 'BAD_INTEGER', s);
      const value = Number(written);
      if (value < min || value > max) return fail(ctx, 'NUMBER_RANGE', written, { min, max });
      return value;
    })
    .meta({
      description: describe(key),
      type: ['integer', 'string'],
      ...numberOutside([{ exclusiveMaximum: min }, { exclusiveMinimum: max }, { not: { multipleOf: 1 } }], `ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max}`),
      pattern: INTEGER_TEXT,
      patternErrorMessage: `ต้องเป็นจำนวนเต็ม (${min}–${max})`,
    });

/** A Buddhist-era year such as 2566. */
export const beYear = (key: string) => integer(key, 2400, 2800);

export const time = (key: string) =>
  z
    .string()
    .transform((s, ctx): ClockTime => {
      const parsed = parseTime(s);
      if (parsed.ok) return parsed.time;
      return fail(ctx, parsed.reason === 'one-digit-minutes' ? 'TIME_ONE_DIGIT' : 'BAD_TIME', s.trim());
    })
    .meta({
      description: describe(key),
      type: ['number', 'string'],
      ...TIME_NUMBER,
      pattern: TIME_TEXT,
      patternErrorMessage: 'เวลาเขียนเป็น ชั่วโมง.นาที นาทีสองหลักเสมอ เช่น 13.30',
      examples: ['13.30'],
    });

export interface DateValue extends CalendarDate {
  /** The year was Buddhist era written in the CE-only form 2566-08-22: worth a warning. */
  beInIso: boolean;
  written: string;
}

export const date = (key: string) =>
  z
    .string()
    .transform((s, ctx): DateValue => {
      const parsed = parseDate(s);
      if (parsed.ok) return { ...parsed.date, beInIso: parsed.beInIso, written: s.trim() };
      if (parsed.reason === 'weekday') {
        return fail(ctx, 'WRONG_WEEKDAY', s.trim(), {
          date: s.trim().replace(/^วัน\S*?ที่\s*/, ''),
          weekday: weekdayName(parsed.written),
          actual: weekdayName(parsed.actual),
        });
      }
      const code = { format: 'DATE_FORMAT', invalid: 'BAD_DATE', 'year-range': 'DATE_YEAR_RANGE' }[parsed.reason];
      return fail(ctx, code, s.trim());
    })
    .meta({ description: describe(key), examples: ['2023-08-22', '22 สิงหาคม 2566'] });

export const textList = (key: string, min = 1) => z.array(text(key)).min(min).meta({ description: describe(key) });
