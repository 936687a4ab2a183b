// Table blocks: fixed layout, ½-pt black borders; header rows repeat on every page and,
// like header cells, are bold and shaded.
import {
  BorderStyle, Paragraph as DocxParagraph, ShadingType, Table as DocxTable, TableCell as DocxTableCell,
  TableLayoutType, TableRow as DocxTableRow, WidthType, AlignmentType, type IBorderOptions,
} from 'docx';
import type { Table, TableCell, TableRow } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { alignmentOf } from './paragraph.js';
import { inlinesToRuns } from './run.js';
import { mmToTwips } from './units.js';
import { TABLE_CELL_PADDING_MM, TABLE_HEADER_SHADING } from '../../model/house-style.js';

/** w:sz is in eighths of a point: 4 = ½ pt. */
const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const HEADER_FILL = TABLE_HEADER_SHADING;
/** Cell margins, twips: the house style's padding left and right (as the PDF), none above and below. */
const CELL_MARGIN = { top: 0, bottom: 0, left: mmToTwips(TABLE_CELL_PADDING_MM), right: mmToTwips(TABLE_CELL_PADDING_MM) };

export function tableToDocx(table: Table, ctx: DocxContext): DocxTable {
  // Column fractions sum to 1 and share out the table's own width.
  const tableTwips = mmToTwips(table.widthFraction * ctx.textWidthMm);
  const columnWidths = table.columns.map((column) => Math.round(column.fraction * tableTwips));
  return new DocxTable({
    rows: table.rows.map((row, index) => rowToDocx(row, index < table.headerRows, table, columnWidths, ctx)),
    columnWidths,
    width: { size: sum(columnWidths), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: table.widthFraction < 1 ? AlignmentType.CENTER : undefined,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
  });
}

function rowToDocx(row: TableRow, isHeader: boolean, table: Table, columnWidths: number[], ctx: DocxContext): DocxTableRow {
  let column = 0;
  const cells = row.cells.map((cell) => {
    const first = column;
    column += cell.colSpan;
    const width = sum(columnWidths.slice(first, column));
    const align = cell.align ?? table.columns[first]?.align ?? 'left';
    return cellToDocx(cell, isHeader || cell.header, width, alignmentOf(align), ctx);
  });
  return new DocxTableRow({ children: cells, tableHeader: isHeader || undefined, cantSplit: true });
}

function cellToDocx(cell: TableCell, header: boolean, widthTwips: number, alignment: ReturnType<typeof alignmentOf>, ctx: DocxContext): DocxTableCell {
  return new DocxTableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    // Cell text has no first-line indent and no paragraph spacing.
    children: [new DocxParagraph({
      alignment,
      indent: { left: 0, firstLine: 0 },
      spacing: { before: 0, after: 0 },
      children: inlinesToRuns(cell.inlines, ctx, { bold: header || undefined }),
    })],
  });
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
