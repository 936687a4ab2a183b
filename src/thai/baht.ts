import ThaiBahtText from 'thai-baht-text';
import { parseDecimal, roundHalfUp } from './numbers.js';

/**
 * Thai words for an amount of money: 1000 → "หนึ่งพันบาทถ้วน", 10.555 → "สิบบาทห้าสิบหกสตางค์".
 * Fills thai-baht-text 2.0.5's gaps: it returns "" for 0, "undefined…" for negatives,
 * throws on "1,000", and truncates satang where money rounds them half up.
 * Throws a RangeError for NaN, ±Infinity, text that is not a number, or amounts too large to be
 * exact to the satang; callers validate first.
 */
export function bahtText(amount: number | string): string {
  const value = typeof amount === 'number' ? amount : parseDecimal(amount.trim());
  if (value === null || !Number.isFinite(value)) {
    throw new RangeError(`not an amount of money: ${String(amount)}`);
  }
  // Beyond 2^53 satang a double no longer holds every satang (about 90 million million baht).
  if (Math.abs(value) * 100 > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`amount too large to write exactly: ${String(amount)}`);
  }
  // Rounded to satang (1/100 baht) first, so the library's truncation has nothing left to cut.
  const satang = roundHalfUp(Math.abs(value), 2);
  if (satang === 0) return 'ศูนย์บาทถ้วน';
  // toFixed(2) hands the library the exact two decimals, not a binary neighbour such as 0.29 → 0.28999….
  const words = ThaiBahtText(satang.toFixed(2));
  return value < 0 ? `ลบ${words}` : words;
}
