import { describe, it, expect } from 'vitest';
import { formatFixed, parseDecimal, roundHalfUp } from '../../src/thai/numbers.js';

describe('roundHalfUp', () => {
  it('rounds the ITA 2566 total 92.431 to 92.43', () => {
    expect(roundHalfUp(92.431, 2)).toBe(92.43);
  });

  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [8.345, 2, 8.35],
    [1.255, 2, 1.26],
    [0.125, 2, 0.13],
    [1.45, 1, 1.5],
    [0.285, 2, 0.29],
  ])('rounds %s to %s decimals as written, not as stored in binary', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it('rounds halves away from zero for negatives: -4.485 → -4.49', () => {
    expect(roundHalfUp(-4.485, 2)).toBe(-4.49);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });

  it('rounds 2.5 to 3 with no decimals (not banker’s rounding)', () => {
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(0.5, 0)).toBe(1);
  });

  it('agrees with integer arithmetic on every half-thousandth from 0 to 100', () => {
    for (let thousandths = 5; thousandths <= 100_000; thousandths += 10) {
      const expected = Math.floor((thousandths + 5) / 10) / 100;
      expect(roundHalfUp(thousandths / 1000, 2)).toBe(expected);
    }
  });

  it('returns 0, not -0, when a small negative rounds away', () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it('leaves numbers too large to have fractional digits unchanged', () => {
    expect(roundHalfUp(1e20, 2)).toBe(1e20);
    expect(roundHalfUp(-1e20, 2)).toBe(-1e20);
  });

  it('rounds tiny numbers to zero', () => {
    expect(roundHalfUp(1e-20, 2)).toBe(0);
  });

  it('throws a RangeError for NaN and Infinity', () => {
    expect(() => roundHalfUp(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(Infinity, 2)).toThrow(RangeError);
  });

  it('throws a RangeError for negative or fractional decimals', () => {
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatFixed', () => {
  it.each([
    [92.431, 2, '92.43'],
    [100, 2, '100.00'],
    [1.005, 2, '1.01'],
    [-4.485, 2, '-4.49'],
    [1.2, 2, '1.20'],
    [2.5, 0, '3'],
    [0, 2, '0.00'],
  ])('writes %s with %s decimals as %s', (value, decimals, expected) => {
    expect(formatFixed(value, decimals)).toBe(expected);
  });

  it('never writes "-0.00"', () => {
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0, 2)).toBe('0.00');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['92.43', 92.43],
    ['100', 100],
    ['100.00', 100],
    ['-4.48', -4.48],
    ['+1', 1],
    ['0', 0],
    ['007', 7],
    ['1,000', 1000],
    ['12,345.6', 12345.6],
    ['1,234,567.89', 1234567.89],
    ['-1,000', -1000],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it('reads Thai digits: ๙๒.๔๓ is 92.43', () => {
    expect(parseDecimal('๙๒.๔๓')).toBe(92.43);
    expect(parseDecimal('๑,๐๐๐')).toBe(1000);
  });

  it('reads -0 as 0, not -0', () => {
    expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
  });

  it.each([
    '',
    'abc',
    '1,00',
    '1,0000',
    '10,00,000',
    ',100',
    '100,',
    '0,100',
    '1.2.3',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    '0x10',
    '1_000',
    '1 000',
    ' 12 ',
    '12 ',
    '.5',
    '5.',
    '+',
    '-',
    '--1',
    '1,000.5,0',
    '1,000.000,1',
  ])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});
