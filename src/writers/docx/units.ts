// Unit conversions for WordprocessingML. The model speaks millimetres and points.
import { MM_PER_INCH } from '../../model/house-style.js';

/** Twentieths of a point: 1 inch = 1440 twips = 25.4 mm. */
export const TWIPS_PER_MM = 1440 / MM_PER_INCH;

/** English Metric Units, for drawings: 1 mm = 36000 EMU. */
export const EMUS_PER_MM = 36000;

/** docx sizes images in pixels at 96 per inch and multiplies by this to get EMU. */
export const EMUS_PER_PIXEL = 9525;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Run sizes (w:sz, w:szCs) are in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Paragraph spacing (w:spacing before/after) is in twentieths of a point. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function mmToEmus(mm: number): number {
  return Math.round(mm * EMUS_PER_MM);
}
