import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { convertDocxWithLibreOffice } from '../../../src/writers/pdf/libreoffice.js';
import { pdfText } from '../../support/pdf-text.js';
import { sampleDocument } from '../../support/sample-document.js';
import { hasSoffice } from '../../support/soffice.js';

describe('convertDocxWithLibreOffice', () => {
  it('says clearly when LibreOffice is not installed', async () => {
    const attempt = convertDocxWithLibreOffice(new Uint8Array([1, 2, 3]), { command: 'soffice-not-installed' });
    await expect(attempt).rejects.toMatchObject({ code: 'LIBREOFFICE_MISSING', message: expect.stringContaining('LibreOffice was not found') });
  });

  // LibreOffice is the optional engine: this runs where it is installed.
  it.skipIf(!hasSoffice())('converts the DOCX writer\'s output, in parallel runs', async () => {
    const docx = await writeDocx(sampleDocument());
    const pdfs = await Promise.all([convertDocxWithLibreOffice(docx), convertDocxWithLibreOffice(docx)]);
    for (const pdf of pdfs) {
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdfText(pdf)).toContain('นางอมราภรณ์');
    }
  });
});
