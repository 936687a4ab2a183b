// Which TTF files draw the text, and at what scale: the bundled Sarabun sized to look like
// TH SarabunPSK, or an office's own TH SarabunPSK files at their true size.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { session } from '../../session.js';
import { TrueTypeFont } from './truetype.js';
import { vendoredFile } from './vendored.js';

/** TTF paths; only `regular` is required. */
export interface FontFiles {
  regular: string;
  bold?: string;
  italic?: string;
  boldItalic?: string;
}

export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A file to draw with, and what it lacks and must be imitated (no bold file: stroke the outline). */
export interface FontFace {
  file: string;
  fauxBold: boolean;
  fauxItalic: boolean;
}

export interface FontSet {
  faces: Record<FaceName, FontFace>;
  /** Multiplies the document's point size for the drawn glyphs. */
  scale: number;
  /** Line pitch in ems of the nominal size: Word's single spacing for the font. */
  lineHeightEm: number;
  /** Top of the line to the baseline, in ems of the nominal size. */
  ascentEm: number;
}

/**
 * Google's Sarabun draws larger than TH SarabunPSK at the same point size. Laksaman
 * (Debian fonts-thai-tlwg) is TH Sarabun New scaled by 1.503: its advance widths divided by
 * TH Sarabun New's published ones give 1.495–1.504 over 78 glyphs. Through it, TH Sarabun New
 * has x-height 0.340 em, cap height 0.476 em and Thai consonant height 0.403 em; Sarabun has
 * 0.500, 0.700 and 0.590. Ratios 0.680, 0.681, 0.683: Sarabun at 16 × 0.68 pt matches the
 * glyph size of TH SarabunPSK 16 pt (its text runs about 4% wider).
 */
import { SARABUN_SCALE } from '../../model/house-style.js';

export { SARABUN_SCALE };

/**
 * TH Sarabun New's Windows ascent and descent (Laksaman's 1270 and 687 units ÷ 1.503), which
 * Word's single spacing adds up: a 16 pt line is 20.8 pt high, the baseline 13.5 pt down.
 */
export const TH_SARABUN_ASCENT_EM = 0.845;
export const TH_SARABUN_DESCENT_EM = 0.457;

const require = createRequire(import.meta.url);

/** The OFL Sarabun TTFs: the package's own copies (vendored.ts), else @expo-google-fonts/sarabun's. */
export function bundledFontFiles(): Required<FontFiles> {
  const file = (dir: string) =>
    vendoredFile(`sarabun/Sarabun_${dir}.ttf`) ?? require.resolve(`@expo-google-fonts/sarabun/${dir}/Sarabun_${dir}.ttf`);
  return {
    regular: file('400Regular'),
    bold: file('700Bold'),
    italic: file('400Regular_Italic'),
    boldItalic: file('700Bold_Italic'),
  };
}

function checkedPath(path: string): string {
  if (!existsSync(path)) throw new Error(`font file not found: ${path}`);
  return path;
}

function facesOf(files: FontFiles): Record<FaceName, FontFace> {
  const regular = checkedPath(files.regular);
  const bold = files.bold === undefined ? undefined : checkedPath(files.bold);
  const italic = files.italic === undefined ? undefined : checkedPath(files.italic);
  const boldItalic = files.boldItalic === undefined ? undefined : checkedPath(files.boldItalic);
  return {
    regular: { file: regular, fauxBold: false, fauxItalic: false },
    bold: { file: bold ?? regular, fauxBold: bold === undefined, fauxItalic: false },
    italic: { file: italic ?? regular, fauxBold: false, fauxItalic: italic === undefined },
    boldItalic: boldItalic !== undefined
      ? { file: boldItalic, fauxBold: false, fauxItalic: false }
      : bold !== undefined
        ? { file: bold, fauxBold: false, fauxItalic: true }
        : { file: italic ?? regular, fauxBold: true, fauxItalic: italic === undefined },
  };
}

/** Windows ascent and descent in ems: what Word's single spacing is made of. */
/** By file: an office's font is read once per process, not once per document. */
const metricsByFile = () => session().map<string, { ascentEm: number; descentEm: number }>('pdf/font-metrics');

function verticalMetrics(file: string): { ascentEm: number; descentEm: number } {
  let metrics = metricsByFile().get(file);
  if (metrics === undefined) {
    metrics = readVerticalMetrics(file);
    metricsByFile().set(file, metrics);
  }
  return metrics;
}

function readVerticalMetrics(file: string): { ascentEm: number; descentEm: number } {
  const font = new TrueTypeFont(new Uint8Array(readFileSync(file)), file);
  const ascent = font.winAscent ?? font.ascender;
  const descent = font.winDescent ?? -font.descender;
  return { ascentEm: ascent / font.unitsPerEm, descentEm: descent / font.unitsPerEm };
}

/** The bundled Sarabun when `files` is undefined, else the given files at scale 1. */
export function loadFontSet(files?: FontFiles): FontSet {
  if (files === undefined) {
    return {
      faces: facesOf(bundledFontFiles()),
      scale: SARABUN_SCALE,
      lineHeightEm: TH_SARABUN_ASCENT_EM + TH_SARABUN_DESCENT_EM,
      ascentEm: TH_SARABUN_ASCENT_EM,
    };
  }
  const faces = facesOf(files);
  const { ascentEm, descentEm } = verticalMetrics(faces.regular.file);
  return { faces, scale: 1, lineHeightEm: ascentEm + descentEm, ascentEm };
}

export function faceName(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
