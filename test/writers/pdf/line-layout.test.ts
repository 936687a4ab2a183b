import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/document.js';
import { graphemes } from '../../../src/thai/word-break.js';
import { layoutLines, type LineSpec, type Measure } from '../../../src/writers/pdf/line-layout.js';
import { t } from '../../support/sample-document.js';

/** A font where every grapheme cluster is 10 pt wide and a space 5 pt; bold is 12 pt. */
const measure: Measure = (text, style) =>
  graphemes(text).reduce((w, g) => w + (g === ' ' ? 5 : style.bold ? 12 : 10), 0);

const spec = (over: Partial<LineSpec> = {}): LineSpec => ({ firstStart: 0, restStart: 0, right: 100, align: 'left', ...over });
const texts = (inlines: Inline[], s = spec()) => layoutLines(inlines, s, measure).map((l) => l.text);

describe('layoutLines', () => {
  it('breaks Thai between words, never inside one', () => {
    // หน่วยงาน (6 clusters, 60 pt) + ภาครัฐ (5, 50 pt) cannot share a 100 pt line.
    expect(texts([t('หน่วยงานภาครัฐ')])).toEqual(['หน่วยงาน', 'ภาครัฐ']);
  });

  it('gives back the source text when the lines are joined', () => {
    const source = 'วันนี้ ร.ต. สรมงคล มงคละสิริ มอบหมายให้ นางอมราภรณ์ ทรงอาวุธ เข้าร่วมประชุม';
    expect(texts([t(source)]).join('')).toBe(source);
  });

  it('keeps the space at a break on the line before and never starts a line with one', () => {
    const lines = texts([t('ประชุม ประชุม ประชุม ประชุม')]);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^\s/);
    expect(lines[0]).toMatch(/ $/);
  });

  it('does not count trailing spaces against the width, nor draw them', () => {
    // ประชุม is 5 clusters, 50 pt: two fill the 100 pt line exactly; the space would make 105.
    const lines = layoutLines([t('ประชุมประชุม ')], spec(), measure);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fragments.map((f) => f.text)).toEqual(['ประชุมประชุม']);
    expect(lines[0]?.text).toBe('ประชุมประชุม ');
  });

  it('indents the first line only, and wraps later lines to restStart', () => {
    const lines = layoutLines([t('ประชุม ประชุม ประชุม ประชุม')], spec({ firstStart: 30, restStart: 10 }), measure);
    expect(lines.map((l) => l.x)).toEqual([30, 10, 10, 10]);
  });

  it('centres and right-aligns by the drawn width', () => {
    const [center] = layoutLines([t('ประชุม')], spec({ align: 'center' }), measure);
    const [right] = layoutLines([t('ประชุม')], spec({ align: 'right' }), measure);
    expect(center?.x).toBe(25);
    expect(right?.x).toBe(50);
  });

  it('sets justify and thaiDistribute left', () => {
    expect(layoutLines([t('ประชุม')], spec({ align: 'thaiDistribute' }), measure)[0]?.x).toBe(0);
  });

  it('lays mixed runs out together, a bold word continuing the same line', () => {
    const lines = layoutLines([t('ให้ '), t('นาง', true), t(' ทรง')], spec({ right: 200 }), measure);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fragments.map((f) => [f.text, f.style.bold, f.x])).toEqual([
      ['ให้ ', false, 0],
      ['นาง', true, 25],
      [' ทรง', false, 61],
    ]);
  });

  it('starts a new line at a hard break, at restStart', () => {
    const lines = layoutLines([t('บรรทัดแรก'), { type: 'break' }, t('สอง')], spec({ firstStart: 20, right: 300 }), measure);
    expect(lines.map((l) => [l.text, l.x])).toEqual([['บรรทัดแรก', 20], ['สอง', 0]]);
  });

  it('parts a no-break unit too long for the line at its no-break spaces before cutting a word', () => {
    // ๓๑ ต.ค. ๒๕๖๖ kept whole is 12 clusters, 120 pt (a no-break space is a cluster here).
    const date = '๓๑\u00A0ต.ค.\u00A0๒๕๖๖';
    expect(texts([t(date)], spec({ right: 80 }))).toEqual(['๓๑\u00A0ต.ค.\u00A0', '๒๕๖๖']);
    expect(texts([t(date)], spec({ right: 50 }))).toEqual(['๓๑\u00A0', 'ต.ค.\u00A0', '๒๕๖๖']);
  });

  it('cuts a word longer than the line between grapheme clusters', () => {
    const lines = texts([t('น้ำที่ผู้ปี่'.repeat(5))], spec({ right: 60 }));
    expect(lines.join('')).toBe('น้ำที่ผู้ปี่'.repeat(5));
    for (const line of lines) expect(line).not.toMatch(/^[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('leaves zero-width spaces out of the drawn text but in the ActualText', () => {
    const [line] = layoutLines([t('ประชุม\u200Bสภา')], spec({ right: 300 }), measure);
    expect(line?.fragments.map((f) => f.text).join('')).toBe('ประชุมสภา');
    expect(line?.text).toBe('ประชุม\u200Bสภา');
  });

  it('gives an empty paragraph one empty line', () => {
    expect(texts([])).toEqual(['']);
  });
});
