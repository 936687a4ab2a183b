// Issue 12: both writers read one house style (cell padding, column widths, units), so a table
// cell wraps at the same place in the PDF and in the DOCX as LibreOffice lays it out. Both are
// given the same font file (Laksaman, fonts-thai-tlwg: TH SarabunPSK's design, which LibreOffice
// also picks for "TH SarabunPSK"), and the cells hold words that every breaker keeps whole, so
// that a line can end only at a space: where it ends is then a matter of widths and padding alone.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { breakOpportunities, icuWordBoundaries } from '../../src/thai/word-break.js';
import { hasSoffice } from '../support/soffice.js';
import { linesByGroup } from '../support/text-checks.js';
import { libreOfficePdf, normalise, paragraphLines } from '../thai/support/libreoffice-lines.js';
import { t } from '../support/sample-document.js';

const FONT = '/usr/share/fonts/truetype/tlwg/Laksaman.ttf';

/** Words no breaker parts (neither ICU, LibreOffice's, nor ours): the only break is a space. */
const CANDIDATES = ['ประชุม', 'รายงาน', 'เอกสาร', 'ราชการ', 'จังหวัด', 'อำเภอ', 'ตำบล', 'กระทรวง', 'สำนัก', 'แผนงาน', 'โครงการ', 'นโยบาย', 'กรม', 'กอง', 'ฝ่าย', 'ภารกิจ', 'ติดตาม', 'ประเมิน', 'ผล', 'คะแนน'];
const WORDS = CANDIDATES.filter((w) => icuWordBoundaries(w).every((o) => o === 0 || o === w.length) && breakOpportunities(w).length === 0);

/** Cell texts of 6 to 17 words in varied orders: many line ends, some close to the cell edge. */
const CELLS = Array.from({ length: 48 }, (_, n) => Array.from({ length: 6 + (n % 12) }, (_, i) => WORDS[(n * 7 + i * (1 + (n % 5))) % WORDS.length]).join(' '));

function tableDocument(): Document {
  return {
    meta: { title: 'ตาราง', author: 'minutes', subject: 'ทดสอบ', keywords: [], language: 'th-TH' },
    page: { widthMm: 210, heightMm: 297, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } },
    font: { family: 'Laksaman', sizePt: 16 },
    thaiDigits: true,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    // One column, so LibreOffice's text reads cell after cell; a narrow one, so cells wrap.
    blocks: [{
      type: 'table', widthFraction: 0.4, headerRows: 0, columns: [{ fraction: 1, align: 'left' }],
      rows: CELLS.map((text) => ({ cells: [{ inlines: [t(text)], colSpan: 1, header: false }] })),
    }],
  };
}

describe.runIf(hasSoffice())('a table cell in both writers', () => {
  it('has words that only break at spaces', () => {
    expect(WORDS.length).toBeGreaterThan(10);
  });

  it('wraps at the same places in the PDF and in LibreOffice\'s rendering of the DOCX', async () => {
    const doc = tableDocument();
    const pdf = await renderPdf(doc, { fonts: { regular: FONT } });
    const ours = linesByGroup(pdf.lines).map((lines) => lines.map((l) => normalise(l).trim()));
    const theirs = paragraphLines(libreOfficePdf(await writeDocx(doc)), CELLS).map((lines) => lines.map((l) => l.trim()));
    expect(theirs).toHaveLength(CELLS.length);
    // Most cells wrap: the comparison says something.
    expect(ours.filter((lines) => lines.length > 1).length).toBeGreaterThan(30);
    expect(ours).toEqual(theirs);
  });
});
