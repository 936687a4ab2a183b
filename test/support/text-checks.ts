// Checks on text as a reader gets it back from a PDF: every source paragraph found, no line end inside a word.
import type { Block } from '../../src/model/document.js';
import { blockTexts } from './document-text.js';
import { PAGE_NUMBER_GROUP, type DrawnLine } from '../../src/writers/pdf/index.js';

/**
 * How extracted text is compared: each drawn line is one ActualText span, which keeps the
 * spaces at its end, and a line break inside Thai text carries no space; so the lines of a
 * paragraph joined with no separator give back its source text. pdftotext puts blank lines
 * between lines (the line pitch is large for the glyph size), so all newlines are dropped.
 */
export const joinLines = (text: string) => text.replace(/[\n\f]/g, '');

/**
 * Every piece of text the source has (paragraphs, list items, cells, captions, signature lines),
 * as a reader must get it back: a no-break space the layout put in (ครั้งที่ ๒) is the space typed.
 */
export const sourceTexts = (blocks: Block[]): string[] => blockTexts(blocks, 'pieces').map((text) => text.replace(/\u00A0/g, ' '));

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Line ends (offsets in the joined text) that Intl.Segmenter does not see as word boundaries. */
export function lineEndsInsideWords(lines: string[]): string[] {
  const joined = lines.join('');
  const boundaries = new Set(Array.from(wordSegmenter.segment(joined), (s) => s.index));
  const bad: string[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    if (!boundaries.has(offset)) bad.push(`${joined.slice(Math.max(0, offset - 10), offset)}|${joined.slice(offset, offset + 10)}`);
  }
  return bad;
}

export function linesByGroup(lines: DrawnLine[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const line of lines) {
    if (line.group === PAGE_NUMBER_GROUP) continue;
    groups.set(line.group, [...(groups.get(line.group) ?? []), line.text]);
  }
  return [...groups.values()];
}

