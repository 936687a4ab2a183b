import { describe, expect, it } from 'vitest';
import { compressCodes, joinThai } from '../../src/derive/question-codes.js';

describe('compressCodes', () => {
  it('collapses a run into a range with an en dash', () => {
    expect(compressCodes(['I1', 'I2', 'I3'])).toBe('I1–I3');
  });
  it('lists a gap with และ before the last group', () => {
    expect(compressCodes(['I13', 'I14', 'I15', 'I18'])).toBe('I13–I15 และ I18');
    expect(compressCodes(['E1', 'E2', 'E3', 'E5'])).toBe('E1–E3 และ E5');
  });
  it('separates several groups with commas', () => {
    expect(compressCodes(['I1', 'I3', 'I4', 'I7'])).toBe('I1, I3–I4 และ I7');
  });
  it('does not join codes of different prefixes', () => {
    expect(compressCodes(['I6', 'E7'])).toBe('I6 และ E7');
  });
  it('keeps a single code and the empty list as they are', () => {
    expect(compressCodes(['O1'])).toBe('O1');
    expect(compressCodes([])).toBe('');
  });
});

describe('joinThai', () => {
  it('joins with และ before the last item', () => {
    expect(joinThai(['ก'])).toBe('ก');
    expect(joinThai(['ก', 'ข'])).toBe('ก และ ข');
    expect(joinThai(['ก', 'ข', 'ค'])).toBe('ก, ข และ ค');
  });
});
