// The text of a document model in reading order: one walker for every test that reads it back.
import type { Block, Document, Inline } from '../../src/model/document.js';

/**
 * `pieces`: each separately drawn piece (every table cell, every memo field), a hard line break
 * counting as nothing, which is how a PDF gives them back. `rows`: a table row or a label line as
 * one string ("cell | cell"), a hard line break as "\n", which is how a reader checks order.
 */
export type TextMode = 'pieces' | 'rows';

export function blockTexts(blocks: Block[], mode: TextMode): string[] {
  const plain = (inlines: Inline[]) => inlines.map((i) => (i.type === 'text' ? i.text : mode === 'rows' ? '\n' : '')).join('');
  const texts = blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [plain(block.inlines)];
      case 'list':
        return block.items.flatMap((item) => [plain(item.inlines), ...blockTexts(item.children, mode)]);
      case 'table':
        return block.rows.flatMap((row) => {
          const cells = row.cells.map((cell) => plain(cell.inlines));
          return mode === 'rows' ? [cells.join(' | ')] : cells;
        });
      case 'figure':
        return [plain(block.caption)];
      case 'signature':
        return block.lines.map(plain);
      case 'letterhead':
        return [plain(block.title)];
      case 'fieldLine': {
        const fields = block.fields.map((f) => `${f.label} ${plain(f.value)}`);
        return mode === 'rows' ? [fields.join(' ')] : fields;
      }
      case 'pageBreak':
        return [];
    }
  });
  return texts.filter((text) => text !== '');
}

/**
 * The document's rows as a reader reads them: a no-break space (ครั้งที่ ๒, kept together on
 * purpose) reads as a space. Tests of where no-break spaces go read the model itself.
 */
export const documentTexts = (document: Document): string[] => blockTexts(document.blocks, 'rows').map((text) => text.replace(/\u00A0/g, ' '));
