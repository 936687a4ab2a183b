// The document's one digit switch: every Arabic digit in the text becomes Thai, or stays.
import type { Block, Inline } from '../model/document.js';
import { toThaiDigits } from '../thai/digits.js';

export function applyThaiDigits(blocks: Block[]): Block[] {
  return blocks.map(block);
}

function inlines(list: Inline[]): Inline[] {
  return list.map((i) => (i.type === 'text' ? { ...i, text: toThaiDigits(i.text) } : i));
}

function block(b: Block): Block {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { ...b, inlines: inlines(b.inlines) };
    case 'list':
      return { ...b, items: b.items.map((item) => ({ inlines: inlines(item.inlines), children: item.children.map(block) })) };
    case 'table':
      return { ...b, rows: b.rows.map((row) => ({ cells: row.cells.map((c) => ({ ...c, inlines: inlines(c.inlines) })) })) };
    case 'figure':
      return { ...b, caption: inlines(b.caption) };
    case 'signature':
      return { ...b, lines: b.lines.map(inlines) };
    case 'pageBreak':
      return b;
    case 'letterhead':
      return { ...b, title: inlines(b.title) };
    case 'fieldLine':
      return { ...b, fields: b.fields.map((f) => ({ ...f, label: toThaiDigits(f.label), value: inlines(f.value) })) };
  }
}
