// Issue 12: a date (day, month, era, year) and a number with the word that introduces or counts
// it (ครั้งที่ ๑/๒๕๖๘, ๑๒๐ คน) stay on one line in the PDF, as in the DOCX: no line end inside
// them, not even to fill a line that would otherwise be short.
import { describe, expect, it } from 'vitest';
import { thaiMonthAbbreviations, thaiMonthNames } from '../../src/thai/dates.js';
import { keepNumbersWithWords } from '../../src/thai/keep-with-number.js';
import { layoutLines, type Measure } from '../../src/writers/pdf/line-layout.js';
import { renderPdf, type DrawnLine } from '../../src/writers/pdf/index.js';
import { finishText } from '../../src/render/finish-text.js';
import { t } from '../support/sample-document.js';
import { corpusDocument } from './support/corpus-document.js';
import { exampleDocuments } from './support/example-documents.js';

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const MONTH = [...thaiMonthNames, ...thaiMonthAbbreviations].map(escape).join('|');
const SPACE = '[ \\u00A0]+';
/** A date (day month [พ.ศ.] year, Thai or Arabic digits) or a number and the word before or after it. */
const KEPT = new RegExp(
  `[0-9๐-๙]{1,2}${SPACE}(?:${MONTH})(?:${SPACE}(?:พ\\.ศ\\.|ค\\.ศ\\.))?${SPACE}[0-9๐-๙]{2,4}|ครั้งที่${SPACE}[0-9๐-๙]+(?:/[0-9๐-๙]+)?`,
  'gu',
);

/** Narrower than ๓๐ พฤศจิกายน ๒๕๖๖ at 16 pt (about 90 pt): such a column may part a date. */
const NARROW_COLUMN_PT = 100;

/** Line ends strictly inside a date or a ครั้งที่ pair, as "…before|after…". */
function partedInside(lines: string[]): string[] {
  const joined = lines.join('');
  const ends = new Set<number>();
  let offset = 0;
  for (const line of lines.slice(0, -1)) ends.add((offset += line.length));
  const out: string[] = [];
  for (const m of joined.matchAll(KEPT)) {
    const start = m.index as number;
    for (let o = start + 1; o < start + m[0].length; o++) if (ends.has(o)) out.push(`${joined.slice(start, o)}|${joined.slice(o, start + m[0].length)}`);
  }
  return out;
}

describe('PDF lines keep a date whole', () => {
  // One unit per character. 'ที่ประชุม ', 'ให้' and 'ภายใน' leave the line under 4/5 full, where a
  // long piece (an office's name) may part at its words to fill it: a date must not.
  const measure: Measure = (text) => [...text].length;

  it.each([
    'ภายในวันที่ 31 ธันวาคม 2566',
    'ภายในวันที่ ๓๑ ธ.ค. ๒๕๖๖',
    'ภายในวันที่ ๓๑ ธันวาคม พ.ศ. ๒๕๖๙',
    'ครั้งที่ ๑/๒๕๖๘',
  ])('does not part "%s" to fill a line', (date) => {
    const text = keepNumbersWithWords(`ที่ประชุม ให้${date} ต่อไป`);
    const lines = layoutLines([t(text)], { firstStart: 0, restStart: 0, right: 30, align: 'left' }, measure);
    expect(partedInside(lines.map((l) => l.text))).toEqual([]);
    expect(lines.some((l) => l.text.includes(keepNumbersWithWords(date.replace(/^ภายใน/, ''))))).toBe(true);
  });

  it('parts a date only when it cannot fit a line at all, at its no-break spaces', () => {
    const text = keepNumbersWithWords('วันที่ 31 ธันวาคม 2566');
    const lines = layoutLines([t(text)], { firstStart: 0, restStart: 0, right: 12, align: 'left' }, measure);
    expect(lines.map((l) => l.text)).toEqual(['วันที่\u00A031\u00A0', 'ธันวาคม\u00A02566']);
  });

  it('in every example meeting and the corpus', async () => {
    const corpus = corpusDocument();
    // The corpus as the pipeline finishes a document's text (the examples are finished already).
    const documents = [...await exampleDocuments(), { file: 'corpus', document: { ...corpus, blocks: finishText(corpus.blocks, true) } }];
    const bad: string[] = [];
    for (const { file, document } of documents) {
      const render = await renderPdf(document);
      const groups = new Map<number, DrawnLine[]>();
      for (const line of render.lines) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
      for (const lines of groups.values()) {
        // A column narrower than a date (the 4/2566 minutes' due dates, about 45 pt) parts it at its spaces.
        if (Math.max(...lines.map((l) => l.box.right - l.box.left)) < NARROW_COLUMN_PT) continue;
        bad.push(...partedInside(lines.map((l) => l.text)).map((p) => `${file}: ${p}`));
      }
    }
    expect(bad).toEqual([]);
  });
});
