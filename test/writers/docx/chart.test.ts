// Charts in the DOCX, made by docx's ChartRun: a Word chart part and its workbook per chart
// figure, found through the relationship its run names, with stable ids; the data as the model
// says (values, dark bars, decimals, digits); and a file LibreOffice opens and draws.
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../src/model/document.js';
import { questionScoresChart } from '../../../src/render/charts/index.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { convertDocxWithLibreOffice } from '../../../src/writers/pdf/libreoffice.js';
import { pdfText } from '../../support/pdf-text.js';
import { sampleDocument, t } from '../../support/sample-document.js';
import { docxPartNames, readDocxPart } from '../../support/docx-xml.js';
import { MIXED, THRESHOLD } from '../../render/charts/fixtures.js';

function withCharts(thaiDigits: boolean, count = 2): Document {
  const doc = sampleDocument(thaiDigits);
  const chart = questionScoresChart(MIXED, THRESHOLD, { thaiDigits });
  if (chart === null) throw new Error('no chart');
  const figures: Block[] = Array.from({ length: count }, (_, i) => ({
    type: 'figure', chart, widthMm: 150, caption: [t(`แผนภูมิที่ ${i + 1}`)],
  }));
  return { ...doc, blocks: [...figures, ...doc.blocks] };
}

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('chart figures in the DOCX', () => {
  it('writes a chart part and its workbook per figure, each reached by the relationship its run names', async () => {
    const docx = await writeDocx(withCharts(true));
    const names = docxPartNames(docx);
    expect(names.filter((n) => n.startsWith('word/charts/') && n.endsWith('.xml'))).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    expect(names.filter((n) => n.startsWith('word/embeddings/'))).toHaveLength(2);
    const document = readDocxPart(docx, 'word/document.xml');
    const ids = [...document.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    const rels = readDocxPart(docx, 'word/_rels/document.xml.rels');
    for (const id of ids) expect(rels).toMatch(new RegExp(`<Relationship Id="${id}" Type="[^"]+/relationships/chart" Target="charts/chart\\d\\.xml"/>`));
    // docx's random relationship ids are renamed, so the same input gives the same bytes.
    const all = names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => readDocxPart(docx, n)).join('\n');
    expect(all).not.toMatch(/Id="rId[A-Za-z0-9_-]{21}"/);
    // The drawing ids stay unique beside the pictures of the sample document.
    const docPr = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(docPr).size).toBe(docPr.length);
  });

  it('gives the same bytes twice, the dates in the workbooks\' zips included', async () => {
    const a = await writeDocx(withCharts(true));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const b = await writeDocx(withCharts(true));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('dates the entries of each chart\'s workbook with the document\'s date, not the clock\'s', async () => {
    const docx = await writeDocx(withCharts(true, 1));
    const workbook = unzipSync(docx)['word/embeddings/Microsoft_Excel_Worksheet1.xlsx'];
    if (workbook === undefined) throw new Error('no workbook');
    // The DOS date of the first local header (offset 12): DEFAULT_MODIFIED, 2000-01-01.
    const date = Buffer.from(workbook).readUInt16LE(12);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2000, 1, 1]);
  });

  it('has no chart part when there is no chart', async () => {
    const docx = await writeDocx(sampleDocument());
    expect(docxPartNames(docx).some((n) => n.startsWith('word/charts/') || n.startsWith('word/embeddings/'))).toBe(false);
  });

  it('holds the scores, the dark bars below the threshold, and each value with its decimals', async () => {
    const chart = readDocxPart(await writeDocx(withCharts(false, 1)), 'word/charts/chart1.xml');
    const bars = /<c:barChart>.*<\/c:barChart>/s.exec(chart)?.[0] ?? '';
    // 96.50, 100.00, 93.10, 95: only 93.10 is below 95, drawn dark.
    expect(/<c:val>.*?<\/c:val>/s.exec(bars)?.[0].match(/<c:v>[^<]*<\/c:v>/g)).toEqual(['<c:v>96.5</c:v>', '<c:v>100</c:v>', '<c:v>93.1</c:v>', '<c:v>95</c:v>']);
    const fills = [...bars.matchAll(/<c:dPt><c:idx val="(\d+)"\/>.*?<a:srgbClr val="([0-9A-F]{6})"\/>/gs)].map((m) => `${m[1]}:${m[2]}`);
    expect(fills).toEqual(['0:D9D9D9', '1:D9D9D9', '2:595959', '3:D9D9D9']);
    expect([...bars.matchAll(/<c:dLbl><c:idx val="\d+"\/>.*?<c:numFmt formatCode="([^"]+)"/gs)].map((m) => m[1])).toEqual(['0.00', '0.00', '0.00', '0']);
    expect(chart).toMatch(/<c:max val="100"\/>\s*<c:min val="80"\/>/);
    expect(chart).toContain('<c:majorUnit val="5"/>');
    expect(chart).toContain('<c:v>เกณฑ์ 95</c:v>');
    expect(chart).toContain('typeface="TH SarabunPSK"');
  });

  it('asks for Thai digits when the document uses them', async () => {
    const chart = readDocxPart(await writeDocx(withCharts(true, 1)), 'word/charts/chart1.xml');
    expect(chart).toContain('formatCode="[$-D00041E]0.00"');
    expect(chart).toContain('<c:v>I๓</c:v>');
    expect(chart).not.toMatch(/formatCode="0/);
  });

  it('marks the reference over a single bar, where a line of one point is not drawn', async () => {
    const one = questionScoresChart({ ...MIXED, questions: MIXED.questions.slice(0, 1) }, THRESHOLD, { thaiDigits: false });
    if (one === null) throw new Error('no chart');
    const doc = { ...sampleDocument(false), blocks: [{ type: 'figure', chart: one, widthMm: 150, caption: [] } as Block] };
    const line = /<c:lineChart>.*<\/c:lineChart>/s.exec(readDocxPart(await writeDocx(doc), 'word/charts/chart1.xml'))?.[0] ?? '';
    expect(line).toMatch(/<c:symbol val="dash"\/>/);
    const many = /<c:lineChart>.*<\/c:lineChart>/s.exec(readDocxPart(await writeDocx(withCharts(false, 1)), 'word/charts/chart1.xml'))?.[0] ?? '';
    expect(many).toMatch(/<c:symbol val="none"\/>/);
  });

  // LibreOffice stands in for Word: it must open the file and draw the chart's text.
  it.skipIf(!hasSoffice)('opens in LibreOffice, which draws the chart', async () => {
    const pdf = pdfText(await convertDocxWithLibreOffice(await writeDocx(withCharts(false, 1))));
    for (const text of ['ข้อคำถาม', 'เกณฑ์ 95', '96.50', 'I3']) expect(pdf).toContain(text);
  });

  it.skipIf(!hasSoffice)('shows the chart\'s numbers in Thai digits in LibreOffice too', async () => {
    const pdf = pdfText(await convertDocxWithLibreOffice(await writeDocx(withCharts(true, 1))));
    // The values on the bars and the axis, which the chart formats itself.
    for (const text of ['๙๖.๕๐', '๑๐๐.๐๐', '๙๓.๑๐', '๘๐']) expect(pdf).toContain(text);
    expect(pdf).not.toContain('96.50');
  });
});
