// Charts in documents: <figure chart="…"> in the markup, แผนภูมิที่ n numbered in document
// order, and the 2/2566 example holding its six charts.
import { describe, expect, it } from 'vitest';
import { findProject, loadMeeting, buildDocument, Reporter } from '../../../src/index.js';
import type { Block, Figure } from '../../../src/model/document.js';
import { createEnvironment } from '../../../src/render/handlebars-env.js';
import { loadTemplate } from '../../../src/render/load-template.js';
import { markupToDocument } from '../../../src/render/markup-to-document.js';
import { drawingSvg, questionScoresChart } from '../../../src/render/charts/index.js';
import { itaCharts } from '../../../src/kinds/ita-report/charts.js';
import type { LoadedMeeting } from '../../../src/pipeline/load-meeting.js';
import { gridlinesOf, INDICATOR_2, THRESHOLD } from './fixtures.js';

const chart = questionScoresChart(INDICATOR_2, THRESHOLD, { thaiDigits: false });
if (chart === null) throw new Error('no chart');
const wide = { ...chart, drawing: { ...chart.drawing, widthMm: 200 } };
const context = { images: [], charts: new Map([['totals', chart], ['wide', wide]]), textWidthMm: 160 };

describe('<figure chart="…">', () => {
  it('places the named chart at the width it was drawn for, with its caption', () => {
    const { blocks, errors } = markupToDocument('<figure chart="totals"><caption>แผนภูมิที่ 1 คะแนนรวม</caption></figure>', context);
    expect(errors).toEqual([]);
    expect(blocks).toEqual([{
      type: 'figure', chart, widthMm: 150,
      caption: [{ type: 'text', text: 'แผนภูมิที่ 1 คะแนนรวม', bold: false, italic: false, underline: false }],
    }]);
  });

  it('takes a width as a fraction of the text width, and never wider than the text', () => {
    expect((markupToDocument('<figure chart="totals" width="0.5"></figure>', context).blocks[0] as Figure).widthMm).toBe(80);
    expect((markupToDocument('<figure chart="wide"></figure>', context).blocks[0] as Figure).widthMm).toBe(160);
  });

  it('may stand inside a list item', () => {
    const { blocks, errors } = markupToDocument('<ol><li>ผลคะแนน<figure chart="totals"></figure></li></ol>', context);
    expect(errors).toEqual([]);
    expect(blocks[0]?.type === 'list' && blocks[0].items[0]?.children[0]?.type).toBe('figure');
  });

  it('reports a chart the document does not have', () => {
    expect(markupToDocument('<figure chart="indicator-6"></figure>', context).errors).toEqual([
      { line: 1, message: '<figure chart="indicator-6"> names no chart of this document' },
    ]);
    expect(markupToDocument('<figure chart="totals"></figure>', { images: [], textWidthMm: 160 }).errors).toHaveLength(1);
  });
});

describe('{{nextNumber}}', () => {
  it('counts each name separately, in output order, from 1 in every render', () => {
    const hb = createEnvironment();
    hb.registerPartial('more', '{{nextNumber "chart"}}');
    const template = hb.compile('{{nextNumber "chart"}} {{nextNumber "photo"}} {{#each list}}{{> more}} {{/each}}{{#if no}}{{nextNumber "chart"}}{{/if}}{{nextNumber "chart"}}');
    expect(template({ list: [1, 2] })).toBe('1 1 2 3 4');
    expect(template({ list: [] })).toBe('1 1 2');
  });
});

describe('the 2/2566 example', () => {
  const reporter = new Reporter('minutes/2566-02-ita.yaml', 'th');
  const project = findProject();
  const loaded = loadMeeting('minutes/2566-02-ita.yaml', project, reporter) as LoadedMeeting & { kind: 'ita-report' };
  const template = loadTemplate(project.templatesDir, 'ita-report', reporter);
  if (template === null) throw new Error('no ita-report template');
  const figures = (blocks: Block[]): Figure[] => blocks.flatMap((b) => {
    if (b.type === 'figure') return [b];
    if (b.type === 'list') return b.items.flatMap((item) => figures(item.children));
    return [];
  });
  const captions = (list: Figure[]): string[] => list.map((f) => f.caption.map((i) => (i.type === 'text' ? i.text : '')).join('').replace(/\u00A0/g, ' '));

  it('has the totals chart and one chart per IIT indicator; EIT and OIT have no question scores', () => {
    const charts = itaCharts(loaded.ita, { thaiDigits: true });
    expect([...charts.keys()]).toEqual(['totals', 'indicator-1', 'indicator-2', 'indicator-3', 'indicator-4', 'indicator-5']);
    // One y axis for all of them, from 70: the lowest score is 78.88.
    for (const name of ['indicator-1', 'indicator-5']) expect([...gridlinesOf(drawingSvg(charts.get(name)?.drawing ?? { widthMm: 0, heightMm: 0, items: [] })).keys()][0]).toBe('๗๐');
  });

  it('dashes the pass mark of the year\'s data across the totals: 85 for 2566, another when the data says so', () => {
    expect(loaded.ita.passMark).toEqual({ text: '85', value: 85 });
    expect(itaCharts(loaded.ita, { thaiDigits: true }).get('totals')?.data.reference).toEqual({ value: 85, label: 'เกณฑ์ผ่าน ๘๕' });
    const stricter = { ...loaded.ita, passMark: { text: '90', value: 90 } };
    expect(itaCharts(stricter, { thaiDigits: false }).get('totals')?.data.reference).toEqual({ value: 90, label: 'เกณฑ์ผ่าน 90' });
  });

  it('places them as figures numbered แผนภูมิที่ ๑–๖ in document order, before the photos', () => {
    const built = buildDocument(loaded, template, null, reporter);
    const all = figures(built?.document.blocks ?? []);
    const texts = captions(all);
    expect(texts.slice(0, 6).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(
      ['แผนภูมิที่ ๑', 'แผนภูมิที่ ๒', 'แผนภูมิที่ ๓', 'แผนภูมิที่ ๔', 'แผนภูมิที่ ๕', 'แผนภูมิที่ ๖'],
    );
    expect(texts[0]).toBe('แผนภูมิที่ ๑ คะแนนรวม ITA ของสำนักงานปลัดกระทรวงมหาดไทย ปีงบประมาณ พ.ศ. ๒๕๖๕–๒๕๖๖');
    expect(texts[2]).toBe('แผนภูมิที่ ๓ คะแนนรายข้อคำถามของตัวชี้วัดที่ ๒ การใช้งบประมาณ เทียบกับเกณฑ์ ๙๕ คะแนน');
    expect(texts[6]).toMatch(/^ภาพที่ ๑ /);
    expect(all.slice(0, 6).map((f) => [f.widthMm, f.chart?.drawing.widthMm])).toEqual([[120, 120], ...Array(5).fill([150, 150])]);
  });

  it('draws the charts with the meeting\'s digits', () => {
    const arabic = { ...loaded, meeting: { ...loaded.meeting, options: { digits: 'arabic' as const } } };
    const thaiFigure = figures(buildDocument(loaded, template, null, reporter)?.document.blocks ?? [])[0];
    const arabicFigure = figures(buildDocument(arabic, template, null, reporter)?.document.blocks ?? [])[0];
    expect(captions([arabicFigure as Figure])[0]).toMatch(/^แผนภูมิที่ 1 /);
    expect(arabicFigure?.chart?.data.bars.map((b) => b.label)).toEqual(['2565', '2566']);
    expect(thaiFigure?.chart?.data.bars.map((b) => b.label)).toEqual(['๒๕๖๕', '๒๕๖๖']);
  });
});
