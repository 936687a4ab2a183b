// A score prints as the digits typed, never with a sign (issue 13 item 18: "-๐", "+๙๑.๗๑").
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../src/thai/score-change.js';
import { score } from '../../src/schema/scalars.js';

describe('scoreText', () => {
  it('drops a plus sign', () => expect(scoreText('+91.71')).toBe('91.71'));
  it('drops the minus of a negative zero, keeping its decimals', () => {
    expect(scoreText('-0')).toBe('0');
    expect(scoreText('-0.00')).toBe('0.00');
  });
  it('keeps what was typed otherwise', () => {
    expect(scoreText('100.00')).toBe('100.00');
    expect(scoreText('0')).toBe('0');
  });
});

describe('a score field', () => {
  it('reads +91.71 as 91.71 and -0 as 0, as written', () => {
    expect(score('scores').parse('+91.71')).toEqual({ text: '91.71', value: 91.71 });
    expect(score('scores').parse('-0')).toEqual({ text: '0', value: 0 });
  });
});
