// The label lines of a บันทึกข้อความ: "ส่วนราชการ ....", "ที่ .... วันที่ ....", "เรื่อง ....". Each
// field takes its fraction of the text width: the bold label at labelSizePt, a space, the value
// at the body size (wrapped within the field, later lines from the field's left edge), then
// dots from the end of the value's last line to the end of the field, like Word's dot leader.
// One chunk, so the lines stay together; each line is one ActualText span across its fields,
// so a reader copies "ที่ มท ๐๒๐๑.๒/ว ๑๕๙๐ วันที่ ๒๓ สิงหาคม ๒๕๖๖" in order, without the dots.
import type { FieldLine } from '../../model/document.js';
import type { SizedFragment } from './canvas.js';
import { measureAt, type BlockContext } from './context.js';
import type { Chunk } from './flow.js';
import { layoutLines, type LaidLine, type TextStyle } from './line-layout.js';
import type { StructNode } from './tags.js';

const PLAIN: TextStyle = { bold: false, italic: false, underline: false };
const BOLD: TextStyle = { ...PLAIN, bold: true };

interface PlacedField {
  /** Left and right edges of the field, points from the column's left edge. */
  left: number;
  right: number;
  /** The label and the space after it; '' for none. */
  label: string;
  labelWidth: number;
  lines: LaidLine[];
}

export function fieldLineChunks(block: FieldLine, ctx: BlockContext): Chunk[] {
  const { canvas } = ctx;
  const bodySize = ctx.doc.font.sizePt;
  const labelSize = block.labelSizePt;
  const measure = measureAt(ctx, bodySize);
  const dotWidth = canvas.measure('.', PLAIN, bodySize);
  let used = 0;
  const fields: PlacedField[] = block.fields.map((field) => {
    const left = Math.min(used, 1) * ctx.width;
    used += field.fraction;
    const right = Math.min(used, 1) * ctx.width;
    // The space after the label is set at the label's size, as the DOCX label run holds it.
    const label = field.label === '' ? '' : `${field.label} `;
    const labelWidth = label === '' ? 0 : canvas.measure(label, BOLD, labelSize);
    const lines = layoutLines(field.value, { firstStart: left + labelWidth, restStart: left, right, align: 'left' }, measure);
    return { left, right, label, labelWidth, lines };
  });
  const rows = Math.max(1, ...fields.map((f) => f.lines.length));
  // The first line holds the labels, so it is as high as the larger size makes it (as in Word).
  const firstSize = Math.max(labelSize, bodySize);
  const firstHeight = canvas.lineHeight(firstSize);
  const restHeight = canvas.lineHeight(bodySize);
  const group = ctx.nextGroup();
  const nodes = Array.from({ length: rows }, () => ctx.parent.child('P'));

  const fragmentsOf = (field: PlacedField, row: number): SizedFragment[] => {
    const line = field.lines[row];
    if (line === undefined) return [];
    const out: SizedFragment[] = [];
    if (row === 0 && field.label !== '') {
      out.push({ text: field.label.trimEnd(), style: BOLD, x: ctx.left + field.left, width: field.labelWidth, sizePt: labelSize });
    }
    for (const f of line.fragments) out.push({ ...f, x: ctx.left + line.x + f.x, sizePt: bodySize });
    if (row === field.lines.length - 1) {
      // Whole dots, flush with the field's end, so leaders of the lines above and below end together.
      const dots = Math.floor((field.right - (line.x + line.width)) / dotWidth);
      if (dots > 0) out.push({ text: '.'.repeat(dots), style: PLAIN, x: ctx.left + field.right - dots * dotWidth, width: dots * dotWidth, sizePt: bodySize, leader: true });
    }
    return out;
  };

  /** What a reader copies from a line: each field's label and value, a space between fields. */
  const rowText = (row: number): string => {
    const pieces = fields.map((field) => (row === 0 ? field.label : '') + (field.lines[row]?.text ?? '')).filter((p) => p !== '');
    return pieces.reduce((text, piece) => (text === '' || /\s$/.test(text) ? text + piece : `${text} ${piece}`), '');
  };

  return [{
    height: firstHeight + (rows - 1) * restHeight,
    spaceBefore: block.spaceBeforePt,
    spaceAfter: 0,
    keepWithNext: false,
    draw: (top: number) => {
      for (let row = 0; row < rows; row++) {
        const baseline = row === 0
          ? top + canvas.ascent(firstSize)
          : top + firstHeight + (row - 1) * restHeight + canvas.ascent(bodySize);
        canvas.drawFragments(fields.flatMap((field) => fragmentsOf(field, row)), baseline, rowText(row), group, { node: nodes[row] as StructNode });
      }
    },
  }];
}
