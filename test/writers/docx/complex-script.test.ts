// Thai DOCX rules: complex-script twins everywhere, <w:cs/> on Thai runs only, no noProof.
import { describe, expect, it } from 'vitest';
import { splitByScript } from '../../../src/writers/docx/run.js';
import { markComplexScriptRuns } from '../../../src/writers/docx/complex-script.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { readDocxPart, readDocxPartRaw } from '../../support/docx-xml.js';
import { sampleDocument, t } from '../../support/sample-document.js';
import type { Document } from '../../../src/model/document.js';

const bytes = await writeDocx(sampleDocument());
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/header1.xml'];
const FAMILY = 'TH SarabunPSK';

function rPrs(xml: string): string[] {
  return [...xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((match) => match[1] ?? '');
}

function runs(xml: string): { rPr: string; text: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => {
    const content = match[1] ?? '';
    return {
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(content)?.[1] ?? '',
      text: [...content.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    };
  });
}

describe('complex-script twins', () => {
  for (const part of PARTS) {
    it(`every w:rPr in ${part} names the font for all four slots and both sizes`, () => {
      const properties = rPrs(readDocxPart(bytes, part));
      expect(properties.length).toBeGreaterThan(0);
      for (const rPr of properties) {
        for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(rPr).toContain(`w:${slot}="${FAMILY}"`);
        expect(rPr).toMatch(/<w:sz w:val="\d+"\/>/);
        expect(rPr).toMatch(/<w:szCs w:val="\d+"\/>/);
      }
    });

    it(`every bold and italic in ${part} has its complex-script twin`, () => {
      for (const rPr of rPrs(readDocxPart(bytes, part))) {
        expect(rPr.includes('<w:b/>')).toBe(rPr.includes('<w:bCs/>'));
        expect(rPr.includes('<w:i/>')).toBe(rPr.includes('<w:iCs/>'));
      }
    });

    it(`${part} never switches proofing off and marks no paragraph right-to-left`, () => {
      const xml = readDocxPart(bytes, part);
      expect(xml).not.toContain('noProof');
      expect(xml).not.toMatch(/<w:bidi\b/);
    });
  }

  it('writes bold Thai runs with b and bCs', () => {
    const bold = runs(readDocxPart(bytes, 'word/document.xml')).find((run) => run.text === 'นางอมราภรณ์ ทรงอาวุธ');
    expect(bold?.rPr).toContain('<w:b/><w:bCs/>');
  });

  it('writes italic runs with i and iCs', async () => {
    const doc = sampleDocument();
    doc.blocks = [{ type: 'paragraph', align: 'left', firstLineMm: 0, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0,
      keepWithNext: false, inlines: [{ type: 'text', text: 'เอียง', bold: false, italic: true, underline: true }] }];
    const xml = readDocxPart(await writeDocx(doc), 'word/document.xml');
    expect(xml).toContain('<w:i/><w:iCs/>');
    expect(xml).toContain('<w:u w:val="single"/>');
  });

  it('sets compatibilityMode 15', () => {
    expect(readDocxPart(bytes, 'word/settings.xml')).toContain('<w:compatSetting w:val="15" w:name="compatibilityMode"');
  });
});

describe('complex-script marking', () => {
  it('splits runs where the script changes and marks only the Thai ones', async () => {
    const doc: Document = { ...sampleDocument(), blocks: [{ type: 'paragraph', align: 'left', firstLineMm: 0, indentLeftMm: 0,
      spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, inlines: [t('Latin only 123 '), t('ไทย'), t(' mixed ผสม')] }] };
    const all = runs(readDocxPart(await writeDocx(doc), 'word/document.xml'));
    expect(all.map((run) => [run.text, run.rPr.includes('<w:cs/>')])).toEqual([
      ['Latin only 123 ', false], ['ไทย', true], [' mixed ', false], ['ผสม', true],
    ]);
  });

  it('marks the sample: Thai runs yes, the break run and Latin runs no', () => {
    const all = runs(readDocxPart(bytes, 'word/document.xml')).filter((run) => run.rPr);
    for (const run of all) expect(run.rPr.includes('<w:cs/>')).toBe(/[\u0E00-\u0E7F]/.test(run.text));
    expect(all.some((run) => !run.rPr.includes('<w:cs/>'))).toBe(true);
  });

  it('cuts a model text run only where the script changes, never inside a Thai word', () => {
    const paragraph = sampleDocument().blocks[1];
    if (paragraph?.type !== 'paragraph') throw new Error('the sample changed');
    const texts = runs(readDocxPart(bytes, 'word/document.xml')).map((run) => run.text);
    for (const inline of paragraph.inlines) if (inline.type === 'text') expect(texts.join('')).toContain(inline.text);
    // Every cut splitByScript makes has a non-Thai letter on one side.
    for (const inline of paragraph.inlines) {
      if (inline.type !== 'text') continue;
      const parts = splitByScript(inline.text);
      expect(parts.join('')).toBe(inline.text);
      for (let i = 1; i < parts.length; i++) {
        const pair = `${(parts[i - 1] as string).slice(-1)}${(parts[i] as string).charAt(0)}`;
        expect(pair).not.toMatch(/^[\u0E01-\u0E4E]{2}$/);
      }
    }
  });

  it('puts w:cs after w:rtl and before w:lang, as CT_RPr orders them', () => {
    const xml = '<w:r><w:rPr><w:b/><w:rtl/><w:lang w:bidi="th-TH"/></w:rPr><w:t>ไทย</w:t></w:r>';
    expect(markComplexScriptRuns(xml)).toBe('<w:r><w:rPr><w:b/><w:rtl/><w:cs/><w:lang w:bidi="th-TH"/></w:rPr><w:t>ไทย</w:t></w:r>');
  });

  it('appends w:cs after w:szCs when nothing later is present, and adds an rPr when there is none', () => {
    expect(markComplexScriptRuns('<w:r><w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>ก</w:t></w:r>'))
      .toBe('<w:r><w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/><w:cs/></w:rPr><w:t>ก</w:t></w:r>');
    expect(markComplexScriptRuns('<w:r><w:t>ก</w:t></w:r>')).toBe('<w:r><w:rPr><w:cs/></w:rPr><w:t>ก</w:t></w:r>');
  });

  it('leaves Latin runs, instruction text and already-marked runs alone', () => {
    const latin = '<w:r><w:rPr><w:b/></w:rPr><w:t>Latin</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>';
    expect(markComplexScriptRuns(latin)).toBe(latin);
    const marked = '<w:r><w:rPr><w:cs/></w:rPr><w:t>ไทย</w:t></w:r>';
    expect(markComplexScriptRuns(marked)).toBe(marked);
  });

  it('writes the Thai language on Thai runs only when asked', async () => {
    expect(readDocxPart(bytes, 'word/document.xml')).not.toContain('<w:lang');
    const xml = readDocxPart(await writeDocx(sampleDocument(), { thaiLanguage: true }), 'word/document.xml');
    expect(xml).toContain('<w:cs/><w:lang w:bidi="th-TH"/></w:rPr><w:t xml:space="preserve">บรรทัดแรก</w:t>');
    expect(readDocxPart(bytes, 'word/styles.xml')).not.toContain('w:bidi=');
  });
});

describe('joiners in the DOCX', () => {
  const para = (align: 'left' | 'justify' | 'thaiDistribute'): Document => ({ ...sampleDocument(), blocks: [{ type: 'paragraph', align, firstLineMm: 0, indentLeftMm: 0,
    spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, inlines: [t('มอบหมายให้นายวีระพงษ์ ทรงอาวุธ เข้าร่วมประชุม')] }] });

  it('holds a name whole with U+FEFF in a left-aligned paragraph, and the text reads the same without it', async () => {
    const xml = readDocxPartRaw(await writeDocx(para('left')), 'word/document.xml');
    expect(xml).toContain('น\uFEFFา\uFEFFย\uFEFFวี\uFEFFร\uFEFFะ\uFEFFพ\uFEFFง\uFEFFษ์\uFEFF \uFEFFท');
    expect(xml.replace(/\uFEFF/g, '')).toContain('มอบหมายให้นายวีระพงษ์ ทรงอาวุธ เข้าร่วมประชุม');
  });

  it('puts none in a justified paragraph (LibreOffice would stretch at each)', async () => {
    expect(readDocxPartRaw(await writeDocx(para('justify')), 'word/document.xml')).not.toContain('\uFEFF');
  });

  it('keeps them in a thaiDistribute paragraph, which LibreOffice lays out as left', async () => {
    expect(readDocxPartRaw(await writeDocx(para('thaiDistribute')), 'word/document.xml')).toContain('\uFEFF');
  });
});

describe('splitByScript', () => {
  /** The definition, one code point at a time: Thai letters and marks, other letters, neutral. */
  function reference(text: string): string[] {
    const out: string[] = [];
    let current = '';
    let script: string | null = null;
    for (const ch of text) {
      const strong = /[\u0E01-\u0E4F\u0E5A\u0E5B]/.test(ch) ? 'thai' : /\p{L}/u.test(ch) ? 'other' : null;
      if (strong !== null && script !== null && strong !== script) { out.push(current); current = ''; }
      if (strong !== null) script = strong;
      current += ch;
    }
    if (current !== '' || out.length === 0) out.push(current);
    return out;
  }

  it('cuts as the definition does, astral letters, lone surrogates, joiners and Thai digits included', () => {
    const pieces = ['ก', 'ำ', '๑', '฿', 'a', 'Z', '1', ' ', '\u2060', '\u200b', 'é', 'Ж', '中', '𝐀', '😀', '\ud835', '\udc00', '“', '-', 'ๆ', '\u0e5b', 'ⁿ'];
    let seed = 11;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    expect(splitByScript('')).toEqual(['']);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = random(9); i > 0; i--) text += pieces[random(pieces.length)];
      expect(splitByScript(text)).toEqual(reference(text));
    }
  });
});
