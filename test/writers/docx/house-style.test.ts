// Issue 12: one house style both writers read. The DOCX's table cell margins are the house
// style's padding (Word's default, 108 twips), the same the PDF lays its cells out with.
import { describe, expect, it } from 'vitest';
import { TABLE_CELL_PADDING_MM, TABLE_HEADER_SHADING, mmToPt, ptToMm } from '../../../src/model/house-style.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { mmToTwips } from '../../../src/writers/docx/units.js';
import { mmToPt as pdfMmToPt } from '../../../src/writers/pdf/units.js';
import { readDocxPart } from '../../support/docx-xml.js';
import { sampleDocument } from '../../support/sample-document.js';

describe('the house style', () => {
  it('gives the DOCX cell margins and header shading the PDF uses', async () => {
    const xml = readDocxPart(await writeDocx(sampleDocument()), 'word/document.xml');
    expect(mmToTwips(TABLE_CELL_PADDING_MM)).toBe(108);
    expect(xml).toMatch(/<w:left w:type="dxa" w:w="108"\/>|<w:left w:w="108" w:type="dxa"\/>|w:w="108"/);
    expect(xml).not.toMatch(/w:w="85"/);
    expect(xml).toContain(`w:fill="${TABLE_HEADER_SHADING}"`);
  });

  it('has one mm↔pt, which the PDF writer uses', () => {
    expect(mmToPt(25.4)).toBe(72);
    expect(ptToMm(mmToPt(17))).toBeCloseTo(17, 12);
    expect(pdfMmToPt).toBe(mmToPt);
  });
});
