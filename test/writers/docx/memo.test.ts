// The head of a บันทึกข้อความ in WordprocessingML: the letterhead paragraph (emblem, centre tab,
// title) and the label lines (bold 20 pt labels, values, dot-leader tabs). A golden file of the
// whole document.xml (UPDATE_GOLDEN=1 rewrites it) and targeted checks of what matters.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { docxPartNames, normalizedDocumentXml, readDocxPart } from '../../support/docx-xml.js';
import { t } from '../../support/sample-document.js';
import { fieldLine, sampleMemo } from '../../support/sample-memo.js';

const expectedPath = join(dirname(fileURLToPath(import.meta.url)), 'expected', 'memo-document.xml');
const bytes = await writeDocx(sampleMemo());
const xml = readDocxPart(bytes, 'word/document.xml');
const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
const [letterhead = '', office = '', numberAndDate = '', subject = ''] = paragraphs;

/** A run's properties and text, for runs holding text. */
function textRuns(paragraph: string): Array<{ rPr: string; text: string }> {
  return [...paragraph.matchAll(/<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)]
    .map((m) => ({ rPr: m[1] ?? '', text: m[2] ?? '' }));
}

describe('memo document.xml', () => {
  it('matches expected/memo-document.xml', () => {
    const actual = normalizedDocumentXml(bytes);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(expectedPath), { recursive: true });
      writeFileSync(expectedPath, actual);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});

describe('letterhead', () => {
  it('puts the emblem inline, 1.5 cm high and as wide as its aspect ratio makes it', () => {
    // 15 mm = 540000 EMU; the 120 × 150 px stand-in is 12 mm = 432000 EMU wide.
    expect(letterhead).toContain('<wp:extent cx="432000" cy="540000"/>');
    expect(letterhead).toContain('<wp:inline');
    expect(xml).not.toContain('<wp:anchor');
    expect(docxPartNames(bytes)).toContain('word/media/image1.png');
  });

  it('centres the title on the text width with a centre tab after the emblem', () => {
    // Text width 160 mm = 9071 twips: the centre tab stands at 4535.
    expect(letterhead).toContain('<w:tabs><w:tab w:val="center" w:pos="4535"/></w:tabs>');
    expect(letterhead).toMatch(/<\/w:drawing><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:tab\/><\/w:r><w:r><w:rPr>[^]*?>บันทึกข้อความ<\/w:t>/);
    expect(letterhead).toContain('<w:ind w:left="0" w:firstLine="0"/>');
  });

  it('writes the title bold at 29 pt in both scripts', () => {
    const [title] = textRuns(letterhead);
    expect(title?.text).toBe('บันทึกข้อความ');
    expect(title?.rPr).toContain('<w:b/><w:bCs/><w:sz w:val="58"/><w:szCs w:val="58"/><w:cs/>');
  });

  it('keeps its lines together and with the label lines', () => {
    expect(letterhead).toContain('<w:keepNext/><w:keepLines/>');
  });

  it('keeps the emblem\'s space when there is no emblem: a line at least emblem + descent high', async () => {
    const plain = readDocxPart(await writeDocx(sampleMemo(false)), 'word/document.xml');
    const head = /<w:p>[\s\S]*?<\/w:p>/.exec(plain)?.[0] ?? '';
    expect(head).not.toContain('<w:drawing>');
    // 15 mm = 42.52 pt, plus 0.457 × 29 pt = 13.25 pt: 55.77 pt = 1115 twips.
    expect(head).toContain('<w:spacing w:after="0" w:before="0" w:line="1115" w:lineRule="atLeast"/>');
    expect(head).toContain('<w:tab w:val="center" w:pos="4535"/>');
    expect(head).toContain('>บันทึกข้อความ</w:t>');
  });
});

describe('label lines', () => {
  it('writes each label bold at 20 pt, with the complex-script twins, and a space after it', () => {
    const labels = [office, numberAndDate, subject].flatMap((p) => textRuns(p).filter((r) => r.rPr.includes('<w:b/>')));
    expect(labels.map((r) => r.text)).toEqual(['ส่วนราชการ ', 'ที่ ', 'วันที่ ', 'เรื่อง ']);
    for (const label of labels) expect(label.rPr).toContain('<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/><w:cs/>');
  });

  it('writes the values at the body size, not bold', () => {
    const values = textRuns(numberAndDate).filter((r) => !r.rPr.includes('<w:b/>'));
    expect(values.map((r) => r.text)).toEqual(['มท ๐๒๐๑.๒/ว ๑๕๙๐', '๒๓ สิงหาคม ๒๕๖๖']);
    for (const value of values) expect(value.rPr).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
  });

  it('ends a whole-width field with a dot-leader right tab at the right margin', () => {
    for (const line of [office, subject]) {
      expect(line).toContain('<w:tabs><w:tab w:val="right" w:pos="9071" w:leader="dot"/></w:tabs>');
      expect(line).toMatch(/<w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:tab\/><\/w:r><\/w:p>$/);
    }
  });

  it('puts ที่ and วันที่ on one line: a dot-leader left tab half-way, where วันที่ starts', () => {
    expect(numberAndDate).toContain('<w:tabs><w:tab w:val="left" w:pos="4535" w:leader="dot"/><w:tab w:val="right" w:pos="9071" w:leader="dot"/></w:tabs>');
    expect(numberAndDate).toMatch(/>มท ๐๒๐๑\.๒\/ว ๑๕๙๐<\/w:t><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:tab\/><\/w:r><w:r><w:rPr>[^]*?>วันที่ <\/w:t>/);
    expect(numberAndDate.match(/<w:tab\/>/g)).toHaveLength(2);
  });

  it('keeps a label line together and puts spaceBeforePt above it', () => {
    expect(office).toContain('<w:keepLines/>');
    expect(office).toContain('<w:spacing w:after="0" w:before="120"/>');
    expect(numberAndDate).toContain('<w:spacing w:after="0" w:before="0"/>');
  });

  it('writes an empty value as the label and its leader', async () => {
    const doc = sampleMemo();
    const bare = fieldLine([{ label: 'ที่', value: [], fraction: 0.5 }, { label: 'วันที่', value: [t('')], fraction: 0.5 }]);
    const written = readDocxPart(await writeDocx({ ...doc, blocks: [bare] }), 'word/document.xml');
    expect(textRuns(written).map((r) => r.text)).toEqual(['ที่ ', 'วันที่ ', '']);
    expect(written.match(/<w:tab\/>/g)).toHaveLength(2);
  });
});
