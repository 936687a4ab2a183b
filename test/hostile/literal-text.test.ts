// Text that looks like template or markup syntax comes out as that text, in DOCX and PDF;
// Thai text hygiene shows in the output as the corrected text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile } from '../../src/index.js';
import { readDocxPart } from '../support/docx-xml.js';
import { pdfRawText } from '../support/pdf-text.js';
import { joinLines } from '../support/text-checks.js';
import { minimalWith } from './generated-cases.js';

const LITERALS = [
  '{{ meeting.place }}',
  '{{{raw}}}',
  '{{> announcement}}',
  '<w:p><w:r><w:t>injected</w:t></w:r></w:p>',
  '<script>alert(1)</script>',
  'A & B &amp; C &#x41;',
  ']]><!-- x -->',
  '<p class="x">ย่อหน้า</p>',
];

const dir = mkdtempSync(join(tmpdir(), 'literal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(yaml: string): Promise<{ xml: string; xmlText: string; pdf: string; ok: boolean; codes: string[] }> {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  const out = join(dir, 'out');
  const result = await renderMeetingFile(file, { lang: 'en', strict: false, project: findProject(), office: null, outDir: out, formats: ['docx', 'pdf'], pdfEngine: 'builtin' });
  const base = result.outputs.find((o) => o.endsWith('.docx'));
  if (!result.ok || base === undefined) return { xml: '', xmlText: '', pdf: '', ok: false, codes: result.diagnostics.map((d) => d.code) };
  const xml = readDocxPart(new Uint8Array(readFileSync(base)), 'word/document.xml');
  // The text a reader sees: every w:t, entities decoded, paragraphs on their own lines, and a
  // no-break space (ชั้น 2 is kept on one line) as a space.
  const xmlText = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] as string)).join(''))
    .join('\n')
    .replace(/\u00A0/g, ' ');
  const pdf = joinLines(pdfRawText(new Uint8Array(readFileSync(base.replace(/\.docx$/, '.pdf'))))).replace(/\u00A0/g, ' ');
  return { xml, xmlText, pdf, ok: true, codes: result.diagnostics.map((d) => d.code) };
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string);
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

describe('meeting text that looks like syntax', () => {
  it('appears literally in the DOCX text and the PDF text, in a heading value and in body items', async () => {
    const items = LITERALS.map((text) => `  - ${quoted(text)}\n`).join('');
    const withPlace = minimalWith('place: ห้องประชุมราชบพิตร', `place: ${quoted('ห้อง {{place}} <b>5</b> & ชั้น 2')}`);
    const withItems = withPlace.replace('summary:\n  - include: announcement\n', `summary:\n  - include: announcement\n${items}`);
    // Arabic digits: with Thai digits (the default) every digit of the text becomes Thai, alert(1) too.
    const { xml, xmlText, pdf, ok, codes } = await render(`${withItems}options: { digits: arabic }\n`);
    expect(ok, codes.join(', ')).toBe(true);
    for (const text of [...LITERALS, 'ห้อง {{place}} <b>5</b> & ชั้น 2']) {
      expect(xmlText, `DOCX: ${text}`).toContain(text);
      expect(pdf, `PDF: ${text}`).toContain(text.replace(/\s+/g, ' '));
    }
    // Nothing was interpreted: the markup is escaped text inside w:t, never an element.
    expect(xml).toContain('&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;injected');
    expect(xml).not.toMatch(/<w:t>injected|<script|<b>|<!--/);
  });
});

describe('Thai text hygiene in the output', () => {
  it('writes the corrected text, with the invisible and control characters gone', async () => {
    const yaml = minimalWith('place: ห้องประชุมราชบพิตร', 'place: "ห้อง\\u200bประชุม ท\\u0e48\\u0e35 น\\u0e4d\\u0e49\\u0e32 x\\u0007y"');
    const { xmlText, pdf, ok, codes } = await render(yaml);
    expect(ok).toBe(true);
    // LEVEL_UNCONFIRMED: the minimal meeting writes no level, and 2566's bands are not confirmed.
    expect(codes).toEqual(['TEXT_ZERO_WIDTH', 'TEXT_MARK_ORDER', 'TEXT_SARA_AM', 'TEXT_CONTROL', 'LEVEL_UNCONFIRMED']);
    for (const text of [xmlText, pdf]) {
      expect(text).toContain('ห้องประชุม ที่ น้ำ xy');
      expect(text).not.toMatch(/[\u200b\u0007]|\u0e48\u0e35|\u0e4d/);
    }
  });
});
