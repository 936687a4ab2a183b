// Issue 12: the DOCX's text is what a search in Word or LibreOffice and a copy find. A reviewer's
// LibreOffice Find matched none of seven common words of a meeting (กรรมการ 0 of 12, ดำเนินการ
// 0 of 4) while the DOCX held a U+FEFF joiner between the letters of every listed word; with the
// joiners removed it matched all. Joiners now stand only inside names, abbreviations, amounts in
// words and the office's own listed words (keep-whole.ts).
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { OFFICIAL_PROSE } from '../../thai/corpus/official-prose.js';
import { corpusDocument } from '../../thai/support/corpus-document.js';
import { readDocxPartRaw } from '../../support/docx-xml.js';

const COMMON = ['ส่วนราชการ', 'หน่วยงาน', 'เจ้าหน้าที่', 'ดำเนินการ', 'กรรมการ', 'ประชุม', 'กระทรวงมหาดไทย'];

describe('the DOCX text a search finds', () => {
  it('holds common and listed words as typed, without a joiner inside', async () => {
    const xml = readDocxPartRaw(await writeDocx(corpusDocument('left')), 'word/document.xml');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const typed = text.replaceAll('\uFEFF', '');
    for (const word of COMMON) {
      expect(OFFICIAL_PROSE.some((p) => p.includes(word)), `${word} in the corpus`).toBe(true);
      // Every occurrence is found as typed: none holds a joiner.
      expect(text.split(word).length, word).toBe(typed.split(word).length);
    }
  });
});
