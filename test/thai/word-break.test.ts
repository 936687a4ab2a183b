import { describe, expect, it } from 'vitest';
import { breakOpportunities, graphemes, segmentWords } from '../../src/thai/word-break.js';

/** The pieces joined with '|': where a line may break. */
const breaks = (text: string) => segmentWords(text).join('|');

describe('segmentWords', () => {
  it('gives back the text when the pieces are joined', () => {
    const text = 'วันนี้ (๒๒ ส.ค. ๒๕๖๖) เวลา ๑๓.๓๐ - ๑๖.๐๐ น.  ร.ต. สรมงคล อื่น ๆ ';
    expect(segmentWords(text).join('')).toBe(text);
  });

  it('keeps a name whole where ICU leaves a lone consonant (ส|รมงคล)', () => {
    // The whole name, rank included, is one piece (names.ts).
    expect(segmentWords('ร.ต. สรมงคล มงคละสิริ')).toEqual(['ร.ต. สรมงคล มงคละสิริ']);
  });

  it('keeps a name whole that ICU cuts before a fragment ending in ์ (อม|รา|ภ|รณ์)', () => {
    expect(breaks('นางอมราภรณ์ ทรงอาวุธ')).not.toMatch(/อม\|ราภรณ์|อมรา\|ภรณ์|อมราภ\|รณ์/);
    expect(segmentWords('นางอมราภรณ์ ทรงอาวุธ').some((p) => p.includes('อมราภรณ์'))).toBe(true);
  });

  it('breaks หน่วยงานภาครัฐ only between หน่วยงาน and ภาครัฐ', () => {
    expect(breaks('หน่วยงานภาครัฐ')).toBe('หน่วยงาน|ภาครัฐ');
  });

  it('never breaks before a following vowel or a mark', () => {
    // ICU gives มงคล|ะ|สิริ: the ะ cannot start a line.
    expect(breaks('มงคละสิริ')).not.toContain('|ะ');
    for (const piece of segmentWords('มงคละสิริ ดำเนินงาน ผู้มีส่วนได้ส่วนเสีย')) {
      expect(piece).not.toMatch(/^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/);
    }
  });

  it('keeps ๆ with its word, with or without the space before it', () => {
    expect(segmentWords('เรื่องอื่น ๆ และอื่นๆ ต่อไป')).toEqual(expect.arrayContaining(['อื่น ๆ ', 'อื่นๆ ']));
  });

  it('keeps ฯ with its word and does not let it spoil the word before', () => {
    expect(breaks('สำนักนายกรัฐมนตรีฯ ทั้งนี้')).toBe('สำนักนายกรัฐมนตรีฯ |ทั้งนี้');
    expect(breaks('กรมการปกครองฯ ทั้งนี้')).toBe('กรมการปกครองฯ |ทั้งนี้');
    expect(breaks('ฯพณฯ กรุงเทพฯ ฯลฯ')).toBe('ฯพณฯ |กรุงเทพฯ |ฯลฯ');
  });

  it('keeps punctuation with its word: ร.ต. (ITA) “ผ่าน” ๒/๒๕๖๖', () => {
    expect(breaks('ร.ต. (ITA) “ผ่าน” ๒/๒๕๖๖')).toBe('ร.ต. |(ITA) |“ผ่าน” |๒/๒๕๖๖');
  });

  it('attaches spaces to the word before, so no piece starts with a space', () => {
    const pieces = segmentWords('ณ ห้องประชุม  ชั้น ๕');
    expect(pieces).toEqual(['ณ ', 'ห้องประชุม  ', 'ชั้น ', '๕']);
    for (const piece of pieces.slice(1)) expect(piece).not.toMatch(/^\s/);
  });

  it('does not break at a no-break space', () => {
    expect(breaks('นาย\u00A0สมชาย')).toBe('นาย\u00A0สมชาย');
  });

  it('breaks only where Intl.Segmenter sees a word boundary', () => {
    const text = 'เข้าร่วมประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ';
    const icu = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), (s) => s.index));
    for (const offset of breakOpportunities(text)) expect(icu.has(offset)).toBe(true);
  });
});

describe('breakOpportunities', () => {
  it('lists the offsets between pieces', () => {
    expect(breakOpportunities('หน่วยงานภาครัฐ')).toEqual(['หน่วยงาน'.length]);
    expect(breakOpportunities('')).toEqual([]);
  });
});

describe('graphemes', () => {
  it('never parts a consonant from its vowel and tone marks', () => {
    expect(graphemes('น้ำที่ผู้')).toEqual(['น้ำ', 'ที่', 'ผู้']);
  });
});
