// Pagination: blocks become unbreakable chunks (a line, a table row, a figure, a signature
// block), and chunks flow down the pages, honouring keep-with-next and repeated table headers.

export interface Chunk {
  /** Height in points, spacing excluded. */
  height: number;
  /** Dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  /** No page break between this chunk and the next. */
  keepWithNext: boolean;
  /** Table header rows drawn again above this chunk when it starts a page. */
  repeatAtTop?: Chunk[];
  /** A page break block: the next chunk starts a new page. */
  pageBreak?: boolean;
  /** Draws the chunk with its top at `top` points on the current page. */
  draw(top: number): void;
}

export interface FlowArea {
  /** Top and bottom of the text area, in points from the top of the page. */
  top: number;
  bottom: number;
  newPage(): void;
}

export function pageBreakChunk(): Chunk {
  return { height: 0, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, pageBreak: true, draw: () => {} };
}

/** Height of chunk `i` and the chunks kept with it, from its top to the last one's bottom. */
function keptHeight(chunks: Chunk[], i: number): number {
  let height = 0;
  for (let j = i; j < chunks.length; j++) {
    const chunk = chunks[j];
    if (chunk === undefined || chunk.pageBreak) break;
    if (j > i) height += chunk.spaceBefore;
    height += chunk.height;
    if (!chunk.keepWithNext) break;
    height += chunk.spaceAfter;
  }
  return height;
}

function headersHeight(chunk: Chunk): number {
  return (chunk.repeatAtTop ?? []).reduce((sum, h) => sum + h.height, 0);
}

/**
 * Places `chunks` on pages, opening the first page itself. A chunk, with those it keeps with,
 * goes to the next page when it would cross the bottom; a group taller than a whole page
 * gives up its keeps and breaks chunk by chunk.
 */
export function flowChunks(chunks: Chunk[], area: FlowArea): void {
  const pageHeight = area.bottom - area.top;
  area.newPage();
  let y = area.top;
  let atTop = true;
  const startPage = (chunk: Chunk | undefined) => {
    area.newPage();
    y = area.top;
    atTop = true;
    for (const header of chunk?.repeatAtTop ?? []) {
      header.draw(y);
      y += header.height;
    }
  };
  chunks.forEach((chunk, i) => {
    if (chunk.pageBreak) {
      startPage(undefined);
      return;
    }
    const kept = keptHeight(chunks, i);
    const needed = kept + headersHeight(chunk) > pageHeight ? chunk.height : kept;
    const before = atTop ? 0 : chunk.spaceBefore;
    if (!atTop && y + before + needed > area.bottom) startPage(chunk);
    if (!atTop) y += chunk.spaceBefore;
    chunk.draw(y);
    y += chunk.height + chunk.spaceAfter;
    atTop = false;
  });
}
