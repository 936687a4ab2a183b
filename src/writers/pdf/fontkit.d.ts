// The little of fontkit 2 this writer reads (it ships no types): a font's vertical metrics,
// parsing a font once to hand it to pdfkit, and shaping text (see shaping.ts).
declare module 'fontkit' {
  export interface Os2Table {
    winAscent: number;
    winDescent: number;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    'OS/2'?: Os2Table;
    /** A GlyphRun; shaping.ts describes what it reads of it. */
    layout(text: string): unknown;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
  export function create(bytes: Uint8Array): Font;
}
