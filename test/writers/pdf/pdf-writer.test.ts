import { describe, expect, it, vi } from 'vitest';
import type { Block, Document, Inline } from '../../../src/model/document.js';
import { PAGE_NUMBER_GROUP, renderPdf, writePdf, type DrawnLine } from '../../../src/writers/pdf/index.js';
import { pdfFonts, pdfInfo, pdfPageText, pdfRawPageText, pdfText } from '../../support/pdf-text.js';
import { sampleDocument, t } from '../../support/sample-document.js';
import { joinLines, lineEndsInsideWords, linesByGroup, sourceTexts } from '../../support/text-checks.js';

const LONG = [
  'เข้าร่วมประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐของสำนักงานปลัดกระทรวงมหาดไทยณห้องประชุมราชบพิตรชั้นห้าอาคารดำรงราชานุภาพสรณ์',
  'ที่ประชุมรับทราบและมอบหมายให้หน่วยงานที่เกี่ยวข้องดำเนินการปรับปรุงประสิทธิภาพการสื่อสารและการปรับปรุงระบบการทำงานโดยเฉพาะคำถามที่ได้คะแนนต่ำกว่าร้อยละเก้าสิบห้า',
  'นางอมราภรณ์ ทรงอาวุธ และ ร.ต. สรมงคล มงคละสิริ ได้นำเสนอผลการประเมินเครื่องมือ IIT EIT และ OIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เรื่องอื่น ๆ ไม่มี',
];

/** Many long Thai paragraphs, few spaces: plenty of line ends, over several pages. */
function longDocument(): Document {
  const doc = sampleDocument();
  const body = doc.blocks[1] as Block & { type: 'paragraph' };
  const paragraphs: Block[] = [];
  for (let i = 0; i < 12; i++) {
    paragraphs.push({ ...body, type: 'heading', level: 2, keepWithNext: true, firstLineMm: 0, inlines: [t(`หัวข้อที่ ${i + 1}`, true)] });
    for (const text of LONG) paragraphs.push({ ...body, inlines: [t(text)] });
  }
  return { ...doc, blocks: paragraphs };
}

describe('writePdf on the kitchen-sink document', async () => {
  const doc = sampleDocument();
  const render = await renderPdf(doc);
  const text = pdfText(render.bytes);

  it('gives back every paragraph, list item, cell, caption and signature line exactly', () => {
    const joined = joinLines(text);
    const missing = sourceTexts(doc.blocks).filter((source) => !joined.includes(source));
    expect(missing).toEqual([]);
  });

  it('extracts ำ once and marks in order (ActualText)', () => {
    expect(text).toContain('ที่ ผู้ ปี่ น้ำ ฏิ ญ ฐ');
    expect(text).toContain('ดำเนินงาน');
    expect(text).not.toContain('\u0E4D\u0E32'); // ํ + า: the glyphs the font draws for ำ
  });

  it('draws a list label in front of the item text', () => {
    expect(text).toContain('๑. สำนักงาน ป.ป.ช.');
    expect(text).toContain('๑) แบบวัดการรับรู้');
  });

  it('numbers page 2 "- ๒ -" at the top and leaves page 1 unnumbered', () => {
    expect(render.pages).toBe(2);
    expect(pdfRawPageText(render.bytes, 2).trimStart().startsWith('- ๒ -')).toBe(true);
    expect(pdfPageText(render.bytes, 1)).not.toContain('- ๑ -');
  });

  it('embeds and subsets the fonts, and only those it uses', () => {
    const rows = pdfFonts(render.bytes).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+Sarabun-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('writes the meeting into the metadata, and the language', () => {
    const info = pdfInfo(render.bytes);
    expect(info).toMatchObject({
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Keywords: 'ITA, ประชุม',
      CreationDate: expect.stringContaining('2000'),
      Pages: '2',
    });
    expect(Buffer.from(render.bytes).toString('latin1')).toContain('/Lang (th-TH)');
  });

  it('never ends a line inside a word (layout output)', () => {
    expect(linesByGroup(render.lines).flatMap(lineEndsInsideWords)).toEqual([]);
  });
});

describe('writePdf on long Thai paragraphs', async () => {
  const doc = longDocument();
  const render = await renderPdf(doc);
  const lines = pdfText(render.bytes).split(/[\n\f]/).filter((line) => line !== '');

  it('breaks lines, flows over pages, and never ends a line inside a word (layout output)', () => {
    expect(render.pages).toBeGreaterThan(2);
    const groups = linesByGroup(render.lines);
    expect(groups.filter((g) => g.length > 1).length).toBeGreaterThan(20);
    expect(groups.flatMap(lineEndsInsideWords)).toEqual([]);
  });

  it('never ends a line inside a word (extracted text)', () => {
    let checked = 0;
    for (const source of LONG) {
      // Every run of extracted lines that spells the paragraph exactly.
      for (let i = 0; i < lines.length; i++) {
        const run: string[] = [];
        let joined = '';
        for (let j = i; j < lines.length && joined.length < source.length; j++) {
          run.push(lines[j] ?? '');
          joined += lines[j];
        }
        if (joined !== source) continue;
        expect(run.length).toBeGreaterThan(1);
        expect(lineEndsInsideWords(run)).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(12 * LONG.length);
  });

  it('keeps each heading on the page of the paragraph after it', () => {
    const drawn = render.lines.filter((l) => l.group !== PAGE_NUMBER_GROUP);
    drawn.forEach((line, i) => {
      if (line.text.startsWith('หัวข้อที่')) expect(drawn[i + 1]?.page).toBe(line.page);
    });
  });

  it('splits a paragraph between pages line by line, never leaving one line alone', () => {
    const groups = new Map<number, number[]>();
    for (const l of render.lines) if (l.group !== PAGE_NUMBER_GROUP) groups.set(l.group, [...(groups.get(l.group) ?? []), l.page]);
    const split = [...groups.values()].filter((pages) => new Set(pages).size > 1);
    for (const pages of split) {
      const first = pages.filter((p) => p === pages[0]).length;
      expect(first).toBeGreaterThanOrEqual(2);
      expect(pages.length - first).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('writePdf output', () => {
  it('is byte-identical for the same input, later and with fresh modules', async () => {
    const first = await writePdf(sampleDocument());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    vi.resetModules();
    const fresh = await import('../../../src/writers/pdf/index.js');
    const second = await fresh.writePdf(sampleDocument());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('takes its dates from options.creationDate', async () => {
    const bytes = await writePdf(sampleDocument(), { creationDate: new Date(Date.UTC(2023, 7, 22, 9, 30)) });
    expect(pdfInfo(bytes).CreationDate).toMatch(/2023/);
  });

  it('numbers pages in Arabic digits when the document asks', async () => {
    const bytes = await writePdf(sampleDocument(false));
    expect(pdfRawPageText(bytes, 2)).toContain('- 2 -');
  });

  it('escapes the metadata in the XMP stream', async () => {
    const doc = sampleDocument();
    const bytes = await writePdf({ ...doc, meta: { ...doc.meta, title: 'ITA & OIT <๒๕๖๖>' } });
    expect(Buffer.from(bytes).toString('utf8')).toContain('ITA &amp; OIT &lt;๒๕๖๖&gt;');
    expect(pdfInfo(bytes).Title).toBe('ITA & OIT <๒๕๖๖>');
  });

  it('repeats table header rows on the next page', async () => {
    const doc = sampleDocument();
    const table = doc.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('sample has no table');
    const [header, row] = table.rows;
    if (header === undefined || row === undefined) throw new Error('sample table too short');
    const long = { ...table, rows: [header, ...Array.from({ length: 60 }, () => row)] };
    const render = await renderPdf({ ...doc, blocks: [long] });
    expect(render.pages).toBeGreaterThan(1);
    for (let page = 1; page <= render.pages; page++) expect(pdfPageText(render.bytes, page)).toContain('เครื่องมือ');
  });
});
