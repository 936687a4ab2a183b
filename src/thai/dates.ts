import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra.js';
import 'dayjs/locale/th.js';
import { toArabicDigits } from './digits.js';

dayjs.extend(buddhistEra);

/** A calendar day with no time and no time zone. `year` is Christian era (CE), `month` 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateParse =
  | { ok: true; date: CalendarDate; era: 'ce' | 'be'; form: 'iso' | 'slash' | 'thai-long' | 'thai-short'; beInIso: boolean }
  | { ok: false; reason: 'format' | 'invalid' | 'year-range' }
  /** The date exists but falls on another weekday than the one written. */
  | { ok: false; reason: 'weekday'; date: CalendarDate; written: number; actual: number };

/** Buddhist era (พ.ศ.) = Christian era + 543. */
const BE_OFFSET = 543;
/** A four-digit year from here up is Buddhist era: CE 2400 is far beyond any meeting, BE 2400 is CE 1857. */
const FIRST_BE_YEAR = 2400;
const MIN_CE_YEAR = 1900;
const MAX_CE_YEAR = 2200;

// Month and weekday names come from dayjs's Thai locale, so the parser accepts exactly
// what formatThaiDate writes. The locale registers itself on import.
const thaiLocale = dayjs.Ls['th'];
if (!thaiLocale?.months || !thaiLocale.monthsShort || !thaiLocale.weekdays) {
  throw new Error('dayjs Thai locale (dayjs/locale/th.js) did not load');
}
/** มกราคม … ธันวาคม; index 0 is January. */
export const thaiMonthNames: readonly string[] = Object.freeze([...thaiLocale.months]);
/** ม.ค. … ธ.ค.; index 0 is January. */
export const thaiMonthAbbreviations: readonly string[] = Object.freeze([...thaiLocale.monthsShort]);
/** อาทิตย์ … เสาร์; index 0 is Sunday, as Date.getDay(). */
const thaiWeekdays: readonly string[] = [...thaiLocale.weekdays];

export function buddhistYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

function isLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

function daysInMonth(ceYear: number, month: number): number {
  if (month === 2) return isLeapYear(ceYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real Gregorian day (2024-02-29 yes, 2023-02-29 no). */
export function isValidDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Negative if a is earlier, 0 on the same day, positive if a is later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The local calendar day of `now` (what a wall calendar in this time zone shows). */
export function todayDate(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "2023-08-22". */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function weekdayOf(date: CalendarDate): number {
  // UTC on both sides, so the host time zone cannot move the day.
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * "22 สิงหาคม 2566" (long), "22 ส.ค. 2566" (short), "วันอังคารที่ 22 สิงหาคม พ.ศ. 2566" (full).
 * Digits are Arabic: the document converts them all when it wants Thai digits.
 */
export function formatThaiDate(date: CalendarDate, style: 'long' | 'short' | 'full' = 'long'): string {
  if (!isValidDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  // Built from local components: a date-only string would be read as UTC midnight and
  // can land on the previous day west of Greenwich.
  const day = dayjs(new Date(date.year, date.month - 1, date.day)).locale('th');
  const pattern = { long: 'D MMMM BBBB', short: 'D MMM BBBB', full: '[วัน]dddd[ที่] D MMMM [พ.ศ.] BBBB' }[style];
  return day.format(pattern);
}

type Era = 'ce' | 'be';
type Form = 'iso' | 'slash' | 'thai-long' | 'thai-short';

function result(year: number, month: number, day: number, era: Era, form: Form, beInIso = false): DateParse {
  const ceYear = era === 'be' ? year - BE_OFFSET : year;
  if (ceYear < MIN_CE_YEAR || ceYear > MAX_CE_YEAR) return { ok: false, reason: 'year-range' };
  const date = { year: ceYear, month, day };
  if (!isValidDate(date)) return { ok: false, reason: 'invalid' };
  return { ok: true, date, era, form, beInIso };
}

const eraOf = (year: number): Era => (year >= FIRST_BE_YEAR ? 'be' : 'ce');

function parseIso(text: string): DateParse | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // 2566-08-22 is a Buddhist year typed in ISO form; taking it as CE 2566 would be 543 years off.
  const era = eraOf(year);
  return result(year, month, day, era, 'iso', era === 'be');
}

function parseSlash(text: string): DateParse | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  return result(year, month, day, eraOf(year), 'slash');
}

// Month names match with their dots optional ("ส.ค.", "ส.ค", "สค"), so a month is found by
// its name with dots removed.
const stripDots = (name: string) => name.replace(/\./g, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const optionalDots = (name: string) => escapeRegExp(name).replace(/\\\./g, '\\.?');
const monthAlternatives = [...thaiMonthNames, ...thaiMonthAbbreviations].map(optionalDots).join('|');
const weekdayAlternatives = thaiWeekdays.map(escapeRegExp).join('|');
// [วันที่ | วัน<weekday>ที่] day month [พ.ศ.] year, spaces optional between the parts.
const THAI_DATE = new RegExp(
  `^(?:วัน(${weekdayAlternatives})?ที่\\s*)?(\\d{1,2})\\s*(${monthAlternatives})\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4})$`,
);

function parseThai(text: string): DateParse | null {
  const match = THAI_DATE.exec(text);
  if (!match) return null;
  const [, weekday, dayText, monthText = '', yearText] = match;
  const year = Number(yearText);
  // Thai-worded dates are always Buddhist era; 22 สิงหาคม 2023 is a mistake, not CE.
  if (year < FIRST_BE_YEAR) return { ok: false, reason: 'year-range' };
  const bare = stripDots(monthText);
  const longIndex = thaiMonthNames.indexOf(bare);
  const month = (longIndex >= 0 ? longIndex : thaiMonthAbbreviations.map(stripDots).indexOf(bare)) + 1;
  const parsed = result(year, month, Number(dayText), 'be', longIndex >= 0 ? 'thai-long' : 'thai-short');
  // "วันจันทร์ที่ 22 สิงหาคม 2566" names the wrong weekday: one of the two is a typo.
  if (parsed.ok && weekday !== undefined && thaiWeekdays[weekdayOf(parsed.date)] !== weekday) {
    return { ok: false, reason: 'weekday', date: parsed.date, written: thaiWeekdays.indexOf(weekday), actual: weekdayOf(parsed.date) };
  }
  return parsed;
}

/**
 * Reads a date as Thai users write it: 2023-08-22, 22/08/2566, 22/8/2023, 22 สิงหาคม 2566,
 * 22 ส.ค. 2566, 22ส.ค.2566, วันที่ 22 สิงหาคม พ.ศ. 2566, with Thai or Arabic digits.
 * Four-digit years only; a year from 2400 up is Buddhist era.
 */
export function parseDate(text: string): DateParse {
  const input = toArabicDigits(text).trim();
  return parseIso(input) ?? parseSlash(input) ?? parseThai(input) ?? { ok: false, reason: 'format' };
}

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday (0 = Sunday, as Date.getUTCDay) named in both languages: "วันอังคาร" / "Tuesday". */
export function weekdayName(index: number): { th: string; en: string } {
  return { th: `วัน${thaiWeekdays[index] ?? ''}`, en: ENGLISH_WEEKDAYS[index] ?? '' };
}
