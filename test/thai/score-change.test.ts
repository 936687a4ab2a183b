import { describe, it, expect } from 'vitest';
import { formatScoreChange, scoreChange } from '../../src/thai/score-change.js';

describe('scoreChange', () => {
  it('gives ITA 2566 against 2565 as down exactly 4.48, not 4.4799999', () => {
    expect(92.43 - 96.91).not.toBe(-4.48);
    expect(scoreChange(92.43, 96.91)).toEqual({ direction: 'down', amount: 4.48 });
  });

  it('gives a rise as up with a positive amount', () => {
    expect(scoreChange(0.3, 0.1)).toEqual({ direction: 'up', amount: 0.2 });
  });

  it('gives equal scores as same with amount 0', () => {
    expect(scoreChange(92.43, 92.43)).toEqual({ direction: 'same', amount: 0 });
  });

  it('calls a change that rounds to zero the same', () => {
    expect(scoreChange(92.431, 92.43)).toEqual({ direction: 'same', amount: 0 });
  });

  it('rounds a half difference up although binary subtraction gives 0.00499…', () => {
    expect(92.435 - 92.43).toBeLessThan(0.005);
    expect(scoreChange(92.435, 92.43)).toEqual({ direction: 'up', amount: 0.01 });
    expect(scoreChange(92.43, 92.435)).toEqual({ direction: 'down', amount: 0.01 });
  });

  it('rounds the amount to the requested decimals', () => {
    expect(scoreChange(92.431, 96.91, 1)).toEqual({ direction: 'down', amount: 4.5 });
  });

  it('handles scores written in exponent form and integers', () => {
    expect(scoreChange(1e-7, 0, 7)).toEqual({ direction: 'up', amount: 1e-7 });
    expect(scoreChange(100, 85)).toEqual({ direction: 'up', amount: 15 });
    expect(scoreChange(-1.5, 1.5)).toEqual({ direction: 'down', amount: 3 });
  });

  it('throws a RangeError for NaN', () => {
    expect(() => scoreChange(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('formatScoreChange', () => {
  it('writes a fall: ลดลง 4.48 คะแนน', () => {
    expect(formatScoreChange(92.43, 96.91)).toBe('ลดลง 4.48 คะแนน');
  });

  it('writes a rise with fixed decimals: เพิ่มขึ้น 1.20 คะแนน', () => {
    expect(formatScoreChange(98.11, 96.91)).toBe('เพิ่มขึ้น 1.20 คะแนน');
  });

  it('writes no change as เท่าเดิม', () => {
    expect(formatScoreChange(96.91, 96.91)).toBe('เท่าเดิม');
  });

  it('follows the decimals asked for', () => {
    expect(formatScoreChange(92.43, 96.91, 1)).toBe('ลดลง 4.5 คะแนน');
  });
});
