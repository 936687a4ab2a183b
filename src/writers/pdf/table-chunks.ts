// Tables: one chunk per row, so rows split between pages at row boundaries; header rows stay
// with the first body row and are drawn again at the top of each page the table continues on.
import type { Inline, Table, TableCell } from '../../model/document.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines, type LaidLine } from './line-layout.js';
import { LAYOUT, type Mark, type StructNode } from './tags.js';
import { mmToPt } from './units.js';
import { TABLE_CELL_PADDING_MM, TABLE_HEADER_SHADING } from '../../model/house-style.js';
import { keepNumbersWithWordsAcross } from '../../thai/keep-with-number.js';

/** Word's default left and right cell margin, 0.19 cm; top and bottom are 0. */
const CELL_PADDING_MM = TABLE_CELL_PADDING_MM;
/** ½ pt black borders, as official tables are ruled. */
const BORDER_PT = 0.5;
/** Header cells on light grey (Word's "White, Background 1, Darker 15%"). */
const HEADER_SHADE = `#${TABLE_HEADER_SHADING}`;
/** Header rows drawn again on a later page: pagination, not content (PDF 1.7 §14.8.2.2). */
const REPEATED: Mark = { artifact: 'Pagination', subtype: 'Header' };

interface PlacedCell {
  x: number;
  width: number;
  lines: LaidLine[];
  header: boolean;
  group: number;
  node: StructNode;
}

/**
 * A cell's dates and numbers with their words (๓๑ ธ.ค. ๒๕๖๖, ครั้งที่ ๒/๒๕๖๖, ๕ ราย) kept on one
 * line where the column is wide enough: the document keeps them only outside tables
 * (render/finish-text.ts), for Word and LibreOffice, which then cut inside a word or a number of
 * a narrow column; this layout parts them at their no-break spaces when they cannot fit.
 */
function keptTogether(inlines: Inline[]): Inline[] {
  const texts = keepNumbersWithWordsAcross(inlines.map((i) => (i.type === 'text' ? i.text : '\n')));
  return inlines.map((i, n) => (i.type === 'text' ? { ...i, text: texts[n] as string } : i));
}

function bolded(inlines: Inline[]): Inline[] {
  return inlines.map((i) => (i.type === 'text' ? { ...i, bold: true } : i));
}

/** Left edges of the columns and the table's right edge, in points from the table's left. */
function columnEdges(table: Table, tableWidth: number): number[] {
  const total = table.columns.reduce((sum, c) => sum + c.fraction, 0) || 1;
  const edges = [0];
  let x = 0;
  for (const column of table.columns) {
    x += (column.fraction / total) * tableWidth;
    edges.push(x);
  }
  return edges;
}

export function tableChunks(table: Table, ctx: BlockContext): Chunk[] {
  const sizePt = ctx.doc.font.sizePt;
  const measure = measureAt(ctx, sizePt);
  const lineHeight = ctx.canvas.lineHeight(sizePt);
  const pad = mmToPt(CELL_PADDING_MM);
  const edges = columnEdges(table, ctx.width * table.widthFraction);
  const lastEdge = edges.length - 1;

  const tableNode = ctx.parent.child('Table');
  const placeCell = (cell: TableCell, column: number, row: StructNode): PlacedCell => {
    const x = edges[Math.min(column, lastEdge)] ?? 0;
    const width = (edges[Math.min(column + Math.max(1, cell.colSpan), lastEdge)] ?? x) - x;
    const align = cell.align ?? table.columns[column]?.align ?? 'left';
    const inlines = keptTogether(cell.header ? bolded(cell.inlines) : cell.inlines);
    const lines = layoutLines(inlines, { firstStart: pad, restStart: pad, right: width - pad, align }, measure);
    const node = cell.header ? row.child('TH', { scope: 'Column' }) : row.child('TD');
    return { x, width, lines, header: cell.header, group: ctx.nextGroup(), node };
  };

  const rows: Chunk[] = table.rows.map((row, r) => {
    let column = 0;
    const rowNode = tableNode.child('TR');
    const cells = row.cells.map((cell) => {
      const placed = placeCell(cell, column, rowNode);
      column += Math.max(1, cell.colSpan);
      return placed;
    });
    const height = Math.max(1, ...cells.map((c) => c.lines.length)) * lineHeight;
    // Drawn once as the table's content; again at the top of a later page, as an artifact.
    let drawn = false;
    return {
      height,
      spaceBefore: 0,
      spaceAfter: 0,
      keepWithNext: r < table.headerRows,
      draw: (top: number) => {
        const repeat = drawn;
        drawn = true;
        ctx.canvas.mark(LAYOUT, () => {
          for (const c of cells) if (c.header) ctx.canvas.fillRect(ctx.left + c.x, top, c.width, height, HEADER_SHADE);
        });
        for (const c of cells) {
          const mark: Mark = repeat ? REPEATED : { node: c.node };
          if (!repeat) c.node.touch();
          c.lines.forEach((line, i) => ctx.canvas.drawLine(line, ctx.left + c.x, top + i * lineHeight, sizePt, c.group, mark));
        }
        ctx.canvas.mark(LAYOUT, () => {
          for (const c of cells) ctx.canvas.strokeRect(ctx.left + c.x, top, c.width, height, BORDER_PT);
        });
      },
    };
  });
  const headers = rows.slice(0, table.headerRows);
  return rows.map((row, r) => (r < table.headerRows ? row : { ...row, repeatAtTop: headers }));
}
