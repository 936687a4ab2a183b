// Is a file an office names as a PDF font a TrueType/OpenType font that draws Thai? Read from
// the font's own tables (the OpenType spec, "cmap — Character to Glyph Index Mapping Table":
// subtable formats 4 and 12), so no font library is loaded to answer: a font without a glyph for
// ก would print every Thai letter as a box, and the office would find out from the printed page.

export type FontProblem = 'not-font' | 'no-thai';

/** Letters every Thai text uses: ก, า, the tone mark ่ and ั. */
const THAI_PROBES = [0x0e01, 0x0e32, 0x0e48, 0x0e31];

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) * 0x10000 + u16(b, at + 2)) >>> 0;

function tableOffset(b: Uint8Array, tag: string): number | null {
  const count = u16(b, 4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (at + 16 > b.length) return null;
    if (String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0) === tag) {
      const offset = u32(b, at + 8);
      return offset < b.length ? offset : null;
    }
  }
  return null;
}

/** The glyph of `cp` in a format 4 subtable at `at` (0: none). */
function format4Glyph(b: Uint8Array, at: number, cp: number): number {
  const segments = u16(b, at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  for (let i = 0; i < segments; i++) {
    if (cp > u16(b, ends + 2 * i)) continue;
    const start = u16(b, starts + 2 * i);
    if (cp < start) return 0;
    const delta = u16(b, deltas + 2 * i);
    const range = u16(b, ranges + 2 * i);
    if (range === 0) return (cp + delta) & 0xffff;
    const glyph = u16(b, ranges + 2 * i + range + 2 * (cp - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** The glyph of `cp` in a format 12 subtable at `at` (0: none). */
function format12Glyph(b: Uint8Array, at: number, cp: number): number {
  const groups = u32(b, at + 12);
  for (let i = 0; i < groups && at + 16 + 12 * i + 12 <= b.length; i++) {
    const g = at + 16 + 12 * i;
    const start = u32(b, g);
    const end = u32(b, g + 4);
    if (cp >= start && cp <= end) return u32(b, g + 8) + (cp - start);
  }
  return 0;
}

export function checkThaiFont(b: Uint8Array): FontProblem | null {
  const magic = u32(b, 0);
  // 0x00010000: TrueType outlines; 'true' (Apple); 'OTTO': CFF outlines.
  if (b.length < 12 || (magic !== 0x00010000 && magic !== 0x74727565 && magic !== 0x4f54544f)) return 'not-font';
  const cmap = tableOffset(b, 'cmap');
  if (cmap === null) return 'not-font';
  const subtables = u16(b, cmap + 2);
  let sawUnicode = false;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = u16(b, record);
    const encoding = u16(b, record + 2);
    // Unicode (platform 0), or Windows Unicode BMP / full (3,1 / 3,10).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + u32(b, record + 4);
    if (at + 8 > b.length) continue;
    const format = u16(b, at);
    if (format !== 4 && format !== 12) continue;
    sawUnicode = true;
    const glyph = format === 4 ? (cp: number) => format4Glyph(b, at, cp) : (cp: number) => format12Glyph(b, at, cp);
    if (THAI_PROBES.every((cp) => glyph(cp) !== 0)) return null;
  }
  return sawUnicode ? 'no-thai' : 'not-font';
}
