// Page setup, page numbers, lists, tables, figures, signature and metadata in the written XML.
import { describe, expect, it } from 'vitest';
import type { Block, Document, Figure, List } from '../../../src/model/document.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { docxPartNames, readDocxPart } from '../../support/docx-xml.js';
import { makePng } from '../../support/images.js';
import { sampleDocument, t } from '../../support/sample-document.js';

const thai = await writeDocx(sampleDocument(true));
const arabic = await writeDocx(sampleDocument(false));
const documentXml = readDocxPart(thai, 'word/document.xml');

function withBlocks(blocks: Block[], base: Document = sampleDocument()): Document {
  return { ...base, blocks };
}

function list(format: List['format'], extra: Partial<List> = {}): List {
  return { type: 'list', format, start: 1, indentLeftMm: 0, firstLineMm: 25, hangingMm: 0,
    items: [{ inlines: [t('หนึ่ง')], children: [] }, { inlines: [t('สอง')], children: [] }], ...extra };
}

describe('page setup', () => {
  it('writes A4 and the margins 2.5 / 2 / 3 / 2 cm in twips', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1701" /);
  });

  it('makes the document font at 16 pt the default, with single line spacing', () => {
    const styles = readDocxPart(thai, 'word/styles.xml');
    expect(styles).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="TH SarabunPSK" w:cs="TH SarabunPSK" w:eastAsia="TH SarabunPSK" w:hAnsi="TH SarabunPSK"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:rPrDefault>');
    expect(styles).toContain('<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>');
  });

  it('gives the heading styles the document font in black bold, not blue Calibri', () => {
    const styles = readDocxPart(thai, 'word/styles.xml');
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style).toContain('w:ascii="TH SarabunPSK"');
      expect(style).toContain('<w:b/><w:bCs/><w:color w:val="000000"/>');
    }
    expect(styles).not.toMatch(/2E74B5|1F4D78|Calibri/);
  });

  it('indents body text 2.5 cm on the first line and keeps a heading with what follows', () => {
    expect(documentXml).toContain('<w:ind w:left="0" w:firstLine="1417"/>');
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/><w:keepNext\/><w:spacing w:after="240" w:before="0"\/>/);
  });
});

describe('page numbers', () => {
  it('puts "- PAGE -" in the default header and an empty header on page 1 (titlePg)', () => {
    expect(documentXml).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/><w:headerReference w:type="first" r:id="rId\d+"\/>/);
    expect(documentXml).toContain('<w:titlePg/>');
    const header = readDocxPart(thai, 'word/header1.xml');
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toMatch(/>- <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*> -<\/w:t>/);
    expect(header).toContain('w:ascii="TH SarabunPSK"');
    expect(readDocxPart(thai, 'word/header2.xml')).not.toContain('PAGE');
  });

  it('numbers pages in Thai digits only when the document asks', () => {
    expect(documentXml).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>');
    expect(readDocxPart(arabic, 'word/document.xml')).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
  });

  it('writes no header without page numbers', async () => {
    const bytes = await writeDocx({ ...sampleDocument(), pageNumbers: null });
    expect(readDocxPart(bytes, 'word/document.xml')).not.toMatch(/headerReference|titlePg/);
  });
});

describe('lists', () => {
  const numbering = readDocxPart(thai, 'word/numbering.xml');

  it('uses thaiNumbers for decimal and paren lists in a Thai-digit document, decimal otherwise', () => {
    expect(numbering).toMatch(/<w:numFmt w:val="thaiNumbers"\/><w:suff w:val="space"\/><w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="thaiNumbers"\/><w:suff w:val="space"\/><w:lvlText w:val="%1\)"\/>/);
    const arabicNumbering = readDocxPart(arabic, 'word/numbering.xml');
    expect(arabicNumbering).toMatch(/<w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%1."\/>/);
    expect(arabicNumbering).not.toContain('thaiNumbers');
  });

  it('writes thai letters and real bullet characters in the document font', async () => {
    const bytes = await writeDocx(withBlocks([list('thaiLetter'), list('bullet'), list('dash')]));
    const xml = readDocxPart(bytes, 'word/numbering.xml');
    expect(xml).toContain('<w:numFmt w:val="thaiLetters"/><w:suff w:val="space"/><w:lvlText w:val="%1."/>');
    expect(xml).toContain('<w:numFmt w:val="bullet"/><w:suff w:val="space"/><w:lvlText w:val="•"/>');
    expect(xml).toContain('<w:numFmt w:val="bullet"/><w:suff w:val="space"/><w:lvlText w:val="-"/>');
    expect(xml).not.toContain('●');
    expect(xml).not.toContain('Symbol');
  });

  it('starts each list at its own start, as a numbering instance of its own', async () => {
    const bytes = await writeDocx(withBlocks([list('decimal', { start: 3 }), list('decimal')]));
    const xml = readDocxPart(bytes, 'word/numbering.xml');
    expect(xml.match(/<w:abstractNum /g)).toHaveLength(2);
    expect(xml.match(/<w:num /g)).toHaveLength(2);
    expect(xml).toContain('<w:start w:val="3"/>');
    expect(xml).toContain('<w:startOverride w:val="3"/>');
    const ids = [...readDocxPart(bytes, 'word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('puts the label at the first-line indent and wraps back to the left indent', () => {
    expect(numbering).toContain('<w:ind w:left="0" w:firstLine="1417"/>');
    expect(numbering).toContain('<w:ind w:left="0" w:firstLine="1701"/>');
  });

  it('hangs the text after the label, with a tab, when hangingMm > 0', async () => {
    const bytes = await writeDocx(withBlocks([list('decimal', { indentLeftMm: 5, firstLineMm: 20, hangingMm: 10 })]));
    const xml = readDocxPart(bytes, 'word/numbering.xml');
    expect(xml).toContain('<w:suff w:val="tab"/>');
    expect(xml).toContain('<w:ind w:left="1984" w:hanging="567"/>');
  });

  it('writes a nested list after its item, as its own numbering instance', () => {
    const order = [...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(order).toEqual(['2', '2', '3', '3', '4']);
  });
});

describe('tables', () => {
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(documentXml)?.[0] ?? '';

  it('uses fixed column widths from the fractions of the text width', () => {
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    // Text width 160 mm = 9071 twips; fractions 0.15, 0.6, 0.25.
    expect(table).toContain('<w:gridCol w:w="1361"/><w:gridCol w:w="5443"/><w:gridCol w:w="2268"/>');
  });

  it('draws ½-pt black single borders', () => {
    expect(table).toContain('<w:top w:val="single" w:color="000000" w:sz="4"/>');
    expect(table).toContain('<w:insideV w:val="single" w:color="000000" w:sz="4"/>');
  });

  it('repeats the header row, shades and bolds it', () => {
    const header = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    expect(header).toContain('<w:tblHeader/>');
    expect(header.match(/<w:shd w:fill="D9D9D9"/g)).toHaveLength(3);
    expect(header.match(/<w:b\/><w:bCs\/>/g)).toHaveLength(3);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it('spans columns and aligns cells by cell, else by column', () => {
    expect(table).toContain('<w:tcW w:type="dxa" w:w="6804"/><w:gridSpan w:val="2"/>');
    expect(table).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr>[^]*?>I๑</);
    expect(table).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr>[^]*?>รวม</);
    expect(table).not.toMatch(/w:firstLine="[1-9]/);
  });
});

describe('figures', () => {
  it('sizes pictures in EMU from widthMm and the aspect ratio, inline and centred', () => {
    // 120 mm × 240/320 = 90 mm; 160 mm × 90/160 = 90 mm.
    expect(documentXml).toContain('<wp:extent cx="4320000" cy="3240000"/>');
    expect(documentXml).toContain('<wp:extent cx="5760000" cy="3240000"/>');
    expect(documentXml).not.toContain('<wp:anchor');
    expect(docxPartNames(thai).filter((name) => name.startsWith('word/media/')).sort()).toEqual(['word/media/image1.jpg', 'word/media/image1.png']);
  });

  it('caps a picture at the text width and at 60% of the text height', async () => {
    const wide: Figure = { type: 'figure', image: makePng(400, 100), widthMm: 300, caption: [] };
    const tall: Figure = { type: 'figure', image: makePng(100, 400), widthMm: 100, caption: [] };
    const xml = readDocxPart(await writeDocx(withBlocks([wide, tall])), 'word/document.xml');
    // Text width 160 mm; text height 252 mm × 0.6 = 151.2 mm, so 37.8 mm wide.
    expect(xml).toContain('<wp:extent cx="5760000" cy="1440000"/>');
    expect(xml).toContain('<wp:extent cx="1360800" cy="5443200"/>');
  });

  it('keeps a picture with its centred caption', () => {
    expect(documentXml).toMatch(/<w:keepNext\/>[^]*?<w:jc w:val="center"\/><\/w:pPr><w:r><w:drawing>[^]*?<\/w:p><w:p><w:pPr>[^]*?<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr>[^]*?>ภาพที่ ๑ บรรยากาศการประชุม</);
  });
});

describe('signature and breaks', () => {
  it('centres signature lines in a column starting half-way across the text width', () => {
    expect(documentXml.match(/<w:ind w:left="4535" w:firstLine="0"\/><w:jc w:val="center"\/>/g)).toHaveLength(3);
    expect(documentXml).toContain('<w:spacing w:after="0" w:before="480"/><w:ind w:left="4535"');
  });

  it('writes a page break and a line break', () => {
    expect(documentXml).toContain('<w:br w:type="page"/>');
    expect(documentXml).toMatch(/>บรรทัดแรก<\/w:t><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:br\/><\/w:r>/);
  });

  it('escapes literal markup and keeps it as text', () => {
    // Runs are split where the script changes: the text is read across them.
    const text = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('(OIT) &amp; &lt;w:p&gt; {{ literal }}');
  });
});

describe('metadata', () => {
  it('writes title, subject, creator, keywords and language th-TH in docProps/core.xml', () => {
    const core = readDocxPart(thai, 'docProps/core.xml');
    expect(core).toContain('<dc:title>รายงานผลการเข้าร่วมประชุม</dc:title>');
    expect(core).toContain('<dc:subject>ITA ครั้งที่ ๒/๒๕๖๖</dc:subject>');
    expect(core).toContain('<dc:creator>ตท.สป.</dc:creator>');
    expect(core).toContain('<cp:keywords>ITA, ประชุม</cp:keywords>');
    expect(core).toContain('<dc:language>th-TH</dc:language>');
  });

  it('dates the file 2000-01-01 unless told otherwise', async () => {
    const core = readDocxPart(thai, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>');
    const dated = await writeDocx(sampleDocument(), { modified: new Date('2023-08-22T09:30:00Z') });
    expect(readDocxPart(dated, 'docProps/core.xml')).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-08-22T09:30:00Z</dcterms:modified>');
  });
});
