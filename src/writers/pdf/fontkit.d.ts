// The little of fontkit 2 this writer reads (it ships no types): a font's vertical metrics and
// parsing a font once to hand it to pdfkit (HarfBuzz shapes the text, see shaping.ts).
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
  }
  export function openSync(path: string): Font | { fonts: Font[] };
  export function create(bytes: Uint8Array): Font;
}
