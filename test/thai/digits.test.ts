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

  it('changes each ASCII digit and nothing else, at the start, the end and side by side', () => {
    const pieces = ['0', '9', '/', ':', 'ก', '๙', ' ', '\ud83d\ude00', '\ud800', 'a'];
    let seed = 5;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = random(8); i > 0; i--) text += pieces[random(pieces.length)];
      expect(toThaiDigits(text)).toBe(text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d))));
    }
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
