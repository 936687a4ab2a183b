import { describe, expect, it } from 'vitest';
import { flowChunks, pageBreakChunk, type Chunk } from '../../../src/writers/pdf/flow.js';

/** What was drawn: [chunk name, page, top]. */
let drawn: Array<[string, number, number]> = [];
let page = 0;

/** Flows chunks on pages 100 pt high and returns, for each chunk drawn, [name, page, top]. */
function flow(chunks: Chunk[]): Array<[string, number, number]> {
  drawn = [];
  page = 0;
  flowChunks(chunks, { top: 0, bottom: 100, newPage: () => page++ });
  return drawn;
}

function chunk(name: string, height: number, over: Partial<Chunk> = {}): Chunk {
  return { height, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, draw: (top) => drawn.push([name, page, top]), ...over };
}

describe('flowChunks', () => {
  it('moves to a new page the chunk that would cross the bottom', () => {
    expect(flow([chunk('a', 60), chunk('b', 60)])).toEqual([['a', 1, 0], ['b', 2, 0]]);
  });

  it('drops space before at the top of a page but keeps it elsewhere', () => {
    const drawn = flow([chunk('a', 50), chunk('b', 40, { spaceBefore: 5 }), chunk('c', 10, { spaceBefore: 20 })]);
    expect(drawn).toEqual([['a', 1, 0], ['b', 1, 55], ['c', 2, 0]]);
  });

  it('keeps a heading with the next block', () => {
    const drawn = flow([chunk('text', 70), chunk('heading', 20, { keepWithNext: true }), chunk('next', 20)]);
    expect(drawn).toEqual([['text', 1, 0], ['heading', 2, 0], ['next', 2, 20]]);
  });

  it('gives up keeps for a group taller than a page', () => {
    const chain = Array.from({ length: 6 }, (_, i) => chunk(`line${i}`, 30, { keepWithNext: i < 5 }));
    expect(flow(chain).map(([name, page]) => [name, page])).toEqual([
      ['line0', 1], ['line1', 1], ['line2', 1], ['line3', 2], ['line4', 2], ['line5', 2],
    ]);
  });

  it('repeats table header rows above a row that starts a page', () => {
    const header = chunk('header', 20, { keepWithNext: true });
    const rows = [header, ...[1, 2, 3, 4].map((i) => chunk(`row${i}`, 30, { repeatAtTop: [header] }))];
    expect(flow(rows)).toEqual([
      ['header', 1, 0], ['row1', 1, 20], ['row2', 1, 50],
      ['header', 2, 0], ['row3', 2, 20], ['row4', 2, 50],
    ]);
  });

  it('starts a new page at a page break', () => {
    expect(flow([chunk('a', 10), pageBreakChunk(), chunk('b', 10)])).toEqual([
      ['a', 1, 0], ['b', 2, 0],
    ]);
  });
});
