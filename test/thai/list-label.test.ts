import { describe, it, expect } from 'vitest';
import { listLabel } from '../../src/thai/list-label.js';

describe('listLabel', () => {
  it('writes decimal labels in Arabic or Thai digits', () => {
    expect(listLabel('decimal', 1, false)).toBe('1.');
    expect(listLabel('decimal', 1, true)).toBe('๑.');
    expect(listLabel('decimal', 12, true)).toBe('๑๒.');
  });

  it('writes paren labels in Arabic or Thai digits', () => {
    expect(listLabel('paren', 3, false)).toBe('3)');
    expect(listLabel('paren', 3, true)).toBe('๓)');
  });

  it('writes Thai letters ก. ข. ค. and then ง. (no ฃ, ฅ or ฆ)', () => {
    expect([1, 2, 3, 4, 5].map((n) => listLabel('thaiLetter', n, false))).toEqual(['ก.', 'ข.', 'ค.', 'ง.', 'จ.']);
  });

  it('never uses ฃ, ฅ, ฆ or the vowels ฤ, ฦ', () => {
    const labels = Array.from({ length: 41 }, (_, i) => listLabel('thaiLetter', i + 1, false)).join('');
    expect(labels).not.toMatch(/[ฃฅฆฤฦ]/);
  });

  it('ends the Thai letters at ฮ., item 41, and throws a RangeError after it', () => {
    expect(listLabel('thaiLetter', 40, false)).toBe('อ.');
    expect(listLabel('thaiLetter', 41, false)).toBe('ฮ.');
    expect(() => listLabel('thaiLetter', 42, false)).toThrow(RangeError);
  });

  it('writes the same Thai letter whatever the digit setting', () => {
    expect(listLabel('thaiLetter', 2, true)).toBe('ข.');
  });

  it('writes bullets and dashes whatever the number', () => {
    expect(listLabel('bullet', 1, false)).toBe('•');
    expect(listLabel('bullet', 7, true)).toBe('•');
    expect(listLabel('dash', 3, true)).toBe('-');
  });

  it('throws a RangeError for an item number below 1 or not whole', () => {
    expect(() => listLabel('decimal', 0, false)).toThrow(RangeError);
    expect(() => listLabel('decimal', 1.5, false)).toThrow(RangeError);
  });
});
