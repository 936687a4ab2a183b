// The head of a บันทึกข้อความ drawn by the PDF writer: the emblem and the title level with its
// bottom, the label lines with bold 20 pt labels and dot leaders, and what a reader extracts.
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Document, FieldLine, Letterhead } from '../../../src/model/document.js';
import { PdfCanvas, type SizedFragment } from '../../../src/writers/pdf/canvas.js';
import type { BlockContext } from '../../../src/writers/pdf/context.js';
import { fieldLineChunks } from '../../../src/writers/pdf/field-line-chunks.js';
import { loadFontSet, TH_SARABUN_ASCENT_EM } from '../../../src/writers/pdf/fonts.js';
import { renderPdf, writePdf } from '../../../src/writers/pdf/index.js';
import { letterheadChunks } from '../../../src/writers/pdf/letterhead-chunks.js';
import { documentNode } from '../../../src/writers/pdf/tags.js';
import { mmToPt } from '../../../src/writers/pdf/units.js';
import { pdfRawText, pdfText } from '../../support/pdf-text.js';
import { t } from '../../support/sample-document.js';
import { fieldLine, sampleMemo } from '../../support/sample-memo.js';
import { joinLines, lineEndsInsideWords, sourceTexts } from '../../support/text-checks.js';

const LEFT = mmToPt(30);
const TOP = mmToPt(25);
const WIDTH = mmToPt(160);
const LONG_SUBJECT = 'รายงานผลการเข้าร่วมประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงานปลัดกระทรวงมหาดไทย ครั้งที่ ๒/๒๕๖๖';

interface Drawn {
  images: Array<{ x: number; y: number; width: number; height: number }>;
  /** Lines drawn by drawLine: text, where the line starts and its width, baseline, size. */
  lines: Array<{ text: string; x: number; width: number; baseline: number; sizePt: number }>;
  rows: Array<{ fragments: SizedFragment[]; baseline: number; text: string }>;
}

/** Renders `doc` and records what the canvas was asked to draw, in points from the page's top-left. */
async function drawnOf(doc: Document): Promise<Drawn & { bytes: Uint8Array }> {
  const drawn: Drawn = { images: [], lines: [], rows: [] };
  const image = PdfCanvas.prototype.image;
  vi.spyOn(PdfCanvas.prototype, 'image').mockImplementation(function (this: PdfCanvas, data, x, y, width, height) {
    drawn.images.push({ x, y, width, height });
    image.call(this, data, x, y, width, height);
  });
  const drawLine = PdfCanvas.prototype.drawLine;
  vi.spyOn(PdfCanvas.prototype, 'drawLine').mockImplementation(function (this: PdfCanvas, line, left, top, sizePt, group, mark, labelMark) {
    drawn.lines.push({ text: line.text, x: left + line.x, width: line.width, baseline: top + sizePt * TH_SARABUN_ASCENT_EM, sizePt });
    drawLine.call(this, line, left, top, sizePt, group, mark, labelMark);
  });
  const drawFragments = PdfCanvas.prototype.drawFragments;
  vi.spyOn(PdfCanvas.prototype, 'drawFragments').mockImplementation(function (this: PdfCanvas, fragments, baseline, text, group, mark) {
    drawn.rows.push({ fragments, baseline, text });
    drawFragments.call(this, fragments, baseline, text, group, mark);
  });
  const { bytes } = await renderPdf(doc);
  vi.restoreAllMocks();
  return { ...drawn, bytes };
}

/** A canvas and column like renderPdf's, for looking at one block's chunks. */
function blockContext(doc: Document): BlockContext {
  const pdf = new PDFDocument({ autoFirstPage: false, tagged: true } as PDFKit.PDFDocumentOptions);
  const canvas = new PdfCanvas(pdf, loadFontSet(), [mmToPt(210), mmToPt(297)], () => {});
  let group = 0;
  return { canvas, doc, left: LEFT, width: WIDTH, height: mmToPt(252), nextGroup: () => group++, parent: documentNode(pdf) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writePdf on the sample memo', async () => {
  const doc = sampleMemo();
  const withEmblem = await drawnOf(doc);
  const withoutEmblem = await drawnOf(sampleMemo(false));
  const text = pdfText(withEmblem.bytes);

  it('gives back the title, every label with its value, and the body', () => {
    expect(text).toContain('บันทึกข้อความ');
    const joined = joinLines(text);
    expect(sourceTexts(doc.blocks).filter((source) => !joined.includes(source))).toEqual([]);
    // In drawing order the two fields of a line read as one row; poppler's layout mode reads them as two columns.
    expect(pdfRawText(withEmblem.bytes)).toContain('ที่ มท ๐๒๐๑.๒/ว ๑๕๙๐ วันที่ ๒๓ สิงหาคม ๒๕๖๖');
  });

  it('leaves the leader dots out of the extracted text', () => {
    expect(text).not.toContain('..');
  });

  it('draws the emblem as an image XObject, and none without an emblem', () => {
    expect(Buffer.from(withEmblem.bytes).toString('latin1')).toContain('/Subtype /Image');
    expect(Buffer.from(withoutEmblem.bytes).toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('puts the emblem at the top-left of the text area, 15 mm high, its width by aspect ratio', () => {
    expect(withEmblem.images).toHaveLength(1);
    const [image] = withEmblem.images;
    expect(image?.x).toBeCloseTo(LEFT, 6);
    expect(image?.y).toBeCloseTo(TOP, 6);
    expect(image?.height).toBeCloseTo(mmToPt(15), 6);
    expect(image?.width).toBeCloseTo(mmToPt(12), 6);
  });

  it('sets the title bold at 29 pt, centred on the text width, its baseline level with the emblem\'s bottom', () => {
    const title = withEmblem.lines.find((line) => line.text === 'บันทึกข้อความ');
    expect(title?.sizePt).toBe(29);
    expect(title?.baseline).toBeCloseTo(TOP + mmToPt(15), 6);
    expect((title?.x ?? 0) + (title?.width ?? 0) / 2).toBeCloseTo(LEFT + WIDTH / 2, 6);
  });

  it('keeps the emblem\'s space without an emblem: everything sits where it would', () => {
    expect(withoutEmblem.images).toEqual([]);
    expect(withoutEmblem.lines).toEqual(withEmblem.lines);
    expect(withoutEmblem.rows).toEqual(withEmblem.rows);
    expect(pdfText(withoutEmblem.bytes)).toBe(text);
  });

  it('draws each label bold at 20 pt at the start of its field, the value at 16 pt after it', () => {
    const labels = withEmblem.rows.flatMap((row) => row.fragments.filter((f) => f.sizePt === 20));
    expect(labels.map((f) => f.text)).toEqual(['ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง']);
    for (const label of labels) expect(label.style.bold).toBe(true);
    expect(labels.map((f) => f.x)).toEqual([LEFT, LEFT, LEFT + WIDTH / 2, LEFT]);
    const numberAndDate = withEmblem.rows[1]?.fragments ?? [];
    expect(numberAndDate.map((f) => [f.text.startsWith('..') ? 'dots' : f.text, f.sizePt])).toEqual([
      ['ที่', 20], ['มท ๐๒๐๑.๒/ว ๑๕๙๐', 16], ['dots', 16], ['วันที่', 20], ['๒๓ สิงหาคม ๒๕๖๖', 16], ['dots', 16],
    ]);
  });

  it('fills each field with dots from its value to the field\'s end', () => {
    for (const row of withEmblem.rows) {
      const fragments = row.fragments;
      const dots = fragments.filter((f) => /^\.+$/.test(f.text));
      expect(dots.length).toBeGreaterThan(0);
      for (const d of dots) {
        const before = fragments[fragments.indexOf(d) - 1];
        if (before === undefined) throw new Error('dots with nothing before them');
        // Whole dots: they start less than one dot after the value and end at the field's end.
        const dotWidth = d.width / d.text.length;
        expect(d.x).toBeGreaterThanOrEqual(before.x + before.width - 1e-6);
        expect(d.x - (before.x + before.width)).toBeLessThan(dotWidth);
        const end = d.x + d.width;
        expect([LEFT + WIDTH / 2, LEFT + WIDTH].some((edge) => Math.abs(end - edge) < 1e-6)).toBe(true);
      }
    }
  });

  it('reads a label line as one span: label, value, the next field', () => {
    expect(withEmblem.rows.map((row) => row.text)).toEqual([
      'ส่วนราชการ สำนักงานปลัดกระทรวงมหาดไทย กองกลาง โทร. ๐ ๒๒๒๒ ๑๑๔๑',
      'ที่ มท ๐๒๐๑.๒/ว ๑๕๙๐ วันที่ ๒๓ สิงหาคม ๒๕๖๖',
      'เรื่อง รายงานผลการเข้าร่วมประชุมคณะทำงาน ITA ครั้งที่ ๒/๒๕๖๖',
    ]);
  });

  it('is byte-identical for the same input', async () => {
    const again = await writePdf(sampleMemo());
    expect(Buffer.from(again).equals(Buffer.from(withEmblem.bytes))).toBe(true);
  });
});

describe('a label line whose value is longer than its field', async () => {
  const doc = sampleMemo();
  const subject = fieldLine([{ label: 'เรื่อง', value: [t(LONG_SUBJECT)], fraction: 1 }]);
  const drawn = await drawnOf({ ...doc, blocks: [subject] });

  it('wraps the value within the field at word boundaries, the leader on the last line only', () => {
    expect(drawn.rows.length).toBe(2);
    const [first, last] = drawn.rows;
    expect(first?.fragments.some((f) => /^\.+$/.test(f.text))).toBe(false);
    expect(last?.fragments.at(-1)?.text).toMatch(/^\.+$/);
    expect(last?.fragments[0]?.x).toBeCloseTo(LEFT, 6);
    expect(`${first?.text}${last?.text}`).toBe(`เรื่อง ${LONG_SUBJECT}`);
    expect(lineEndsInsideWords(drawn.rows.map((row) => row.text))).toEqual([]);
  });

  it('gives the first line the label\'s height and later lines the body\'s', () => {
    const [first, last] = drawn.rows;
    // 20 pt line: descent 0.457 em; 16 pt line: ascent 0.845 em.
    expect((last?.baseline ?? 0) - (first?.baseline ?? 0)).toBeCloseTo(20 * 0.457 + 16 * 0.845, 3);
  });

  it('is one chunk, so it never splits between pages', () => {
    const chunks = fieldLineChunks(subject, blockContext(doc));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.height).toBeCloseTo(20 * 1.302 + 16 * 1.302, 3);
  });
});

describe('letterhead and label line chunks', () => {
  const doc = sampleMemo();
  const [letterhead, office] = doc.blocks as [Letterhead, FieldLine];

  it('keeps the letterhead with the next block, in one chunk as high as emblem + title descent', () => {
    const chunks = letterheadChunks(letterhead, blockContext(doc));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.keepWithNext).toBe(true);
    expect(chunks[0]?.height).toBeCloseTo(mmToPt(15) + 29 * 0.457, 3);
  });

  it('puts spaceBeforePt above a label line', () => {
    expect(fieldLineChunks(office, blockContext(doc))[0]?.spaceBefore).toBe(6);
  });
});
