// Issue 12: every XML part of every DOCX (the example meetings and the official-prose corpus)
// valid against the ISO/IEC 29500 transitional XSDs (../shared/ooxml-schemas, xmllint from
// libxml2-utils), and every w:rPr's children in Word's canonical order (ECMA-376 Part 1,
// §17.3.2.28), which the transitional schema does not check. Namespaces a part lists in
// mc:Ignorable are dropped first, as Word ignores them. The package parts without a schema in
// that folder ([Content_Types].xml, relationships, core properties) are not checked here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { docxPartNames, readDocxPart } from '../../support/docx-xml.js';
import { corpusDocument } from '../../thai/support/corpus-document.js';
import { exampleDocuments } from '../../thai/support/example-documents.js';

const SCHEMAS = [resolve('../shared/ooxml-schemas'), '/work/shared/ooxml-schemas'].find((d) => existsSync(d)) ?? resolve('../shared/ooxml-schemas');
const ISO = join(SCHEMAS, 'ISO-IEC29500-4_2016');

/** Root namespace → schema file. */
const BY_NAMESPACE: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': join(ISO, 'wml.xsd'),
  'http://schemas.openxmlformats.org/drawingml/2006/chart': join(ISO, 'dml-chart.xsd'),
  'http://schemas.openxmlformats.org/drawingml/2006/main': join(ISO, 'dml-main.xsd'),
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': join(ISO, 'shared-documentPropertiesExtended.xsd'),
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': join(ISO, 'shared-documentPropertiesCustom.xsd'),
};

/** CT_RPr's children in the order Word writes them (ECMA-376 Part 1, 17.3.2.28). */
const RPR_ORDER = ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath'];

/** The part without what its mc:Ignorable namespaces add: their elements, attributes and declarations. */
function dropIgnorable(xml: string): string {
  const ignorable = /mc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter((p) => p !== '') ?? [];
  let out = xml.replace(/\smc:Ignorable="[^"]*"/g, '');
  for (const prefix of ignorable) {
    out = out.replace(new RegExp(`<${prefix}:(\\w+)\\b[^>]*/>`, 'g'), '');
    out = out.replace(new RegExp(`<${prefix}:(\\w+)\\b[^>]*>[\\s\\S]*?</${prefix}:\\1>`, 'g'), '');
    out = out.replace(new RegExp(`\\s${prefix}:[\\w-]+="[^"]*"`, 'g'), '');
  }
  return out;
}

function rprOrderProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const m of xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)) {
    const names = [...(m[1] as string).matchAll(/<w:(\w+)/g)].map((n) => n[1] as string);
    const ranks = names.map((n) => RPR_ORDER.indexOf(n));
    if (ranks.some((r, i) => r < 0 || (i > 0 && r < (ranks[i - 1] as number)))) problems.push(names.join(','));
  }
  return [...new Set(problems)];
}

async function packages(): Promise<Array<[string, Uint8Array]>> {
  const out: Array<[string, Uint8Array]> = [['corpus', await writeDocx(corpusDocument())]];
  for (const { file, document } of await exampleDocuments()) out.push([file, await writeDocx(document)]);
  return out;
}

describe('DOCX parts', () => {
  it('are valid against the ISO 29500 transitional schemas, w:rPr in canonical order', async () => {
    expect(readdirSync(ISO).length).toBeGreaterThan(20);
    const dir = mkdtempSync(join(tmpdir(), 'docx-schema-'));
    const invalid: string[] = [];
    const order: string[] = [];
    let checked = 0;
    for (const [name, bytes] of await packages()) {
      for (const part of docxPartNames(bytes).filter((p) => p.endsWith('.xml'))) {
        const xml = readDocxPart(bytes, part);
        const ns = /<[\w:]+\s[^>]*?xmlns(?::\w+)?="([^"]*)"/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
        const root = /^(?:<\?xml[^>]*\?>\s*)?<(\w+):(\w+)/.exec(xml);
        const rootNs = root === null ? undefined : new RegExp(`xmlns:${root[1]}="([^"]*)"`).exec(xml)?.[1];
        const schema = rootNs === undefined ? undefined : BY_NAMESPACE[rootNs];
        void ns;
        if (schema === undefined) continue;
        const file = join(dir, `${checked}.xml`);
        writeFileSync(file, dropIgnorable(xml));
        try {
          execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { stdio: 'pipe' });
        } catch (error) {
          invalid.push(`${name} ${part}: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 400)}`);
        }
        order.push(...rprOrderProblems(xml).map((p) => `${name} ${part}: ${p}`));
        checked++;
      }
    }
    expect(invalid).toEqual([]);
    expect(order).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  }, 300_000);
});

describe('the schema check', () => {
  it('catches an invalid part and an rPr out of order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-schema-bad-'));
    const file = join(dir, 'bad.xml');
    writeFileSync(file, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:jc w:val="middle"/></w:pPr></w:p></w:body></w:document>');
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--schema', BY_NAMESPACE['http://schemas.openxmlformats.org/wordprocessingml/2006/main'] as string, file], { stdio: 'pipe' })).toThrow();
    expect(rprOrderProblems('<w:rPr><w:cs/><w:sz w:val="32"/></w:rPr>')).toEqual(['cs,sz']);
    expect(readFileSync(file, 'utf8')).toContain('middle');
  });
});
