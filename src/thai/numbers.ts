import { toArabicDigits } from './digits.js';

const MAX_DECIMALS = 15;

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
}

/**
 * Rounds half away from zero on the decimal value a person wrote, not on its binary
 * approximation: 1.005 is stored as 1.00499999999999989…, which Math.round and toFixed
 * take down to 1.00. Fifteen significant digits (what a double holds faithfully) drop
 * that noise, and shifting the decimal point through the exponent of a string keeps the
 * shift exact. Throws a RangeError for NaN and ±Infinity: a silent NaN in a report is worse.
 */
export function roundHalfUp(value: number, decimals: number): number {
  checkDecimals(decimals);
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const [mantissa, exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  // Past 2^53 a double has no fractional digits left to round (and Math.round would
  // print in exponent form, which the next step cannot shift).
  if (shifted >= Number.MAX_SAFE_INTEGER) return value;
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  // A result of zero is plain 0, never -0, so it cannot print as "-0.00".
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** roundHalfUp, then exactly `decimals` digits after the point: (100, 2) → "100.00". */
export function formatFixed(value: number, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}

// Optional sign; digits, either plain or in comma groups of three after a first group
// of one to three digits that does not start with 0; optional fraction. No exponent,
// no leading or trailing point, no surrounding space.
const DECIMAL_PATTERN = /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads a number as a person writes it ("92.43", "-4.48", "1,000", "๙๒.๔๓"), or null.
 * Stricter than Number(): rejects "", "1e5", "Infinity", "0x10", "1,00", " 12 ".
 */
export function parseDecimal(text: string): number | null {
  const arabic = toArabicDigits(text);
  if (!DECIMAL_PATTERN.test(arabic)) return null;
  const value = Number(arabic.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}
