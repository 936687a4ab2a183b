// Charts in the DOCX: a Word chart part per chart figure, found through the relationship its
// run names and typed in [Content_Types].xml; the data as the model says (values, dark bars,
// decimals, digits); and a file LibreOffice opens and draws the chart of.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../src/model/document.js';
import { questionScoresChart } from '../../../src/render/charts/index.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { convertDocxWithLibreOffice } from '../../../src/writers/pdf/libreoffice.js';
import { pdfText } from '../../support/pdf-text.js';
import { sampleDocument, t } from '../../support/sample-document.js';
import { docxPartNames, readDocxPart } from '../../support/docx-xml.js';
import { MIXED, THRESHOLD } from '../../render/charts/fixtures.js';
import { hasSoffice } from '../../support/soffice.js';

function withCharts(thaiDigits: boolean, count = 2): Document {
  const doc = sampleDocument(thaiDigits);
  const chart = questionScoresChart(MIXED, THRESHOLD, { thaiDigits });
  if (chart === null) throw new Error('no chart');
  const figures: Block[] = Array.from({ length: count }, (_, i) => ({
    type: 'figure', chart, widthMm: 150, caption: [t(`แผนภูมิที่ ${i + 1}`)],
  }));
  return { ...doc, blocks: [...figures, ...doc.blocks] };
}

const soffice = hasSoffice();

describe('chart figures in the DOCX', () => {
  it('writes a chart part per figure, each reached by the relationship its run names', async () => {
    const docx = await writeDocx(withCharts(true));
    expect(docxPartNames(docx).filter((n) => n.startsWith('word/charts/'))).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    const document = readDocxPart(docx, 'word/document.xml');
    const ids = [...document.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['rIdChart1', 'rIdChart2']);
    const rels = readDocxPart(docx, 'word/_rels/document.xml.rels');
    for (const [i, id] of ids.entries()) {
      expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${i + 1}.xml"/>`);
    }
    const types = readDocxPart(docx, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/word/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    // The drawing ids stay unique beside the pictures of the sample document.
    const docPr = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(docPr).size).toBe(docPr.length);
  });

  it('has no chart part when there is no chart', async () => {
    const docx = await writeDocx(sampleDocument());
    expect(docxPartNames(docx).some((n) => n.startsWith('word/charts/'))).toBe(false);
    expect(readDocxPart(docx, 'word/_rels/document.xml.rels')).not.toContain('rIdChart');
  });

  it('holds the scores, the dark bars below the threshold, and each value with its decimals', async () => {
    const chart = readDocxPart(await writeDocx(withCharts(false, 1)), 'word/charts/chart1.xml');
    const bars = /<c:barChart>.*<\/c:barChart>/s.exec(chart)?.[0] ?? '';
    // 96.50, 100.00, 93.10, 95: only 93.10 is below 95.
    expect([...bars.matchAll(/<c:numLit>.*?<\/c:numLit>/gs)][0]?.[0].match(/<c:v>[^<]*<\/c:v>/g)).toEqual(
      ['<c:v>96.5</c:v>', '<c:v>100</c:v>', '<c:v>93.1</c:v>', '<c:v>95</c:v>'],
    );
    expect([...bars.matchAll(/<c:dPt><c:idx val="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['2']);
    expect([...bars.matchAll(/<c:dLbl><c:idx val="\d+"\/><c:numFmt formatCode="([^"]+)"/g)].map((m) => m[1])).toEqual(['0.00', '0.00', '0.00', '0']);
    expect(chart).toContain('<c:max val="100"/><c:min val="80"/>');
    expect(chart).toContain('<c:majorUnit val="5"/>');
    expect(chart).toContain('<c:tx><c:v>เกณฑ์ 95</c:v></c:tx>');
    expect(chart).toContain('<a:cs typeface="TH SarabunPSK"/>');
  });

  it('asks Word for Thai digits when the document uses them', async () => {
    const chart = readDocxPart(await writeDocx(withCharts(true, 1)), 'word/charts/chart1.xml');
    expect(chart).toContain('formatCode="[$-D00041E]0.00"');
    expect(chart).toContain('<c:v>I๓</c:v>');
    expect(chart).not.toMatch(/formatCode="0/);
  });

  it('marks the reference over a single bar, where a line of one point is not drawn', async () => {
    const one = questionScoresChart({ ...MIXED, questions: MIXED.questions.slice(0, 1) }, THRESHOLD, { thaiDigits: false });
    if (one === null) throw new Error('no chart');
    const doc = { ...sampleDocument(false), blocks: [{ type: 'figure', chart: one, widthMm: 150, caption: [] } as Block] };
    const line = (chart: string) => /<c:lineChart>.*<\/c:lineChart>/s.exec(chart)?.[0] ?? '';
    expect(line(readDocxPart(await writeDocx(doc), 'word/charts/chart1.xml'))).toContain('<c:symbol val="dash"/>');
    expect(line(readDocxPart(await writeDocx(withCharts(false, 1)), 'word/charts/chart1.xml'))).toContain('<c:symbol val="none"/>');
  });

  // LibreOffice stands in for Word: it must open the file and draw the chart's text.
  it.skipIf(!soffice)('opens in LibreOffice, which draws the chart', async () => {
    const pdf = pdfText(await convertDocxWithLibreOffice(await writeDocx(withCharts(false, 1))));
    for (const text of ['ข้อคำถาม', 'เกณฑ์ 95', '96.50', 'I3']) expect(pdf).toContain(text);
  });

  it.skipIf(!soffice)('shows the chart\'s numbers in Thai digits in LibreOffice too', async () => {
    const pdf = pdfText(await convertDocxWithLibreOffice(await writeDocx(withCharts(true, 1))));
    // The values on the bars and the axis, which the chart formats itself.
    for (const text of ['๙๖.๕๐', '๑๐๐.๐๐', '๙๓.๑๐', '๘๐']) expect(pdf).toContain(text);
    expect(pdf).not.toContain('96.50');
  });
});
