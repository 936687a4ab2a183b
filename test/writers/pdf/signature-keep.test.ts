// A signature block never stands alone at the top of a page: the line before it goes along.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { PAGE_NUMBER_GROUP, renderPdf } from '../../../src/writers/pdf/index.js';
import { sampleDocument, t } from '../../support/sample-document.js';

const line = (n: number): Block => ({
  type: 'paragraph', align: 'left', firstLineMm: 25, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false,
  inlines: [t(`ย่อหน้าที่ ${n}`)],
});

describe('the signature block on a page break', () => {
  it('takes the last line before it to the next page rather than standing alone', async () => {
    let checked = 0;
    // Page lengths vary with the count: some count puts the signature exactly at a page break.
    for (let count = 28; count <= 40; count++) {
      const doc = sampleDocument();
      const signature = doc.blocks.find((b) => b.type === 'signature');
      if (signature === undefined) throw new Error('the sample has a signature');
      doc.blocks = [...Array.from({ length: count }, (_, i) => line(i + 1)), signature];
      const { lines } = await renderPdf(doc);
      const body = lines.filter((l) => l.group !== PAGE_NUMBER_GROUP);
      const first = body.findIndex((l) => l.text.startsWith('(ลงชื่อ)'));
      expect(first).toBeGreaterThan(0);
      expect(body[first]?.page, `count ${count}`).toBe(body[first - 1]?.page);
      if ((body[first]?.page ?? 1) > 1 && body.filter((l) => l.page === body[first]?.page && l.text.startsWith('ย่อหน้าที่')).length === 1) checked++;
    }
    // At least one count did push a line over with the signature.
    expect(checked).toBeGreaterThan(0);
  });
});
