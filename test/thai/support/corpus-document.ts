// The official-prose corpus as a document model: body paragraphs as the templates set them
// (first line 2.5 cm, thaiDistribute), and a table whose narrow columns wrap the cells.
import type { Align, Block, Document } from '../../../src/model/document.js';
import { OFFICIAL_PROSE, TABLE_CELLS } from '../corpus/official-prose.js';
import { t } from '../../support/sample-document.js';

export function corpusDocument(align: Align = 'thaiDistribute'): Document {
  const blocks: Block[] = OFFICIAL_PROSE.map((text) => ({
    type: 'paragraph', align, firstLineMm: 25, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 6, keepWithNext: false, inlines: [t(text)],
  }));
  const pairs: string[][] = [];
  for (let i = 0; i < TABLE_CELLS.length; i += 2) pairs.push([TABLE_CELLS[i] as string, TABLE_CELLS[i + 1] ?? '']);
  blocks.push({
    type: 'table', widthFraction: 0.7, headerRows: 0,
    columns: [{ fraction: 0.5, align: 'left' }, { fraction: 0.5, align: 'left' }],
    rows: pairs.map((pair) => ({ cells: pair.map((text) => ({ inlines: [t(text)], colSpan: 1, header: false })) })),
  });
  return {
    meta: { title: 'คลังข้อความทดสอบการตัดบรรทัด', author: 'minutes', subject: 'ทดสอบ', keywords: [], language: 'th-TH' },
    page: { widthMm: 210, heightMm: 297, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } },
    font: { family: 'TH SarabunPSK', sizePt: 16 },
    thaiDigits: true,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks,
  };
}
