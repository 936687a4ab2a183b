// Numbers stay on the line of the word that introduces them: the space becomes a no-break space.
import { describe, expect, it } from 'vitest';
import { keepNumbersWithWords, keepNumbersWithWordsAcross } from '../../src/thai/keep-with-number.js';

const NBSP = '\u00A0';

describe('keepNumbersWithWords', () => {
  it('joins ครั้งที่, ข้อ, พ.ศ. and other words ending in ที่ to the number after them', () => {
    expect(keepNumbersWithWords('การประชุม ครั้งที่ ๒/๒๕๖๖ ณ ห้อง')).toBe(`การประชุม ครั้งที่${NBSP}๒/๒๕๖๖ ณ ห้อง`);
    expect(keepNumbersWithWords('ระเบียบวาระที่ 3 และข้อ 4.1')).toBe(`ระเบียบวาระที่${NBSP}3 และข้อ${NBSP}4.1`);
    expect(keepNumbersWithWords('ปีงบประมาณ พ.ศ. ๒๕๖๖')).toBe(`ปีงบประมาณ พ.ศ.${NBSP}๒๕๖๖`);
    expect(keepNumbersWithWords('เวลา 13.30 น.')).toBe(`เวลา${NBSP}13.30 น.`);
  });

  it('keeps a date\'s year with its month, written out or abbreviated', () => {
    expect(keepNumbersWithWords('ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๖')).toBe(`ภายในวันที่${NBSP}๓๑${NBSP}ธันวาคม${NBSP}๒๕๖๖`);
    expect(keepNumbersWithWords('๓๑ ธ.ค. ๒๕๖๖')).toBe(`๓๑${NBSP}ธ.ค.${NBSP}๒๕๖๖`);
    expect(keepNumbersWithWords('ได้ 5 มกราคม')).toBe(`ได้ 5${NBSP}มกราคม`);
  });

  it('leaves a space before a word, and several spaces become one no-break space', () => {
    expect(keepNumbersWithWords('ที่ มท ๐๒๐๑.๒/๑๕๙๐')).toBe('ที่ มท ๐๒๐๑.๒/๑๕๙๐');
    expect(keepNumbersWithWords('ครั้งที่   2')).toBe(`ครั้งที่${NBSP}2`);
    // A number and the word that counts it are kept together too (issue 12).
    expect(keepNumbersWithWords('ประชุมกับ 5 หน่วยงาน')).toBe(`ประชุมกับ 5${NBSP}หน่วยงาน`);
    expect(keepNumbersWithWords('')).toBe('');
  });
});

describe('keepNumbersWithWordsAcross', () => {
  it('joins across a run boundary, on whichever side the space is', () => {
    expect(keepNumbersWithWordsAcross(['ครั้งที่', ' ๒/๒๕๖๖'])).toEqual(['ครั้งที่', `${NBSP}๒/๒๕๖๖`]);
    expect(keepNumbersWithWordsAcross(['ครั้งที่ ', '๒/๒๕๖๖'])).toEqual([`ครั้งที่${NBSP}`, '๒/๒๕๖๖']);
    expect(keepNumbersWithWordsAcross(['ครั้งที่', 'ต่อไป'])).toEqual(['ครั้งที่', 'ต่อไป']);
  });

  it('does not join across a line break', () => {
    expect(keepNumbersWithWordsAcross(['ครั้งที่ ', '\n', '๒'])).toEqual(['ครั้งที่ ', '\n', '๒']);
  });
});

describe('a number and the word that counts it', () => {
  it('keeps them on one line with a no-break space', () => {
    expect(keepNumbersWithWords('ผู้เข้ารับการฝึกอบรม ๑๒๐ คน จาก ๒๔ หน่วยงาน รวม ๓ รุ่น รุ่นละ ๓ วัน')).toBe('ผู้เข้ารับการฝึกอบรม ๑๒๐\u00A0คน จาก ๒๔\u00A0หน่วยงาน รวม ๓\u00A0รุ่น รุ่นละ ๓\u00A0วัน');
    expect(keepNumbersWithWords('ได้ 92.43 คะแนน และ 215,000 บาท')).toBe('ได้ 92.43\u00A0คะแนน และ 215,000\u00A0บาท');
  });

  it('leaves a number before a longer word alone (๗ วันนี้ is not a count of days)', () => {
    expect(keepNumbersWithWords('ข้อ ๗ วันนี้')).toBe('ข้อ\u00A0๗ วันนี้');
  });
});

describe('a date with its era', () => {
  it('keeps the month with พ.ศ. or ค.ศ. before the year', () => {
    expect(keepNumbersWithWords('ภายในวันที่ ๓๑ ธันวาคม พ.ศ. ๒๕๖๙')).toBe(`ภายในวันที่${NBSP}๓๑${NBSP}ธันวาคม${NBSP}พ.ศ.${NBSP}๒๕๖๙`);
    expect(keepNumbersWithWords('15 ธ.ค. ค.ศ. 2026')).toBe(`15${NBSP}ธ.ค.${NBSP}ค.ศ.${NBSP}2026`);
    // A month named without a day is no date: the era after it still keeps its year.
    expect(keepNumbersWithWords('เดือนธันวาคม พ.ศ. ๒๕๖๙')).toBe(`เดือนธันวาคม${NBSP}พ.ศ.${NBSP}๒๕๖๙`);
  });
});

describe('a telephone number', () => {
  it.each([
    ['ส่วนราชการ กองกลาง โทร. ๐ ๒๒๔๕ ๑๗๐๗ ต่อ ๖๑๒ ฝ่าย', 'ส่วนราชการ กองกลาง โทร.\u00A0๐\u00A0๒๒๔๕\u00A0๑๗๐๗\u00A0ต่อ\u00A0๖๑๒ ฝ่าย'],
    ['โทรศัพท์ 0-2245-1707 หรือ', 'โทรศัพท์\u00A00-2245-1707 หรือ'],
    ['โทรสาร 02 222 1141 ต่อ 50123, 50124 ในวัน', 'โทรสาร\u00A002\u00A0222\u00A01141\u00A0ต่อ\u00A050123,\u00A050124 ในวัน'],
  ])('is kept on one line: %s', (text, kept) => {
    expect(keepNumbersWithWords(text)).toBe(kept);
  });

  it('does not take the numbers of the sentence after it', () => {
    expect(keepNumbersWithWords('โทร. ๑๒๓๔ ภายใน ๗ วัน')).toBe('โทร.\u00A0๑๒๓๔ ภายใน ๗\u00A0วัน');
  });
});
