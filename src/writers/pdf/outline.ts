// Glyph outlines as a PDF path (PDF 1.7 §8.5.2), from HarfBuzz's drawing of each glyph: a chart
// label's halo is its glyphs' outline stroked, a drawing with no text in it, so a reader reads
// the label once.
import type { DrawnGlyph, Shaper } from './shaping.js';
import { loadedHarfBuzz } from './shaping.js';

/**
 * The path of `glyphs` set from (`x`, `y`) (PDF coordinates, y up) at `sizePt`, in content
 * operators (m, l, c, h), numbers written by `num`; '' when no glyph has an outline.
 */
/** Where the callbacks draw: set before each glyph. One DrawFuncs serves the process (HarfBuzz memory). */
interface Pen {
  ops: string[];
  x: (fx: number) => number;
  y: (fy: number) => number;
  lastX: number;
  lastY: number;
}

let pen: Pen | null = null;
let funcs: InstanceType<ReturnType<typeof loadedHarfBuzz>['DrawFuncs']> | null = null;

function drawFuncs(): NonNullable<typeof funcs> {
  if (funcs !== null) return funcs;
  const hb = loadedHarfBuzz();
  const made = new hb.DrawFuncs();
  const to = (fx: number, fy: number) => {
    const p = pen as Pen;
    p.lastX = fx;
    p.lastY = fy;
    return `${p.x(fx)} ${p.y(fy)}`;
  };
  made.setMoveToFunc((fx, fy) => (pen as Pen).ops.push(`${to(fx, fy)} m`));
  made.setLineToFunc((fx, fy) => (pen as Pen).ops.push(`${to(fx, fy)} l`));
  made.setQuadraticToFunc((cx, cy, fx, fy) => {
    const p = pen as Pen;
    // A quadratic Bézier as the cubic with control points ⅔ of the way to the quadratic's.
    const c1 = `${p.x(p.lastX + (2 / 3) * (cx - p.lastX))} ${p.y(p.lastY + (2 / 3) * (cy - p.lastY))}`;
    const c2 = `${p.x(fx + (2 / 3) * (cx - fx))} ${p.y(fy + (2 / 3) * (cy - fy))}`;
    p.ops.push(`${c1} ${c2} ${to(fx, fy)} c`);
  });
  made.setCubicToFunc((c1x, c1y, c2x, c2y, fx, fy) => {
    const p = pen as Pen;
    p.ops.push(`${p.x(c1x)} ${p.y(c1y)} ${p.x(c2x)} ${p.y(c2y)} ${to(fx, fy)} c`);
  });
  made.setClosePathFunc(() => (pen as Pen).ops.push('h'));
  funcs = made;
  return made;
}

/** Font units to a tenth, as the path writes them (a tenth of a unit is 1/10000 em). */
const tenth = (n: number): number => Math.round(n * 10) / 10;

/** The outline of one glyph of a run in font units from its pen position, as content operators (m, l, c, h); '' for none. */
export function glyphOutlinePath(shaper: Shaper, glyph: DrawnGlyph): string {
  const f = drawFuncs();
  const ops: string[] = [];
  const parts = 'gid' in glyph.glyph ? [{ gid: glyph.glyph.gid, dx: 0, dy: 0 }] : glyph.glyph.parts;
  for (const part of parts) {
    pen = { ops, x: (fx) => tenth(part.dx + fx), y: (fy) => tenth(part.dy + fy), lastX: 0, lastY: 0 };
    shaper.hbFont.drawGlyph(part.gid, f);
  }
  pen = null;
  return ops.join('\n');
}
