// The 2/2566 example meeting, rendered as a user would: its document model and its
// normalised document.xml are golden files a reviewer reads. UPDATE_GOLDEN=1 rewrites them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMeetingFile, findProject } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { docxPartNames, normalizedDocumentXml, normalizedPartXml } from '../support/docx-xml.js';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { pdfFonts, pdfObjectsSummary, pdfRawText } from '../support/pdf-text.js';
import { joinLines, lineEndsInsideWords, linesByGroup, sourceTexts } from '../support/text-checks.js';
import { expectGolden, modelJson } from '../support/golden.js';

const EXAMPLE = 'minutes/2566-02-ita.yaml';
const GOLDEN = 'test/golden/2566-02-ita';



async function render(outDir: string, formats: Array<'docx' | 'pdf'> = ['docx']) {
  return renderMeetingFile(EXAMPLE, {
    lang: 'th', strict: true, project: findProject(), office: null, outDir, formats, pdfEngine: 'builtin',
  });
}

describe('the 2/2566 example meeting', () => {
  it('renders without a warning, even under --strict', async () => {
    const result = await render(mkdtempSync(join(tmpdir(), 'minutes-')));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives the golden document model', async () => {
    const result = await render(mkdtempSync(join(tmpdir(), 'minutes-')));
    expectGolden(join(GOLDEN, 'document-model.json'), modelJson(result.document as Document));
  });

  it('gives the golden document.xml', async () => {
    const out = mkdtempSync(join(tmpdir(), 'minutes-'));
    await render(out);
    expectGolden(join(GOLDEN, 'document.xml'), normalizedDocumentXml(readFileSync(join(out, '2566-02-ita.docx'))));
  });

  it('gives the golden chart part of แผนภูมิที่ ๓ (indicator 2), drawn by Word', async () => {
    const out = mkdtempSync(join(tmpdir(), 'minutes-'));
    await render(out);
    const docx = readFileSync(join(out, '2566-02-ita.docx'));
    expect(docxPartNames(docx).filter((name) => name.startsWith('word/charts/'))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `word/charts/chart${n}.xml`),
    );
    expectGolden(join(GOLDEN, 'chart3.xml'), normalizedPartXml(docx, 'word/charts/chart3.xml'));
  });

  it('holds every figure of the seed report', async () => {
    const result = await render(mkdtempSync(join(tmpdir(), 'minutes-')));
    const text = JSON.stringify(result.document).replace(/\u00A0/g, ' ');
    // Thai digits are the default: the seed's figures appear in Thai digits.
    for (const figure of ['๙๒.๔๓', '๙๑.๗๑', '๘๓.๐๖', '๑๐๐', '๔.๔๘', '๙๖.๙๑', '๙๒.๘๕', '๙๔.๓๒', '๙๔.๘๕', '๘๔.๐๓', '๗๘.๘๘',
      '๙๑.๔๐', '๙๓.๖๒', '๘๙.๙๒', '๙๐.๔๖', '๘๙.๒๕', '๙๒.๕๖', '๘๔.๔๔', '๘๒.๑๗', '๘๔.๑๙', '๘๘.๑๘', '๙๒.๑๗', '๘๘.๖๐',
      '๘๙.๕๒', '๙๐.๗๒', '๙๒.๙๗', '๑๓.๓๐ - ๑๖.๐๐ น.', '๒๒ สิงหาคม ๒๕๖๖', '๒/๒๕๖๖', '๔/๒๕๖๕', '๒๙ กันยายน ๒๕๖๕']) {
      expect(text, figure).toContain(figure);
    }
    for (const words of ['ร.ต. สรมงคล มงคละสิริ', 'นางอมราภรณ์ ทรงอาวุธ', 'นายสมคิด จันทมฤก', 'รองปลัดกระทรวงมหาดไทย',
      'ห้องประชุมราชบพิตร', 'อาคารดำรงราชานุภาพสรณ์', 'ลดลงจากปีที่ผ่านมา', '“ผ่าน”', 'จัดทำระบบจองรถออนไลน์',
      'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน', 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 'I๑๓–I๑๕ และ I๑๘']) {
      expect(text, words).toContain(words);
    }
  });

  it('gives identical DOCX and PDF bytes when rendered twice', async () => {
    const a = mkdtempSync(join(tmpdir(), 'minutes-'));
    const b = mkdtempSync(join(tmpdir(), 'minutes-'));
    await render(a, ['docx', 'pdf']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await render(b, ['docx', 'pdf']);
    for (const name of ['2566-02-ita.docx', '2566-02-ita.pdf']) {
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
    }
  });
});

describe('the 2/2566 example meeting as PDF', async () => {
  const out = mkdtempSync(join(tmpdir(), 'minutes-'));
  const result = await render(out, ['pdf']);
  const document = result.document as Document;
  const bytes = readFileSync(join(out, '2566-02-ita.pdf'));
  const text = pdfRawText(bytes);

  it('gives the golden objects: what the writer puts in the file beyond its text', () => {
    expectGolden(join(GOLDEN, 'pdf-objects.txt'), pdfObjectsSummary(bytes));
  });

  it('gives the golden extracted text', () => {
    expectGolden(join(GOLDEN, 'pdf-text.txt'), text);
  });

  it('gives back every paragraph, list item, cell, caption and signature line exactly', () => {
    // A paragraph may run across a page: the page number drawn between its lines is not its text.
    const extracted = joinLines(text.replace(/^\f?- [0-9๐-๙]+ - *$/gm, ''));
    const missing = sourceTexts(document.blocks).filter((source) => source !== '' && !extracted.includes(source));
    expect(missing).toEqual([]);
  });

  it('never ends a line inside a word', async () => {
    const { lines } = await renderPdf(document, { creationDate: new Date(Date.UTC(2023, 7, 22)) });
    const groups = linesByGroup(lines);
    expect(groups.filter((g) => g.length > 1).length).toBeGreaterThan(20);
    expect(groups.flatMap(lineEndsInsideWords)).toEqual([]);
  });

  it('embeds its fonts as subsets', () => {
    const rows = pdfFonts(bytes).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+.*\byes\s+yes\s+yes\b/);
  });

  it('numbers pages from the second, in Thai digits', () => {
    const pages = text.split('\f');
    expect(pages[0]).not.toMatch(/- ๑ -/);
    expect(pages[1]).toMatch(/- ๒ -/);
  });
});
