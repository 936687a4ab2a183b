// Issue 12: a wrapped attendee line (ผู้มาประชุม) or dash item (ที่ประชุมมอบหมาย - …) goes on under
// its text, past the label, as an official document sets it, in the PDF as in the DOCX: the
// shipped templates give those lists a hanging indent (hanging="…", docs/markup.md), which
// both writers draw (the PDF: list-chunks.ts; the DOCX: a tab after the label, numbering.ts).
import { describe, expect, it } from 'vitest';
import type { DrawnLine } from '../../../src/writers/pdf/index.js';
import { renderPdf } from '../../../src/writers/pdf/index.js';
import { mmToPt } from '../../../src/writers/pdf/units.js';
import { exampleDocuments } from '../../thai/support/example-documents.js';

describe('wrapped list items in the example minutes', () => {
  it('go on under their text, not back at the margin', async () => {
    const example = (await exampleDocuments()).find((e) => e.file.endsWith('2566-03-wg.yaml'));
    expect(example).toBeDefined();
    const { lines } = await renderPdf(example!.document);
    const groups = new Map<number, DrawnLine[]>();
    for (const line of lines) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
    // The wrapped ones: attendee ๓ and the three dash items of agenda 4 (ที่ประชุมมอบหมาย).
    const starts = ['นางสาวพรทิพย์ ศรีสุข', 'กองคลัง สป.', 'กองสารนิเทศ สป.', 'ฝ่ายบริหารทั่วไป ตท.สป.'];
    const items = starts.map((start) => [...groups.values()].find((g) => g[0]!.text.startsWith(start)) ?? []);
    expect(items.map((g) => g.length > 1)).toEqual(starts.map(() => true));
    for (const [first, ...rest] of items) {
      // The first line's box starts at its label; the label and the space after it are 2 mm and more.
      for (const line of rest) expect(line.box.left, `${line.text}`).toBeGreaterThan(first!.box.left + mmToPt(2));
    }
  });
});
