// The PDF an archive accepts and a screen reader reads: PDF/A-2u (ISO 19005-2:2011), clause by
// clause as docs/pdf-a.md lists them (veraPDF cannot be installed here), and Tagged PDF (ISO
// 32000-1 §14.8): a structure tree in document order, artifacts for what is not content.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BarChartData, Block } from '../../../src/model/document.js';
import { TrueTypeFont } from '../../../src/writers/pdf/truetype.js';
import { bundledFontFiles } from '../../../src/writers/pdf/fonts.js';
import { renderExamples } from '../../support/example-pdfs.js';
import { ghostscriptPdfa, pdfjsPages, popplerPages, withFile } from '../../support/pdf-engines.js';
import { contentFacts, dumpPdf, mcidTexts, toUnicodeEntries, type StructElement } from '../../support/pdf-structure.js';
import { sourceTexts } from '../../support/text-checks.js';
import { readFileSync } from 'node:fs';

const examples = await renderExamples();
const dumps = examples.map((e) => ({ name: e.name, example: e, dump: dumpPdf(e.render.bytes) }));

const each = <T>(use: (d: (typeof dumps)[number]) => T) => dumps.map(use);
const ref = (value: unknown): number | undefined => (value as { ref?: number } | undefined)?.ref;

describe('PDF/A-2u (ISO 19005-2)', () => {
  it('6.1.2: the header is %PDF-1.7 and a comment of four bytes above 127', () => {
    each(({ dump }) => {
      const head = Buffer.from(dump.header, 'base64');
      expect(head.subarray(0, 9).toString('latin1')).toBe('%PDF-1.7\n');
      expect(head[9]).toBe(0x25);
      expect([...head.subarray(10, 14)].every((b) => b > 127)).toBe(true);
    });
  });

  it('6.1.3: the trailer has an ID and no Encrypt', () => {
    each(({ dump }) => {
      expect(dump.trailer['/ID']).toHaveLength(2);
      expect(dump.trailer['/Encrypt']).toBeUndefined();
    });
  });

  it('6.1.7: no stream refers to an external file (F, FFilter, FDecodeParms)', () => {
    each(({ dump }) => {
      const streams = [dump.metadataDict, ...Object.values(dump.fonts).map((f) => f.programDict), ...dump.outputIntents.map((o) => o.profileDict)];
      for (const dict of streams) for (const key of ['/F', '/FFilter', '/FDecodeParms']) expect(dict[key]).toBeUndefined();
    });
  });

  it('6.2.3: one sRGB OutputIntent, GTS_PDFA1, with an ICC profile of 3 components', () => {
    const profile = readFileSync('assets/icc/sRGB.icc');
    each(({ dump }) => {
      expect(dump.outputIntents).toHaveLength(1);
      const [intent] = dump.outputIntents;
      expect(intent?.dict['/S']).toBe('/GTS_PDFA1');
      expect(intent?.dict['/OutputConditionIdentifier']).toBe('sRGB IEC61966-2.1');
      expect(intent?.profileDict['/N']).toBe(3);
      const bytes = Buffer.from(intent?.profile ?? '', 'base64');
      expect(bytes.equals(profile)).toBe(true);
      expect(bytes.subarray(12, 20).toString('latin1')).toBe('mntrRGB ');
    });
  });

  it('6.2.4.3: only DeviceRGB and DeviceGray colours (the OutputIntent is RGB), no CMYK', () => {
    each(({ dump }) => {
      for (const page of dump.pages) {
        expect(page.content).not.toMatch(/DeviceCMYK|\s[kK]\n/);
        for (const x of Object.values(page.xobjects)) {
          if (x['/Subtype'] === '/Image') expect(['/DeviceRGB', '/DeviceGray']).toContain(x['/ColorSpace']);
        }
      }
    });
  });

  it('6.2.8: pictures neither interpolate nor carry alternates or OPI', () => {
    each(({ dump }) => {
      for (const page of dump.pages) {
        for (const x of Object.values(page.xobjects).filter((o) => o['/Subtype'] === '/Image')) {
          expect(x['/Interpolate'] === undefined || x['/Interpolate'] === 'False').toBe(true);
          expect(x['/Alternates']).toBeUndefined();
          expect(x['/OPI']).toBeUndefined();
        }
      }
    });
  });

  it('6.2.11.3: each font is Type 0 over a CIDFontType2 with Identity-H, CIDSystemInfo Adobe-Identity and a CIDToGIDMap', () => {
    each(({ dump }) => {
      for (const f of Object.values(dump.fonts)) {
        expect(f.font['/Subtype']).toBe('/Type0');
        expect(f.font['/Encoding']).toBe('/Identity-H');
        expect(f.descendant['/Subtype']).toBe('/CIDFontType2');
        expect(f.descendant['/CIDSystemInfo']).toMatchObject({ '/Registry': 'Adobe', '/Ordering': 'Identity' });
        expect(f.descendant['/CIDToGIDMap']).toBe('/Identity');
      }
    });
  });

  it('6.2.11.4: every font program is embedded, its own licence permits embedding, and distinct subsets have distinct tags', () => {
    for (const file of Object.values(bundledFontFiles())) {
      const font = new TrueTypeFont(new Uint8Array(readFileSync(file)), file);
      // fsType 0x0002 alone is "restricted licence embedding".
      expect(font.fsType & 0x000f).not.toBe(0x0002);
    }
    const tags = new Map<string, string>();
    each(({ dump }) => {
      for (const f of Object.values(dump.fonts)) {
        expect(f.descriptor['/FontFile2']).toBeDefined();
        const name = String(f.font['/BaseFont']);
        expect(name).toMatch(/^\/[A-Z]{6}\+Sarabun-/);
        const program = createHash('sha256').update(Buffer.from(f.program, 'base64')).digest('hex');
        const known = tags.get(name);
        if (known !== undefined) expect(known).toBe(program);
        tags.set(name, program);
      }
    });
    expect(tags.size).toBe(8);
  });

  it('6.2.11.5: every glyph width in W is the embedded program\'s advance', () => {
    each(({ dump }) => {
      for (const f of Object.values(dump.fonts)) {
        const program = new TrueTypeFont(new Uint8Array(Buffer.from(f.program, 'base64')), 'subset');
        const [first, widths] = f.descendant['/W'] as [number, number[]];
        widths.forEach((w, i) => {
          expect(Math.abs(w - (program.advance(first + i) * 1000) / program.unitsPerEm), `cid ${first + i}`).toBeLessThan(0.01);
        });
      }
    });
  });

  it('6.2.11.7.2 (level U): every code a page shows maps to Unicode, never to 0, U+FEFF or U+FFFE; 6.2.11.8: .notdef is never shown', () => {
    each(({ dump }) => {
      for (const page of dump.pages) {
        const facts = contentFacts(page.content);
        for (const [name, codes] of facts.codes) {
          const font = dump.fonts[String(page.fonts[`/${name}`])];
          expect(font, name).toBeDefined();
          const map = toUnicodeEntries(font?.toUnicode ?? '');
          for (const code of codes) {
            expect(code, `${name} shows .notdef`).not.toBe(0);
            const text = map.get(code);
            expect(text, `${name} code ${code}`).toBeDefined();
            expect(text === '' || /[\u0000\uFEFF\uFFFE]/.test(text ?? '')).toBe(false);
          }
        }
      }
    });
  });

  it('6.6.2.1: the catalog has an unfiltered XMP stream; 6.6.4: pdfaid part 2, conformance U', () => {
    each(({ dump }) => {
      expect(ref(dump.catalog['/Metadata'])).toBeDefined();
      expect(dump.metadataDict['/Filter']).toBeUndefined();
      expect(dump.xmp).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
      expect(dump.xmp).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>');
      expect(dump.xmp.trimEnd()).toMatch(/<\?xpacket end="w"\?>$/);
    });
  });

  it('6.6.2.3.1: each Info entry has its XMP twin with the same value', () => {
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const xmpValue = (xmp: string, pattern: RegExp) => {
      const m = pattern.exec(xmp);
      return m === null ? undefined : unescape(m[1] as string);
    };
    const date = (info: string) => info.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
    each(({ dump }) => {
      const { info, xmp } = dump;
      const twins: Record<string, RegExp> = {
        '/Title': /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</,
        '/Author': /<dc:creator><rdf:Seq><rdf:li>([^<]*)</,
        '/Subject': /<dc:description><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</,
        '/Keywords': /<pdf:Keywords>([^<]*)</,
        '/Creator': /<xmp:CreatorTool>([^<]*)</,
        '/Producer': /<pdf:Producer>([^<]*)</,
      };
      for (const [key, pattern] of Object.entries(twins)) expect(xmpValue(xmp, pattern), key).toBe(info[key]);
      expect(xmpValue(xmp, /<xmp:CreateDate>([^<]*)</)).toBe(date(info['/CreationDate'] ?? ''));
      expect(xmpValue(xmp, /<xmp:ModifyDate>([^<]*)</)).toBe(date(info['/ModDate'] ?? ''));
      for (const value of Object.values(info)) expect(value.trim()).not.toBe('');
    });
  });

  it('6.1.13, 6.5, 6.7: no optional content, no JavaScript or actions, no embedded files', () => {
    each(({ dump }) => {
      for (const key of ['/OCProperties', '/AA', '/OpenAction', '/AcroForm']) expect(dump.catalog[key], key).toBeUndefined();
      expect(JSON.stringify(dump.catalog['/Names'] ?? {})).not.toMatch(/EmbeddedFiles|JavaScript/);
    });
  });

  it('gs -dPDFA=2 (the usual free conversion) keeps a text layer that reads as written', async () => {
    const ita = examples.find((e) => e.name === '2566-02-ita');
    const converted = withFile(ita?.render.bytes as Uint8Array, ghostscriptPdfa);
    const pieces = sourceTexts(ita?.document.blocks as Block[]);
    // Ghostscript keeps no ActualText, so a space that ended a line is a line end there.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    // A paragraph may run across a page: the page number drawn between its lines is not its text.
    const pageText = (pages: string[]) => squeeze(pages.join('\n').split(/[\n\f]/).filter((line) => !/^\s*- ?[0-9๐-๙]+ ?- *$/.test(line)).join(''));
    const poppler = pageText(withFile(converted, popplerPages));
    const pdfjs = pageText(await pdfjsPages(converted));
    expect(pieces.filter((p) => !poppler.includes(squeeze(p)))).toEqual([]);
    expect(pieces.filter((p) => !pdfjs.includes(squeeze(p)))).toEqual([]);
  });
});

/** The element types of a tree, depth first, with "(mc)" for marked content. */
function types(element: StructElement): string[] {
  return [element.type, ...element.kids.flatMap((k) => ('type' in k ? types(k) : []))];
}

function find(element: StructElement, type: string): StructElement[] {
  return [...(element.type === type ? [element] : []), ...element.kids.flatMap((k) => ('type' in k ? find(k, type) : []))];
}

function chartsOf(blocks: Block[]): BarChartData[] {
  return blocks.flatMap((b) => {
    if (b.type === 'figure') return b.chart === undefined ? [] : [b.chart.data];
    if (b.type === 'list') return b.items.flatMap((i) => chartsOf(i.children));
    return [];
  });
}

describe('Tagged PDF', () => {
  it('marks the document tagged, in Thai (/MarkInfo, /Lang th-TH), with a structure tree and parent tree', () => {
    each(({ dump }) => {
      expect(dump.catalog['/Lang']).toBe('th-TH');
      expect(dump.catalog['/MarkInfo']).toBeDefined();
      expect(dump.parentTree).toBe(true);
      expect(dump.structTree?.map((e) => e.type)).toEqual(['Document']);
      for (const page of dump.pages) expect(page.dict['/StructParents']).toBeTypeOf('number');
    });
  });

  it('gives headings, paragraphs, lists with labels and bodies, tables with header cells, figures and captions', () => {
    const ita = dumps.find((d) => d.name === '2566-02-ita')?.dump.structTree?.[0] as StructElement;
    const all = types(ita);
    for (const type of ['H1', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Caption']) expect(all, type).toContain(type);
    for (const li of find(ita, 'LI')) expect(li.kids.map((k) => ('type' in k ? k.type : 'mc'))).toEqual(['Lbl', 'LBody']);
    for (const th of find(ita, 'TH')) expect(th.attributes).toMatchObject({ '/O': '/Table', '/Scope': '/Column' });
    for (const tr of find(ita, 'TR')) expect(tr.kids.every((k) => 'type' in k && (k.type === 'TD' || k.type === 'TH'))).toBe(true);
  });

  it('gives every figure an Alt: a picture its caption, a chart its every value', () => {
    const entry = dumps.find((d) => d.name === '2566-02-ita');
    const figures = find(entry?.dump.structTree?.[0] as StructElement, 'Figure');
    const charts = chartsOf(entry?.example.document.blocks ?? []);
    expect(charts.length).toBeGreaterThan(3);
    const chartAlts = figures.map((f) => f.alt ?? '').filter((alt) => alt.startsWith('แผนภูมิแท่ง'));
    expect(chartAlts).toHaveLength(charts.length);
    charts.forEach((chart, i) => {
      for (const bar of chart.bars) expect(chartAlts[i]).toContain(`${bar.label} ${chart.yAxis.title} ${bar.valueText}`);
      expect(chartAlts[i]).toContain(chart.reference.label);
    });
    for (const f of figures) expect((f.alt ?? '').trim()).not.toBe('');
  });

  it('(the check itself) sees paint outside marked content, and codes shown by each font', () => {
    const facts = contentFacts('q 0 0 1 1 re f /P <</MCID 0>> BDC BT /F1 10 Tf [<00010002> -5 <0003>] TJ ET EMC /Artifact BMC 0 0 m 1 1 l S EMC Q');
    expect(facts.unmarked.map((op) => op.trim())).toEqual(['f']);
    expect(facts.codes.get('F1')).toEqual(new Set([1, 2, 3]));
    expect(facts.unbalanced).toBe(0);
    expect(mcidTexts('/P <</MCID 4>> BDC BT /F1 10 Tf [<0001> 3 <0002>] TJ ET EMC', () => new Map([[1, 'น'], [2, 'ำ']]))).toEqual(new Map([[4, 'นำ']]));
  });

  it('puts everything painted in structure content or an artifact (page numbers, repeated headers, rules)', () => {
    each(({ name, dump }) => {
      for (const [i, page] of dump.pages.entries()) {
        const facts = contentFacts(page.content);
        expect(facts.unmarked, `${name} page ${i + 1}`).toEqual([]);
        expect(facts.unbalanced, `${name} page ${i + 1}`).toBe(0);
      }
      // Page numbers are pagination artifacts from page 2.
      expect(dump.pages.slice(1).every((p) => p.content.includes('/Artifact <</Type /Pagination /Subtype /Header>> BDC'))).toBe(true);
    });
  });

  it('reads in document order: the structure tree\'s marked content holds the pieces in the model\'s order', () => {
    each(({ name, dump, example }) => {
      // Marked content by page and MCID, in the order the tree names it.
      const order: string[] = [];
      const walk = (e: StructElement) => {
        for (const k of e.kids) {
          if ('type' in k) walk(k);
          else order.push(`${k.page ?? e.page}:${k.mcid}`);
        }
      };
      for (const root of dump.structTree ?? []) walk(root);
      // Every MCID of every page, named once.
      const onPages = dump.pages.flatMap((p, i) => [...p.content.matchAll(/\/MCID (\d+)/g)].map((m) => `${i + 1}:${m[1]}`));
      expect(new Set(order).size, name).toBe(order.length);
      expect([...order].sort(), name).toEqual([...onPages].sort());
      // The text of the sequences in tree order holds the model's pieces in the model's order.
      const texts = new Map<string, string>();
      dump.pages.forEach((p, i) => {
        const maps = new Map<string, Map<number, string>>();
        const mapOf = (font: string) => {
          let map = maps.get(font);
          if (map === undefined) {
            map = toUnicodeEntries(dump.fonts[String(p.fonts[`/${font}`])]?.toUnicode ?? '');
            maps.set(font, map);
          }
          return map;
        };
        for (const [mcid, text] of mcidTexts(p.content, mapOf)) texts.set(`${i + 1}:${mcid}`, text);
      });
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      const read = squeeze(order.map((key) => texts.get(key) ?? '').join(''));
      let at = 0;
      const outOfOrder: string[] = [];
      for (const piece of sourceTexts(example.document.blocks).map(squeeze)) {
        const found = read.indexOf(piece, at);
        if (found < 0) outOfOrder.push(piece);
        else at = found + piece.length;
      }
      expect(outOfOrder, name).toEqual([]);
    });
  });
});
