// Issue 12: an amount in words is never parted, and neither is its figure ("๒,๔๕๐,๗๕๐.๕๐ บาท"); a
// line may end between the two. Kept as one piece, a long amount left the line before it so short
// that the PDF spread it letter by letter to the margin (a reviewer's minutes: "ย่ อ ย   จ ำ น ว น").
import { describe, expect, it } from 'vitest';
import { keepNumbersWithWords } from '../../src/thai/keep-with-number.js';
import { keepWholeSpans } from '../../src/thai/names.js';
import { layoutLines, type Measure } from '../../src/writers/pdf/line-layout.js';
import { t } from '../support/sample-document.js';

const FIGURE = '๒,๔๕๐,๗๕๐.๕๐ บาท';
const WORDS = '(สองล้านสี่แสนห้าหมื่นเจ็ดร้อยห้าสิบบาทห้าสิบสตางค์)';

describe('an amount with its figure', () => {
  it('is two pieces kept whole: the figure with บาท, and the words with their parentheses', () => {
    const text = keepNumbersWithWords(`ใช้งบประมาณรวม ${FIGURE} ${WORDS} ต่อปี`);
    const amounts = keepWholeSpans(text).filter((s) => s.kind === 'amount').map((s) => text.slice(s.start, s.end));
    expect(amounts).toEqual([keepNumbersWithWords(FIGURE), WORDS]);
  });

  it('keeps the words whole when there is no figure, and ถ้วน with them', () => {
    const text = 'เป็นเงิน (หนึ่งแสนสองหมื่นบาทถ้วน) ต่อปี';
    expect(keepWholeSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['(หนึ่งแสนสองหมื่นบาทถ้วน)']);
  });

  it.each([60, 80])('ends a line after the figure rather than part the words or leave a short line (%i wide)', (right) => {
    // One unit per character; figure and words (70) fit no line of 60 or 80 together. Before: at 60
    // the words were parted (…สองล้านสี่แสน|ห้าหมื่น…), at 80 the first line ended before the figure.
    const measure: Measure = (text) => [...text].length;
    const text = keepNumbersWithWords(`ค่าใช้จ่ายหลักสูตรย่อย รวม ${FIGURE} ${WORDS} ต่อปี`);
    const lines = layoutLines([t(text)], { firstStart: 0, restStart: 0, right, align: 'thaiDistribute' }, measure).map((l) => l.text.trim());
    expect(lines[0]).toBe(keepNumbersWithWords(`ค่าใช้จ่ายหลักสูตรย่อย รวม ${FIGURE}`));
    expect(lines[1]).toBe(`${WORDS} ต่อปี`);
  });
});
