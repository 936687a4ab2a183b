import { describe, expect, it } from 'vitest';
import { cleanText, hideControls } from '../../src/load/text-hygiene.js';
import { expectLinearGrowth } from '../support/growth.js';

const clean = (text: string) => {
  const { value, fixes } = cleanText(text);
  return { value, fixes: fixes.map((f) => [f.code, f.index, f.before, f.after]) };
};

describe('Thai text hygiene', () => {
  it('leaves well-typed Thai, Latin and mixed text alone', () => {
    for (const text of ['น้ำ', 'กิ่ง', 'ที่ประชุม', 'สิทธิ์', 'ผู้', 'ก็', 'ITA ของ สป.มท.', 'ไม้ ่ ้ ๊ ๋ สี่', 'ก่้', '']) {
      expect(cleanText(text)).toEqual({ value: text, fixes: [], more: 0 });
    }
  });

  it('puts a vowel above or below before the tone typed ahead of it', () => {
    expect(clean('ก่ิ')).toEqual({ value: 'กิ่', fixes: [['TEXT_MARK_ORDER', 1, 'ก่ิ', 'กิ่']] });
    expect(clean('ผู้')).toEqual({ value: 'ผู้', fixes: [['TEXT_MARK_ORDER', 1, 'ผู้', 'ผู้']] });
    expect(clean('ก๊ั')).toEqual({ value: 'กั๊', fixes: [['TEXT_MARK_ORDER', 1, 'ก๊ั', 'กั๊']] });
  });

  it('puts the tone before a sara am typed ahead of it', () => {
    expect(clean('นำ้')).toEqual({ value: 'น้ำ', fixes: [['TEXT_MARK_ORDER', 1, 'นำ้', 'น้ำ']] });
  });

  it('keeps one of a mark typed twice', () => {
    expect(clean('น้้ำ')).toEqual({ value: 'น้ำ', fixes: [['TEXT_DOUBLED_MARK', 1, 'น้้', 'น้']] });
    expect(clean('กี่่่')).toEqual({ value: 'กี่', fixes: [['TEXT_DOUBLED_MARK', 1, 'กี่่่', 'กี่']] });
  });

  it('turns nikhahit and sara aa into sara am, with a tone between or before', () => {
    expect(clean('นํา')).toEqual({ value: 'นำ', fixes: [['TEXT_SARA_AM', 1, 'นํา', 'นำ']] });
    expect(clean('นํ้า')).toEqual({ value: 'น้ำ', fixes: [['TEXT_SARA_AM', 1, 'นํ้า', 'น้ำ']] });
    expect(clean('น้ํา')).toEqual({ value: 'น้ำ', fixes: [['TEXT_SARA_AM', 1, 'น้ํา', 'น้ำ']] });
    // Nikhahit alone is Pali and Sanskrit spelling, not a mistake.
    expect(clean('สํสกฤต').fixes).toEqual([]);
  });

  it('removes zero-width characters, a run of them as one fix', () => {
    expect(clean('ห้อง\u200bประชุม\u200b\u200c\u2060ใหญ่\ufeff')).toEqual({
      value: 'ห้องประชุมใหญ่',
      fixes: [
        ['TEXT_ZERO_WIDTH', 4, '\u200b', ''],
        ['TEXT_ZERO_WIDTH', 11, '\u200b\u200c\u2060', ''],
        ['TEXT_ZERO_WIDTH', 18, '\ufeff', ''],
      ],
    });
  });

  it('removes control characters but keeps tab and line feed', () => {
    expect(clean('a\u000bb\tc\nd\u0007\u001b[31m\u0085\u007f')).toEqual({
      value: 'ab\tc\nd[31m',
      fixes: [
        ['TEXT_CONTROL', 1, '\u000b', ''],
        ['TEXT_CONTROL', 7, '\u0007\u001b', ''],
        ['TEXT_CONTROL', 13, '\u0085\u007f', ''],
      ],
    });
  });

  it('removes a lone surrogate but keeps a real pair (an emoji)', () => {
    expect(clean('a\ud800b\udc00c😀').value).toBe('abc😀');
  });

  it('fixes a mark at the very start of a value, with no letter under it', () => {
    expect(clean('่ิบ้าน')).toEqual({ value: 'ิ่บ้าน', fixes: [['TEXT_MARK_ORDER', 0, '่ิ', 'ิ่']] });
  });

  it('fixes marks after a Latin letter like any other', () => {
    expect(clean('ITA่ิ')).toEqual({ value: 'ITAิ่', fixes: [['TEXT_MARK_ORDER', 3, 'A่ิ', 'Aิ่']] });
  });

  it('fixes several problems in one value, each where it was typed', () => {
    expect(clean('ที่ี\u200bนํ้า ก่ิ')).toEqual({
      value: 'ที่น้ำ กิ่',
      fixes: [
        ['TEXT_MARK_ORDER', 1, 'ที่ี', 'ทีี่'],
        ['TEXT_DOUBLED_MARK', 1, 'ทีี่', 'ที่'],
        ['TEXT_ZERO_WIDTH', 4, '\u200b', ''],
        ['TEXT_SARA_AM', 6, 'นํ้า', 'น้ำ'],
        ['TEXT_MARK_ORDER', 11, 'ก่ิ', 'กิ่'],
      ],
    });
  });

  it('names the letter a mark sits on after a removed invisible character', () => {
    expect(clean('ก\u200b่ิ').fixes).toEqual([
      ['TEXT_ZERO_WIDTH', 1, '\u200b', ''],
      ['TEXT_MARK_ORDER', 2, 'ก่ิ', 'กิ่'],
    ]);
  });

  it('counts the fixes past a limit instead of keeping them', () => {
    const { value, fixes, more } = cleanText('ก่ิ'.repeat(10), 3);
    expect(value).toBe('กิ่'.repeat(10));
    expect(fixes).toHaveLength(3);
    expect(more).toBe(7);
  });

  it('is linear: four times as many marks or invisible characters take about four times as long', () => {
    const texts: Array<(n: number) => string> = [
      (n) => 'ก่ิ'.repeat(n),
      (n) => '\u0e48'.repeat(n),
      (n) => '\u0e48\u0e49'.repeat(n),
      (n) => 'x\u200b'.repeat(n),
      (n) => 'x\u000b'.repeat(n),
    ];
    for (const text of texts) expectLinearGrowth((n) => { const input = text(n); return () => cleanText(input, 21); }, 400_000, { maxRatio: 10 });
  });

  it('hides raw control characters from the YAML parser one for one, keeping offsets', () => {
    const text = 'a: x\u000by\u0007\n\tb: \u0085\r';
    const hidden = hideControls(text);
    expect(hidden).toHaveLength(text.length);
    expect(hidden).toBe('a: x\ufdd0y\ufdd0\n\tb: \ufdd0\r');
  });
});
