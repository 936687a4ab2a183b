// The last passes over the document's text: numbers kept on the line of the word that introduces
// them (ครั้งที่ ๒), outside table cells, and the one digit switch: every Arabic digit becomes
// Thai, or stays.
import type { Block, Inline } from '../model/document.js';
import { toThaiDigits } from '../thai/digits.js';
import { keepNumbersWithWordsAcross } from '../thai/keep-with-number.js';

export function finishText(blocks: Block[], thaiDigits: boolean): Block[] {
  const digits = thaiDigits ? toThaiDigits : (text: string) => text;
  return blocks.map((b) => block(b, digits));
}

/** A line's runs: numbers kept with their words across run boundaries (<b>ครั้งที่</b> ๒), then digits. */
function inlines(list: Inline[], digits: (text: string) => string): Inline[] {
  const texts = keepNumbersWithWordsAcross(list.map((i) => (i.type === 'text' ? i.text : '\n')));
  return list.map((i, n) => (i.type === 'text' ? { ...i, text: digits(texts[n] as string) } : i));
}

function block(b: Block, digits: (text: string) => string): Block {
  const inlines_ = (list: Inline[]) => inlines(list, digits);
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { ...b, inlines: inlines_(b.inlines) };
    case 'list':
      return { ...b, items: b.items.map((item) => ({ inlines: inlines_(item.inlines), children: item.children.map((c) => block(c, digits)) })) };
    case 'table':
      // Digits only: a column can be narrower than ครั้งที่ ๒/๒๕๖๖ or a date kept whole, and Word
      // would then cut the unit inside a word or a number (LibreOffice cut พฤศจิกายน ๒|๕๖๖).
      return { ...b, rows: b.rows.map((row) => ({ cells: row.cells.map((c) => ({ ...c, inlines: c.inlines.map((i) => (i.type === 'text' ? { ...i, text: digits(i.text) } : i)) })) })) };
    case 'figure':
      return { ...b, caption: inlines_(b.caption) };
    case 'signature':
      return { ...b, lines: b.lines.map(inlines_) };
    case 'pageBreak':
      return b;
    case 'letterhead':
      return { ...b, title: inlines_(b.title) };
    case 'fieldLine':
      return { ...b, fields: b.fields.map((f) => ({ ...f, label: digits(f.label), value: inlines_(f.value) })) };
  }
}
