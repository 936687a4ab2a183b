// Never a false figure, true sentences, guidelines with their units and dates, money checked:
// the ITA report rendered end to end.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { documentTexts } from '../support/document-text.js';
import { readDocxPart } from '../support/docx-xml.js';
import { pdfText } from '../support/pdf-text.js';
import { messageOf } from '../../src/i18n/messages.js';

const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8');
const SEED = readFileSync('minutes/2566-02-ita.yaml', 'utf8');

async function render(text: string, formats: Array<'docx' | 'pdf'> = ['docx'], name = 'm.yaml') {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-truth-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  const result = await renderMeetingFile(file, {
    lang: 'en', strict: false, project: findProject(), office: null, outDir: join(dir, 'out'), formats, pdfEngine: 'builtin',
  });
  const lines = text.split('\n');
  const codes = result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  const text_ = result.document === undefined ? '' : documentTexts(result.document as Document).join('\n');
  return { result, codes, text: text_, lines };
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The seed without its photos (they live beside the example) and with another fiscal year. */
const seedFor = (year: number) => SEED.replace('  fiscalYear: 2566', `  fiscalYear: ${year}`).replace(/\nphotos:\n(?: .*\n)+/, '\n');

describe('a fiscal year without year data (2570)', () => {
  it('stops with positioned errors naming data/ita/2570.yaml, writes nothing, never exit 0 with a false figure', async () => {
    const text = seedFor(2570).replace('  total: 92.43', '').replace('  level: ผ่าน\n', '');
    const { result, codes } = await render(text);
    expect(result.ok).toBe(false);
    expect(result.outputs).toEqual([]);
    expect(codes).toContain(`${lineOf(text, 'include: tools')}:14 error TOOL_NAMES_UNKNOWN`);
    expect(codes).toContain(`${lineOf(text, '  fiscalYear: 2570')}:3 error TOTAL_UNKNOWN`);
    expect(codes).toContain(`${lineOf(text, '- number: 1 ')}:17 error INDICATOR_NAME_UNKNOWN`);
    const noData = result.diagnostics.find((d) => d.code === 'NO_YEAR_DATA');
    expect(noData && messageOf(noData, 'en').hint).toContain('data/ita/2570.yaml');
    const total = result.diagnostics.find((d) => d.code === 'TOTAL_UNKNOWN');
    expect(total && messageOf(total, 'en').hint).toBe('write assessment.total as NACC announced it, or create the year file data/ita/2570.yaml');
  });

  it('renders from what the clerk wrote: the total and level as written, tools by their codes, no weights', async () => {
    const text = MINIMAL.replace('fiscalYear: 2566', 'fiscalYear: 2570').replace('  - include: announcement', '  - include: announcement\n  - include: results') + '  level: ผ่าน\n';
    const { result, text: out, codes } = await render(text);
    expect(result.ok, codes.join('\n')).toBe(true);
    expect(out).toContain('ได้คะแนน ๙๒.๔๓ คะแนน อยู่ในระดับ “ผ่าน”');
    expect(out).toMatch(/^(?:๑\) )?IIT ได้ ๙๑\.๗๑ คะแนน$/m);
    for (const bad of ['IIT (IIT', '“”', '๐.๐', 'น้ำหนัก', 'ลดลง', 'undefined']) expect(out).not.toContain(bad);
  });

  it('does not print a level nobody announced or could derive', async () => {
    const text = MINIMAL.replace('fiscalYear: 2566', 'fiscalYear: 2570');
    const { result, text: out, codes } = await render(text);
    expect(result.ok).toBe(true);
    expect(out).toContain('ได้คะแนน ๙๒.๔๓ คะแนน');
    expect(out).not.toContain('ระดับ');
    expect(codes).toContain(`${lineOf(text, 'fiscalYear: 2570')}:15 warning LEVEL_UNKNOWN`);
  });
});

describe('fiscal 2568 with the shipped (unconfirmed) year data', () => {
  it('prints the tools by name, the announced total and level, and no weights', async () => {
    const { result, text: out, codes } = await render(seedFor(2568));
    expect(result.ok, codes.join('\n')).toBe(true);
    expect(out).toContain('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT) ได้ ๙๑.๗๑ คะแนน');
    expect(out).toContain('ผลรวมคะแนน ๙๒.๔๓ คะแนน อยู่ในระดับ “ผ่าน”');
    expect(out).not.toContain('น้ำหนัก');
    expect(out).not.toContain('๐.๓');
  });

  it('without the announced total is an error: the weights are not confirmed', async () => {
    const text = seedFor(2568).replace('  total: 92.43', '');
    const { result } = await render(text);
    expect(result.ok).toBe(false);
    const total = result.diagnostics.find((d) => d.code === 'TOTAL_UNKNOWN');
    expect(total && messageOf(total, 'en').message).toContain('data/ita/2568.yaml');
  });

  it('asks for the announced level instead of printing one from unconfirmed bands', async () => {
    const text = seedFor(2568).replace('  level: ผ่าน\n', '');
    const { result, text: out } = await render(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toContain('LEVEL_UNCONFIRMED');
    expect(out).not.toContain('อยู่ในระดับ');
  });
});

describe('true sentences', () => {
  it('counts three parts and five IIT indicators from the framework when fewer are analysed', async () => {
    const { text: out } = await render(readFileSync('minutes/other-office/2568-02-ssj-ita.yaml', 'utf8'));
    expect(out).toContain('มีการเก็บข้อมูลจาก ๓ ส่วน ในที่นี้วิเคราะห์ ๒ ส่วน ดังนี้');
    expect(out).toContain('ใน ๕ ตัวชี้วัด ตัวชี้วัดที่มีข้อคำถามต่ำกว่าเกณฑ์ ได้แก่');
  });
  it('says ใน ๕ ตัวชี้วัด ได้แก่ when every indicator is analysed, and numbers EIT as part 2', async () => {
    const { text: out } = await render(readFileSync('minutes/other-office/2566-03-ssj-ita.yaml', 'utf8'));
    expect(out).toContain('มีการเก็บข้อมูลจาก ๓ ส่วน ดังนี้');
    expect(out).toMatch(/ใน ๕ ตัวชี้วัด ได้แก่/);
    const only = await render(readFileSync('minutes/other-office/2567-02-ssj-ita.yaml', 'utf8'));
    expect(only.text).toContain('ส่วนที่ ๒ การเก็บข้อมูลจากผู้รับบริการ');
    expect(only.text).toContain('ในที่นี้วิเคราะห์ ๑ ส่วน');
  });
});

describe('guidelines with their own units and due dates', () => {
  const expected = 'จัดประชุมชี้แจงขั้นตอนการจัดซื้อจัดจ้างแก่ผู้รับผิดชอบโครงการ (หน่วยงานที่รับผิดชอบ กลุ่มงานบริหารทั่วไป และ กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข ภายในวันที่ ๓๑ มีนาคม ๒๕๖๙)';
  it('prints each guideline\'s units and due in the DOCX and the PDF, and the focus unit as a unit', async () => {
    const { result } = await render(readFileSync('minutes/other-office/2568-02-ssj-ita.yaml', 'utf8'), ['docx', 'pdf']);
    const docx = result.outputs.find((p) => p.endsWith('.docx')) as string;
    const pdf = result.outputs.find((p) => p.endsWith('.pdf')) as string;
    const xmlText = readDocxPart(readFileSync(docx), 'word/document.xml').replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ');
    expect(xmlText).toContain(expected);
    expect(xmlText).toContain('หน่วยงานที่เน้น กลุ่มงานบริหารทั่วไป');
    expect(xmlText).toContain('กำหนดแล้วเสร็จ ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๙');
    expect(xmlText).not.toContain('- เน้นที่');
    // Lines of the PDF text join without their breaking spaces: compare without spaces.
    const pdfJoined = pdfText(readFileSync(pdf)).replace(/\s/g, '');
    expect(pdfJoined).toContain(expected.replace(/\s/g, ''));
  });
});

describe('money in any text field', () => {
  it('is an error at the words when they do not say the figure', async () => {
    const text = MINIMAL.replace('  - include: announcement', '  - include: announcement\n  - อนุมัติงบประมาณ 125,500.75 บาท (หนึ่งแสนสองหมื่นห้าพันบาทเจ็ดสิบห้าสตางค์) แล้ว');
    const { result, codes } = await render(text);
    const line = lineOf(text, '125,500.75');
    const column = (text.split('\n')[line - 1] ?? '').indexOf('หนึ่งแสน') + 1;
    expect(result.ok).toBe(false);
    expect(codes).toContain(`${line}:${column} error MONEY_WORDS_MISMATCH`);
    const money = result.diagnostics.find((d) => d.code === 'MONEY_WORDS_MISMATCH');
    expect(money && messageOf(money, 'en').message).toContain('หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์');
  });
  it('accepts right words written with Thai digits', async () => {
    const text = MINIMAL.replace('  - include: announcement', '  - include: announcement\n  - "วงเงิน ๑,๐๐๐ บาท (หนึ่งพันบาทถ้วน)"');
    expect((await render(text)).result.ok).toBe(true);
  });
  it('writes the words where the clerk left them out when options.moneyWords is true', async () => {
    const text = MINIMAL.replace('  - include: announcement', '  - include: announcement\n  - วงเงิน 48,000 บาท จากงบดำเนินงาน') + 'options:\n  moneyWords: true\n';
    const { text: out } = await render(text);
    expect(out).toContain('วงเงิน ๔๘,๐๐๐ บาท (สี่หมื่นแปดพันบาทถ้วน) จากงบดำเนินงาน');
  });
});

describe('BAD_KEY gives an example of the right kind', () => {
  it('a year for a previous year, a tool code for a score, a question code for a question', async () => {
    const text = MINIMAL.replace('    OIT: 100', '    OIT: 100\n    iit: 90') + '  previous:\n    25x5: 90\n';
    const { result } = await render(text);
    const hints = result.diagnostics.filter((d) => d.code === 'BAD_KEY').map((d) => messageOf(d, 'en').hint);
    expect(hints).toEqual(['a valid example: IIT', 'a valid example: 2565']);
  });
});

describe("an archive's own year file", () => {
  it('is read before the shipped one and checked at its own lines: its year, its weights', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-year-'));
    mkdirSync(join(dir, 'data', 'ita'), { recursive: true });
    const yearText = readFileSync('data/ita/2566.yaml', 'utf8').replace('weight: 0.4', 'weight: 0.5');
    writeFileSync(join(dir, 'data', 'ita', '2570.yaml'), yearText);
    const file = join(dir, 'm.yaml');
    writeFileSync(file, MINIMAL.replace('fiscalYear: 2566', 'fiscalYear: 2570'));
    const result = await renderMeetingFile(file, {
      lang: 'en', strict: false, project: findProject({ cwd: dir }), office: null, outDir: join(dir, 'out'), formats: ['docx'], pdfEngine: 'builtin',
    });
    expect(result.ok).toBe(false);
    const inYearFile = result.diagnostics.filter((d) => d.file.endsWith(join('data', 'ita', '2570.yaml')));
    expect(inYearFile.map((d) => `${d.line}:${d.column} ${d.code}`).sort()).toEqual([
      `${lineOf(yearText, '- code: IIT')}:3 YEAR_WEIGHTS_SUM`,
      `${lineOf(yearText, 'fiscalYear:')}:13 YEAR_FILE_MISMATCH`,
    ]);
    // The meeting itself gets no second-hand errors about what the broken file lacks.
    expect(result.diagnostics.filter((d) => d.file === file).map((d) => d.code)).toEqual([]);
  });
});
