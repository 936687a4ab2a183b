// A TrueType font read from its tables (OpenType spec, "TrueType font file" tables head, hhea,
// maxp, hmtx, loca, glyf, OS/2, post, name), and the subset a PDF embeds (PDF 1.7 §9.9,
// FontFile2): the glyphs drawn, the glyphs their composites use, and glyphs of our own — a
// composite per shaped cluster (ำ as ํ + า, a tone mark moved by the shaper) that draws the
// cluster's glyphs where HarfBuzz put them, so that one glyph maps to the cluster's text.
// Our own code on the font's bytes: no library's internals, and the same bytes for the same glyphs.

/** Tables a PDF viewer's TrueType rasteriser reads; the rest (cmap, GSUB, GPOS, name...) are left out. */
const SUBSET_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_A_SCALE = 0x0008;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export interface Bbox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A component of a glyph of our own: an original glyph moved by (dx, dy) font units. */
export interface Placed {
  gid: number;
  dx: number;
  dy: number;
}

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly bbox: Bbox;
  readonly ascender: number;
  readonly descender: number;
  readonly winAscent: number | undefined;
  readonly winDescent: number | undefined;
  readonly capHeight: number | undefined;
  readonly xHeight: number | undefined;
  readonly italicAngle: number;
  readonly fixedPitch: boolean;
  readonly italic: boolean;
  readonly familyClass: number;
  readonly postscriptName: string;
  /** The font's own embedding permission (OS/2 fsType); 0x0002 alone forbids embedding. */
  readonly fsType: number;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly view: DataView;
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;

  constructor(readonly bytes: Uint8Array, readonly file: string) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let start = 0;
    if (this.tag(0) === 'ttcf') start = this.view.getUint32(12);
    const version = this.view.getUint32(start);
    if (version !== 0x00010000 && this.tag(start) !== 'true') {
      throw new Error(`${file}: not a TrueType font (glyf outlines): ${this.tag(start) === 'OTTO' ? 'CFF outlines are not supported' : 'unknown format'}`);
    }
    const count = this.view.getUint16(start + 4);
    for (let i = 0; i < count; i++) {
      const at = start + 12 + i * 16;
      this.tables.set(this.tag(at), { offset: this.view.getUint32(at + 8), length: this.view.getUint32(at + 12) });
    }
    for (const need of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']) {
      if (!this.tables.has(need)) throw new Error(`${file}: the font has no ${need} table`);
    }
    const head = this.at('head');
    this.unitsPerEm = this.view.getUint16(head + 18);
    this.bbox = { xMin: this.view.getInt16(head + 36), yMin: this.view.getInt16(head + 38), xMax: this.view.getInt16(head + 40), yMax: this.view.getInt16(head + 42) };
    this.italic = (this.view.getUint16(head + 44) & 0x0002) !== 0;
    this.longLoca = this.view.getInt16(head + 50) === 1;
    const hhea = this.at('hhea');
    this.ascender = this.view.getInt16(hhea + 4);
    this.descender = this.view.getInt16(hhea + 6);
    this.numberOfHMetrics = this.view.getUint16(hhea + 34);
    this.numGlyphs = this.view.getUint16(this.at('maxp') + 4);
    const os2 = this.tables.get('OS/2');
    if (os2 === undefined) {
      this.fsType = 0;
      this.familyClass = 0;
    } else {
      const o = os2.offset;
      const version = this.view.getUint16(o);
      this.fsType = this.view.getUint16(o + 8);
      this.familyClass = this.view.getInt16(o + 30) >> 8;
      this.winAscent = this.view.getUint16(o + 74);
      this.winDescent = this.view.getUint16(o + 76);
      if (version >= 2) {
        this.xHeight = this.view.getInt16(o + 86);
        this.capHeight = this.view.getInt16(o + 88);
      }
    }
    const post = this.tables.get('post');
    this.italicAngle = post === undefined ? 0 : this.view.getInt32(post.offset + 4) / 65536;
    this.fixedPitch = post === undefined ? false : this.view.getUint32(post.offset + 12) !== 0;
    this.postscriptName = this.readPostscriptName() ?? 'Font';
  }

  private tag(at: number): string {
    return String.fromCharCode(this.bytes[at] ?? 0, this.bytes[at + 1] ?? 0, this.bytes[at + 2] ?? 0, this.bytes[at + 3] ?? 0);
  }

  private at(table: string): number {
    const entry = this.tables.get(table);
    if (entry === undefined) throw new Error(`${this.file}: the font has no ${table} table`);
    return entry.offset;
  }

  table(name: string): Uint8Array | undefined {
    const entry = this.tables.get(name);
    return entry === undefined ? undefined : this.bytes.subarray(entry.offset, entry.offset + entry.length);
  }

  /** PostScript name (name ID 6), Windows Unicode or Macintosh Roman record. */
  private readPostscriptName(): string | undefined {
    const entry = this.tables.get('name');
    if (entry === undefined) return undefined;
    const o = entry.offset;
    const count = this.view.getUint16(o + 2);
    const strings = o + this.view.getUint16(o + 4);
    for (let i = 0; i < count; i++) {
      const r = o + 6 + i * 12;
      const platform = this.view.getUint16(r);
      if (this.view.getUint16(r + 6) !== 6) continue;
      const length = this.view.getUint16(r + 8);
      const start = strings + this.view.getUint16(r + 10);
      const raw = this.bytes.subarray(start, start + length);
      const name = platform === 3 || platform === 0 ? Buffer.from(raw).swap16().toString('utf16le') : Buffer.from(raw).toString('latin1');
      // PDF names and subset tags want printable ASCII without spaces.
      return name.replace(/[^\x21-\x7e]/g, '_');
    }
    return undefined;
  }

  advance(gid: number): number {
    const hmtx = this.at('hmtx');
    const i = Math.min(gid, this.numberOfHMetrics - 1);
    return this.view.getUint16(hmtx + i * 4);
  }

  private leftBearing(gid: number): number {
    const hmtx = this.at('hmtx');
    if (gid < this.numberOfHMetrics) return this.view.getInt16(hmtx + gid * 4 + 2);
    return this.view.getInt16(hmtx + this.numberOfHMetrics * 4 + (gid - this.numberOfHMetrics) * 2);
  }

  /** The glyph's bytes in the glyf table; empty for a glyph with no outline (a space). */
  glyphBytes(gid: number): Uint8Array {
    const loca = this.at('loca');
    const offset = (i: number) => (this.longLoca ? this.view.getUint32(loca + i * 4) : this.view.getUint16(loca + i * 2) * 2);
    const glyf = this.at('glyf');
    return this.bytes.subarray(glyf + offset(gid), glyf + offset(gid + 1));
  }

  /** The outline's box in font units, or null for a glyph with no outline. */
  glyphBbox(gid: number): Bbox | null {
    const g = this.glyphBytes(gid);
    if (g.length < 10) return null;
    const v = new DataView(g.buffer, g.byteOffset, g.byteLength);
    return { xMin: v.getInt16(2), yMin: v.getInt16(4), xMax: v.getInt16(6), yMax: v.getInt16(8) };
  }

  /** Component glyph ids of a composite glyph and the byte offset of each id; [] for a simple glyph. */
  components(gid: number): Array<{ gid: number; at: number }> {
    const g = this.glyphBytes(gid);
    if (g.length < 10) return [];
    const v = new DataView(g.buffer, g.byteOffset, g.byteLength);
    if (v.getInt16(0) >= 0) return [];
    const out: Array<{ gid: number; at: number }> = [];
    let at = 10;
    for (;;) {
      const flags = v.getUint16(at);
      out.push({ gid: v.getUint16(at + 2), at: at + 2 });
      at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) !== 0 ? 4 : 2);
      if ((flags & WE_HAVE_A_SCALE) !== 0) at += 2;
      else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) !== 0) at += 4;
      else if ((flags & WE_HAVE_A_TWO_BY_TWO) !== 0) at += 8;
      if ((flags & MORE_COMPONENTS) === 0) return out;
    }
  }

  leftSideBearing(gid: number): number {
    return this.leftBearing(gid);
  }
}

/** A glyph of the subset: an original glyph, or one of our own made of placed original glyphs. */
export type SubsetGlyph = { gid: number } | { parts: Placed[]; advance: number };

/**
 * The subset's bytes: `glyphs[i]` becomes glyph i (glyph 0 must be the original .notdef), each
 * original composite's components appended after them. The tables keep their order and the
 * font's own values except the glyph count, the long loca format and the checksums.
 */
export function encodeSubset(font: TrueTypeFont, glyphs: readonly SubsetGlyph[]): Uint8Array {
  const order: SubsetGlyph[] = [...glyphs];
  /** New index of each original glyph that is copied as it is. */
  const index = new Map<number, number>();
  order.forEach((g, i) => {
    if ('gid' in g && !index.has(g.gid)) index.set(g.gid, i);
  });
  const include = (gid: number): number => {
    let i = index.get(gid);
    if (i === undefined) {
      i = order.length;
      order.push({ gid });
      index.set(gid, i);
    }
    return i;
  };
  const glyf: Uint8Array[] = [];
  const metrics: Array<[number, number]> = [];
  let maxComponents = 0;
  for (let i = 0; i < order.length; i++) {
    const g = order[i] as SubsetGlyph;
    if ('gid' in g) {
      let bytes = font.glyphBytes(g.gid);
      const components = font.components(g.gid);
      if (components.length > 0) {
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const c of components) view.setUint16(c.at, include(c.gid));
        maxComponents = Math.max(maxComponents, components.length);
      }
      glyf.push(bytes);
      metrics.push([font.advance(g.gid), font.leftSideBearing(g.gid)]);
    } else {
      const bytes = compositeBytes(font, g.parts.map((p) => ({ ...p, gid: include(p.gid) })), g.parts);
      glyf.push(bytes);
      maxComponents = Math.max(maxComponents, g.parts.length);
      metrics.push([g.advance, bytes.length >= 10 ? new DataView(bytes.buffer).getInt16(2) : 0]);
    }
  }
  const padded = glyf.map((g) => (g.length % 4 === 0 ? g : concat([g, new Uint8Array(4 - (g.length % 4))])));
  const glyfTable = concat(padded);
  const loca = new DataView(new ArrayBuffer((padded.length + 1) * 4));
  let offset = 0;
  padded.forEach((g, i) => {
    loca.setUint32(i * 4, offset);
    offset += g.length;
  });
  loca.setUint32(padded.length * 4, offset);
  const hmtx = new DataView(new ArrayBuffer(metrics.length * 4));
  metrics.forEach(([advance, lsb], i) => {
    hmtx.setUint16(i * 4, advance);
    hmtx.setInt16(i * 4 + 2, lsb);
  });

  const head = copy(font.table('head') as Uint8Array);
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(50, 1);
  const hhea = copy(font.table('hhea') as Uint8Array);
  new DataView(hhea.buffer).setUint16(34, metrics.length);
  const maxp = copy(font.table('maxp') as Uint8Array);
  const maxpView = new DataView(maxp.buffer);
  maxpView.setUint16(4, order.length);
  if (maxp.length >= 32) {
    // Our composites add a level above the font's own composites.
    maxpView.setUint16(28, Math.max(maxpView.getUint16(28), maxComponents));
    maxpView.setUint16(30, Math.max(maxpView.getUint16(30), 1) + 1);
  }
  const tables = new Map<string, Uint8Array>([
    ['glyf', glyfTable], ['loca', new Uint8Array(loca.buffer)], ['hmtx', new Uint8Array(hmtx.buffer)],
    ['head', head], ['hhea', hhea], ['maxp', maxp],
  ]);
  for (const name of ['cvt ', 'fpgm', 'prep']) {
    const table = font.table(name);
    if (table !== undefined) tables.set(name, table);
  }
  return sfnt(SUBSET_TABLES.filter((t) => tables.has(t)).map((t) => [t, tables.get(t) as Uint8Array]));
}

/** A composite glyph of placed components (their new ids in `placed`, boxes read from `original`). */
function compositeBytes(font: TrueTypeFont, placed: Placed[], original: Placed[]): Uint8Array {
  let box: Bbox | null = null;
  original.forEach((p) => {
    const b = font.glyphBbox(p.gid);
    if (b === null) return;
    const moved = { xMin: b.xMin + p.dx, yMin: b.yMin + p.dy, xMax: b.xMax + p.dx, yMax: b.yMax + p.dy };
    box = box === null ? moved : { xMin: Math.min(box.xMin, moved.xMin), yMin: Math.min(box.yMin, moved.yMin), xMax: Math.max(box.xMax, moved.xMax), yMax: Math.max(box.yMax, moved.yMax) };
  });
  // Components without outlines (an invisible space's stand-in): a glyph with no outline at all.
  const drawn = placed.filter((_, i) => font.glyphBbox((original[i] as Placed).gid) !== null);
  if (box === null || drawn.length === 0) return new Uint8Array(0);
  const b = box as Bbox;
  const view = new DataView(new ArrayBuffer(10 + drawn.length * 8));
  view.setInt16(0, -1);
  view.setInt16(2, b.xMin);
  view.setInt16(4, b.yMin);
  view.setInt16(6, b.xMax);
  view.setInt16(8, b.yMax);
  drawn.forEach((p, i) => {
    const at = 10 + i * 8;
    view.setUint16(at, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (i < drawn.length - 1 ? MORE_COMPONENTS : 0));
    view.setUint16(at + 2, p.gid);
    view.setInt16(at + 4, p.dx);
    view.setInt16(at + 6, p.dy);
  });
  return new Uint8Array(view.buffer);
}

function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = bytes.length % 4 === 0 ? bytes : concat([bytes, new Uint8Array(4 - (bytes.length % 4))]);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file of `tables` (already in tag order), checksums and head.checkSumAdjustment set. */
function sfnt(tables: Array<[string, Uint8Array]>): Uint8Array {
  const n = tables.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = new DataView(new ArrayBuffer(12 + n * 16));
  header.setUint32(0, 0x00010000);
  header.setUint16(4, n);
  header.setUint16(6, searchRange);
  header.setUint16(8, entrySelector);
  header.setUint16(10, n * 16 - searchRange);
  let offset = 12 + n * 16;
  const bodies: Uint8Array[] = [];
  let headAt = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) header.setUint8(at + k, tag.charCodeAt(k));
    header.setUint32(at + 4, checksum(data));
    header.setUint32(at + 8, offset);
    header.setUint32(at + 12, data.length);
    if (tag === 'head') headAt = offset;
    const padded = data.length % 4 === 0 ? data : concat([data, new Uint8Array(4 - (data.length % 4))]);
    bodies.push(padded);
    offset += padded.length;
  });
  const file = concat([new Uint8Array(header.buffer), ...bodies]);
  if (headAt >= 0) new DataView(file.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}
