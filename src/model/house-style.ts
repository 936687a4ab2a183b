// The house style: layout values both writers read, each defined once (issue 12). The DOCX and
// the PDF used to disagree (table cell padding 1.5 mm in one, 1.9 mm in the other; the Sarabun
// scale and mm↔pt written several times). Lengths in millimetres and points, as the model speaks.

/** 1 inch = 25.4 mm = 72 pt. */
export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;

export function mmToPt(mm: number): number {
  return (mm * PT_PER_INCH) / MM_PER_INCH;
}

export function ptToMm(pt: number): number {
  return (pt * MM_PER_INCH) / PT_PER_INCH;
}

/**
 * Left and right padding of a table cell, mm: Word's default cell margin, 108 twips (0.19 cm),
 * which the DOCX now writes explicitly and the PDF lays out with; none above and below.
 */
export const TABLE_CELL_PADDING_MM = 1.905;

/** Fill of a table's header cells: Word's "White, Background 1, Darker 15%". */
export const TABLE_HEADER_SHADING = 'D9D9D9';

/**
 * The bundled Sarabun is drawn at this fraction of the point size so that it looks like TH
 * SarabunPSK at that size (Sarabun's x-height and Thai consonant height are 1.47× TH Sarabun
 * New's; src/writers/pdf/fonts.ts has the measurements). Read by the PDF writer and the charts.
 */
export const SARABUN_SCALE = 0.68;
