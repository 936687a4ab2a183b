// Issue 12: the PDF's line ends judged by libthai, an independent dictionary: none inside a
// word and none inside a name, for several pages of official prose and for every example meeting.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { personNameSpans } from '../../src/thai/names.js';
import { linesByGroup } from '../support/text-checks.js';
import { OFFICIAL_PROSE } from './corpus/official-prose.js';
import { corpusDocument } from './support/corpus-document.js';
import { judgeLineEnds } from './support/libthai-judge.js';
import { exampleDocuments } from './support/example-documents.js';

const CORPUS_NAMES = [
  'นายวีระพงษ์ ทรงอาวุธ', 'นางสาวกัญญารัตน์ จันทมฤก', 'ร.ต. สรมงคล มงคละสิริ', 'นางอมราภรณ์ ทรงอาวุธ', 'พ.ต.อ. ธนากร ศรีสุวรรณ',
  'ว่าที่ร้อยตรีสมชาย ใจดี', 'ดร.พิมพ์ชนก วงศ์ไพศาล', 'นายธีรวัฒน์ บุญประเสริฐ', 'นางสาวปิยะนุช เรืองศรี', 'ผศ.ดร.ณัฐพล ธรรมสถิตย์',
  'จ่าสิบเอกประเสริฐ มั่นคง', 'นางสาวสุดารัตน์ พึ่งบุญ', 'ศาสตราจารย์พิเศษ ดร.วิชัย รัตนพันธ์',
];

describe('PDF line ends judged by libthai', () => {
  it('finds every name of the corpus as a name (the judge of split names sees them)', () => {
    const found = OFFICIAL_PROSE.flatMap((text) => personNameSpans(text).map((s) => text.slice(s.start, s.end)));
    for (const name of CORPUS_NAMES) expect(found.some((f) => f.includes(name))).toBe(true);
  });

  it('breaks several pages of official prose only between words, never inside a name', async () => {
    const render = await renderPdf(corpusDocument());
    expect(render.pages).toBeGreaterThanOrEqual(3);
    const judged = judgeLineEnds(linesByGroup(render.lines));
    expect(judged.insideWords).toEqual([]);
    expect(judged.insideNames).toEqual([]);
  });

  it('breaks every example meeting only between words, never inside a name', async () => {
    const examples = await exampleDocuments();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const bad: string[] = [];
    for (const { file, document } of examples) {
      const judged = judgeLineEnds(linesByGroup((await renderPdf(document)).lines));
      bad.push(...judged.insideWords.map((w) => `${file}: word ${w}`), ...judged.insideNames.map((w) => `${file}: name ${w}`));
    }
    expect(bad).toEqual([]);
  });
});
