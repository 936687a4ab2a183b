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
    expect(keepNumbersWithWords('ประชุมกับ 5 หน่วยงาน')).toBe('ประชุมกับ 5 หน่วยงาน');
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
