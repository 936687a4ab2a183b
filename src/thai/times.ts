import { toArabicDigits } from './digits.js';

/** A time of day on a 24-hour clock, hour 0-23, minute 0-59. */
export interface ClockTime {
  hour: number;
  minute: number;
}

export type TimeParse =
  | { ok: true; time: ClockTime }
  | { ok: false; reason: 'format' | 'range' | 'one-digit-minutes' };

// Thai official style writes times as 13.30 น. (นาฬิกา); people also type 13:30.
const TIME_PATTERN = /^(\d{1,2})[.:](\d{1,2})\s*(?:น\.?)?$/;

/**
 * Reads "13.30", "13:30", "9.00", "13.30 น.", "๑๓.๓๐". A single minute digit ("13.3") gets
 * its own reason: it is what YAML makes of an unquoted 13.30, and the fix is to write 13.30.
 * 24.00 is out of range: a meeting that ends at midnight ends at 23.59 or 0.00.
 */
export function parseTime(text: string): TimeParse {
  const match = TIME_PATTERN.exec(toArabicDigits(text).trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, hourText = '', minuteText = ''] = match;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23) return { ok: false, reason: 'range' };
  if (minuteText.length === 1) return { ok: false, reason: 'one-digit-minutes' };
  if (minute > 59) return { ok: false, reason: 'range' };
  return { ok: true, time: { hour, minute } };
}

/** "13.30", "09.00": two-digit hour, as government letters write "เวลา 09.30 น.". */
export function formatClock(t: ClockTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(t.hour)}.${pad(t.minute)}`;
}

/** "13.30 น." */
export function formatTime(t: ClockTime): string {
  return `${formatClock(t)} น.`;
}

/** "13.30 - 16.00 น.": น. once, after the end. */
export function formatTimeRange(start: ClockTime, end: ClockTime): string {
  return `${formatClock(start)} - ${formatTime(end)}`;
}

/** Negative if a is earlier in the day, 0 if equal, positive if later. */
export function compareTimes(a: ClockTime, b: ClockTime): number {
  return a.hour * 60 + a.minute - (b.hour * 60 + b.minute);
}
