import { formatFixed, roundHalfUp } from './numbers.js';

export interface ScoreChange {
  direction: 'up' | 'down' | 'same';
  /** |current − previous|, rounded half up to the requested decimals. */
  amount: number;
}

/** A finite number as the decimal a person wrote: 92.435 → 92435 × 10^-3. */
function toDecimal(value: number): { digits: bigint; scale: number } {
  // String() gives the shortest decimal that reads back as the same double, i.e. what was typed.
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`not a finite score: ${value}`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(sign + whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * current − previous on the written decimals, so a half survives to be rounded:
 * in binary 92.435 − 92.43 is 0.0049999…, which would round to 0.00 instead of 0.01.
 */
function exactDifference(current: number, previous: number): number {
  const a = toDecimal(current);
  const b = toDecimal(previous);
  const scale = Math.max(a.scale, b.scale);
  const difference = a.digits * 10n ** BigInt(scale - a.scale) - b.digits * 10n ** BigInt(scale - b.scale);
  return Number(`${difference}e-${scale}`);
}

/**
 * Change between two scores: 92.43 against 96.91 is down 4.48 (plain subtraction gives
 * 4.4799999…). The direction follows the rounded amount, so a change too small to show
 * is 'same', never "เพิ่มขึ้น 0.00".
 */
export function scoreChange(current: number, previous: number, decimals = 2): ScoreChange {
  const difference = roundHalfUp(exactDifference(current, previous), decimals);
  if (difference === 0) return { direction: 'same', amount: 0 };
  return { direction: difference > 0 ? 'up' : 'down', amount: Math.abs(difference) };
}

/** "ลดลง 4.48 คะแนน", "เพิ่มขึ้น 1.20 คะแนน", "เท่าเดิม". */
export function formatScoreChange(current: number, previous: number, decimals = 2): string {
  const { direction, amount } = scoreChange(current, previous, decimals);
  if (direction === 'same') return 'เท่าเดิม';
  const verb = direction === 'up' ? 'เพิ่มขึ้น' : 'ลดลง';
  return `${verb} ${formatFixed(amount, decimals)} คะแนน`;
}

/**
 * A score as it is printed: the digits the clerk typed, without a sign a score never carries.
 * "+91.71" → "91.71", "-0" → "0", "-0.00" → "0.00" (a score is never below zero, so a minus
 * that survives validation can only be on a zero).
 */
export function scoreText(written: string): string {
  const unsigned = written.replace(/^\+/, '');
  return /^-[0๐]*(?:\.[0๐]*)?$/.test(unsigned) ? unsigned.slice(1) : unsigned;
}
