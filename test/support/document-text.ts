// The text of a document model, one entry per paragraph-like piece, in reading order.
import type { Block, Document, Inline } from '../../src/model/document.js';

const plain = (inlines: Inline[]) => inlines.map((i) => (i.type === 'text' ? i.text : '\n')).join('');

export function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [plain(block.inlines)];
      case 'list':
        return block.items.flatMap((item) => [plain(item.inlines), ...blockTexts(item.children)]);
      case 'table':
        return block.rows.map((row) => row.cells.map((c) => plain(c.inlines)).join(' | '));
      case 'figure':
        return [plain(block.caption)];
      case 'signature':
        return block.lines.map(plain);
      case 'letterhead':
        return [plain(block.title)];
      case 'fieldLine':
        return [block.fields.map((f) => `${f.label} ${plain(f.value)}`).join(' ')];
      case 'pageBreak':
        return [];
    }
  });
}

export const documentTexts = (document: Document): string[] => blockTexts(document.blocks);
