// The TTF files charts are drawn with: the bundled OFL Sarabun, and nothing from the system,
// so a chart is the same picture on every machine.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Family name inside the Sarabun files, as the SVG names it. */
export const CHART_FONT_FAMILY = 'Sarabun';

/**
 * Sarabun drawn at 0.68 of a TH SarabunPSK size looks that size (measured in
 * src/writers/pdf/fonts.ts, SARABUN_SCALE): charts state text sizes as the document does.
 */
export const SARABUN_SCALE = 0.68;

/** Regular and bold, from @expo-google-fonts/sarabun (the package the PDF writer embeds). */
export function chartFontFiles(): string[] {
  const file = (dir: string) => require.resolve(`@expo-google-fonts/sarabun/${dir}/Sarabun_${dir}.ttf`);
  return [file('400Regular'), file('700Bold')];
}
