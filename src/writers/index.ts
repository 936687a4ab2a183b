// The writer registry: one line per output format. Writers load on first use, so
// `minutes validate` never pays for docx or pdfkit.
import type { Document } from '../model/document.js';

export interface WriterOptions {
  /** Fixed document date (docProps, PDF info) so the same input gives the same bytes. */
  modified: Date;
  pdfFonts?: { regular: string; bold?: string; italic?: string; boldItalic?: string };
  pdfEngine?: 'builtin' | 'libreoffice';
}

export type Writer = (document: Document, options: WriterOptions) => Promise<Uint8Array>;

export const FORMATS = ['docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

const writers: Record<Format, () => Promise<Writer>> = {
  docx: async () => {
    const { writeDocx } = await import('./docx/index.js');
    return (document, options) => writeDocx(document, { modified: options.modified });
  },
  pdf: async () => {
    const { writePdf } = await import('./pdf/index.js');
    return async (document, options) => {
      if (options.pdfEngine === 'libreoffice') {
        const [{ writeDocx }, { convertDocxWithLibreOffice }] = await Promise.all([
          import('./docx/index.js'),
          import('./pdf/libreoffice.js'),
        ]);
        return convertDocxWithLibreOffice(await writeDocx(document, { modified: options.modified }));
      }
      return writePdf(document, {
        creationDate: options.modified,
        ...(options.pdfFonts === undefined ? {} : { fonts: options.pdfFonts }),
      });
    };
  },
};

export async function writerFor(format: Format): Promise<Writer> {
  return writers[format]();
}
