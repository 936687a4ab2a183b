import { describe, it, expect } from 'vitest';
import { toArabicDigits, toThaiDigits } from '../../src/thai/digits.js';

describe('toThaiDigits', () => {
  it('maps every digit 0-9 to ๐-๙ in order', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });

  it('leaves letters, punctuation and Thai text untouched', () => {
    expect(toThaiDigits('ครั้งที่ 2/2566 เวลา 13.30 น. (ITA)')).toBe('ครั้งที่ ๒/๒๕๖๖ เวลา ๑๓.๓๐ น. (ITA)');
  });

  it('leaves digits of other scripts alone', () => {
    expect(toThaiDigits('٣ ३ ３')).toBe('٣ ३ ３');
  });

  it('returns an empty string for an empty string', () => {
    expect(toThaiDigits('')).toBe('');
  });
});

describe('toArabicDigits', () => {
  it('maps every digit ๐-๙ to 0-9 in order', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('leaves Arabic digits and other text untouched', () => {
    expect(toArabicDigits('มท ๐๒๐๑.๒/ว 1590')).toBe('มท 0201.2/ว 1590');
  });

  it('undoes toThaiDigits', () => {
    const text = 'คะแนน 92.43 ลดลง 4.48 จาก 96.91';
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
  });
});
