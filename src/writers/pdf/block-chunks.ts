// Blocks of the document model to chunks for pagination, one function per block kind.
import type { Block } from '../../model/document.js';
import type { BlockContext } from './context.js';
import { fieldLineChunks } from './field-line-chunks.js';
import { figureChunks } from './figure-chunks.js';
import { pageBreakChunk, type Chunk } from './flow.js';
import { letterheadChunks } from './letterhead-chunks.js';
import { listChunks } from './list-chunks.js';
import { paragraphChunks } from './paragraph-chunks.js';
import { signatureChunks } from './signature-chunks.js';
import { tableChunks } from './table-chunks.js';

export function blocksToChunks(blocks: Block[], ctx: BlockContext): Chunk[] {
  const chunks: Chunk[] = [];
  for (const block of blocks) {
    const made = blockChunks(block, ctx);
    // A signature never stands alone at the top of a page: the line before it goes along.
    const previous = chunks[chunks.length - 1];
    if (block.type === 'signature' && previous !== undefined && !previous.pageBreak) previous.keepWithNext = true;
    chunks.push(...made);
  }
  return chunks;
}

function blockChunks(block: Block, ctx: BlockContext): Chunk[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return paragraphChunks(block, ctx);
    case 'list':
      return listChunks(block, ctx, blocksToChunks);
    case 'table':
      return tableChunks(block, ctx);
    case 'figure':
      return figureChunks(block, ctx);
    case 'signature':
      return signatureChunks(block, ctx);
    case 'pageBreak':
      return [pageBreakChunk()];
    case 'letterhead':
      return letterheadChunks(block, ctx);
    case 'fieldLine':
      return fieldLineChunks(block, ctx);
  }
}
