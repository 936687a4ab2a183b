// Issue 12: an office's own word list (minutes.config.yaml `words: words.txt`), read with
// positioned errors and fed to the breaker of both writers: a listed word never ends a PDF line
// inside it, and the DOCX keeps it whole with joiners.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProject, loadOfficeConfig } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { parseWordList } from '../../src/load/office-words.js';
import { dictionaryWith, segmentPieces, type Dictionary } from '../../src/thai/word-break.js';
import { renderPdf } from '../../src/writers/pdf/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { readDocxPartRaw } from '../support/docx-xml.js';
import { linesByGroup } from '../support/text-checks.js';
import { corpusDocument } from './support/corpus-document.js';
import { t } from '../support/sample-document.js';

/** A programme's name ICU and the shipped dictionary cut as ยุติธรรม|ชุมชน. */
const WORD = 'ยุติธรรมชุมชน';

describe('parseWordList', () => {
  it('reads one word a line; blank lines, # comments, a BOM, CRLF and repeats are skipped', () => {
    const list = parseWordList(`\uFEFF# คำของกอง\r\n${WORD}\r\n\r\n  ผอ.กพด.  \nกองยุทธศาสตร์และแผนงาน\n${WORD}\n`);
    expect(list.problems).toEqual([]);
    expect(list.words).toEqual([WORD, 'ผอ.กพด.', 'กองยุทธศาสตร์และแผนงาน']);
  });

  it('reports each entry that cannot be a word at its line and column, and keeps the rest', () => {
    const list = parseWordList(`${WORD}\n  กอง แผน\nโครงการ ITA\n${'ก'.repeat(81)}\n`);
    expect(list.words).toEqual([WORD]);
    expect(list.problems).toEqual([
      { line: 2, column: 6, kind: 'character', entry: 'กอง แผน', char: ' ' },
      { line: 3, column: 8, kind: 'character', entry: 'โครงการ ITA', char: ' ' },
      { line: 4, column: 81, kind: 'too-long', entry: 'ก'.repeat(81) },
    ]);
  });
});

describe('minutes.config.yaml words:', () => {
  const dir = mkdtempSync(join(tmpdir(), 'office-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const configured = (config: string, words?: string) => {
    const folder = mkdtempSync(join(dir, 'o-'));
    writeFileSync(join(folder, 'minutes.config.yaml'), config);
    if (words !== undefined) writeFileSync(join(folder, 'words.txt'), words);
    return loadOfficeConfig(findProject({ cwd: folder }), 'th');
  };

  it('gives the office its words', () => {
    const { office, diagnostics } = configured('words: words.txt\n', `${WORD}\n`);
    expect(diagnostics).toEqual([]);
    expect(office?.wordList).toEqual([WORD]);
  });

  it('puts a bad entry at its line and column of the list', () => {
    const { diagnostics } = configured('words: words.txt\n', `${WORD}\nกอง แผน\n`);
    expect(diagnostics.map((d) => [d.code, d.file.endsWith('words.txt'), d.line, d.column])).toEqual([['WORD_LIST_CHARACTER', true, 2, 4]]);
  });

  it('puts a missing list at its line of the configuration', () => {
    const { diagnostics } = configured('digits: thai\nwords: words.txt\n');
    expect(diagnostics.map((d) => [d.code, d.file.endsWith('minutes.config.yaml'), d.line])).toEqual([['OFFICE_FILE_MISSING', true, 2]]);
  });

  it('is checked even when another setting is wrong: every mistake of the configuration at once', () => {
    const missing = configured('font: { size: 16pt }\nwords: words.txt\n');
    expect(missing.office).toBeNull();
    expect(missing.diagnostics.map((d) => [d.code, d.line])).toEqual([['BAD_INTEGER', 1], ['OFFICE_FILE_MISSING', 2]]);
    const bad = configured('font: { size: 16pt }\nwords: words.txt\n', 'กอง แผน\n');
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['BAD_INTEGER', 'WORD_LIST_CHARACTER']);
  });
});

describe('both writers keep a listed word whole', () => {
  // Paragraphs with more and more words before WORD: some line ends fall inside it.
  const doc = (words?: string[]): Document => {
    const base = corpusDocument('left');
    const blocks = Array.from({ length: 40 }, (_, n) => ({
      type: 'paragraph' as const, align: 'left' as const, firstLineMm: 0, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false,
      inlines: [t(`${'การประชุม '.repeat(8 + n % 8)}${'ก'.repeat(n % 5)} ${WORD} ${WORD}`)],
    }));
    return { ...base, blocks, ...(words === undefined ? {} : { words }) };
  };
  const endsInside = (lines: string[][]) => lines.flatMap((group) => group.slice(0, -1)).filter((line) => line.endsWith('ยุติธรรม'));

  it('in the PDF: no line ends inside it (without the list some do)', async () => {
    expect(endsInside(linesByGroup((await renderPdf(doc())).lines)).length).toBeGreaterThan(0);
    expect(endsInside(linesByGroup((await renderPdf(doc([WORD]))).lines))).toEqual([]);
  });

  it('is never parted to fill a line, however long (a long compound of the shipped words may be)', () => {
    const LONG = 'กรมพัฒนาฝีมือแรงงาน';
    const text = `เรื่อง การพัฒนาทักษะของ${LONG} ประจำปี`;
    const pieceOf = (dictionary?: Dictionary) => segmentPieces(text, dictionary).find((p) => p.text.includes('แรงงาน'));
    expect(pieceOf()?.kept).toBe(false);
    expect(pieceOf(dictionaryWith([LONG]))).toMatchObject({ kept: true });
    expect(pieceOf(dictionaryWith([LONG]))?.text).toContain(LONG);
  });

  it('in the DOCX: joiners between its clusters (none without the list)', async () => {
    const joined = Array.from(WORD.match(/\P{M}\p{M}*/gu) ?? []).join('\uFEFF');
    expect(readDocxPartRaw(await writeDocx(doc()), 'word/document.xml')).not.toContain(joined);
    expect(readDocxPartRaw(await writeDocx(doc([WORD])), 'word/document.xml')).toContain(joined);
  });
});
