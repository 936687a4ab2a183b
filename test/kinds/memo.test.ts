// The cover memo: office details from the configuration, text from the report it sends,
// and the emblem's space kept, with a warning, when the office's image is missing.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, loadOfficeConfig, renderMeetingFile, validateMeetingFile } from '../../src/index.js';
import type { Document, Letterhead } from '../../src/model/document.js';
import { messageOf } from '../../src/i18n/messages.js';
import { documentTexts } from '../support/document-text.js';

async function renderMemo(config: string | null, emblem = false) {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-memo-'));
  cpSync('minutes', join(dir, 'minutes'), { recursive: true });
  // The office's files sit beside its configuration (an emblem elsewhere is OFFICE_FILE_OUTSIDE).
  if (emblem) cpSync('assets/emblem-placeholder.png', join(dir, 'emblem.png'));
  if (config !== null) writeFileSync(join(dir, 'minutes.config.yaml'), config);
  const project = findProject({ cwd: dir, templatesDir: join(process.cwd(), 'templates') });
  const { office } = loadOfficeConfig({ ...project, dataDir: join(process.cwd(), 'data') }, 'th');
  const result = await renderMeetingFile(join(dir, 'minutes', '2566-02-ita-memo.yaml'), {
    lang: 'th', strict: false, project: { ...project, dataDir: join(process.cwd(), 'data') }, office,
    outDir: join(dir, 'out'), formats: ['docx', 'pdf'], pdfEngine: 'builtin',
  });
  return { result, document: result.document as Document };
}

const CONFIG = 'office:\n  name: ตท.สป. ฝ่ายบริหารทั่วไป\n  phone: 0 2222 1141\n  documentPrefix: มท 0201.2\n  emblem: emblem.png\n';

describe('the memo', () => {
  it('takes the office, the document number and the text from the configuration and the report', async () => {
    const { document } = await renderMemo(CONFIG, true);
    const texts = documentTexts(document);
    expect(texts.slice(0, 4)).toEqual([
      'บันทึกข้อความ',
      'ส่วนราชการ ตท.สป. ฝ่ายบริหารทั่วไป โทร. ๐ ๒๒๒๒ ๑๑๔๑',
      'ที่ มท ๐๒๐๑.๒/๑๕๙๐ วันที่ ๒๓ สิงหาคม ๒๕๖๖',
      'เรื่อง รายงานผลการเข้าร่วมประชุมคณะทำงาน ITA ของสำนักงานปลัดกระทรวงมหาดไทย ครั้งที่ ๒/๒๕๖๖',
    ]);
    expect(texts).toContain('เรียน ผอ.ตท.สป.');
    expect(texts.some((t) => t.includes('เวลา ๑๓.๓๐ - ๑๖.๐๐ น. ณ ห้องประชุมราชบพิตร'))).toBe(true);
    expect(texts.some((t) => t.includes('ได้คะแนน ๙๒.๔๓ คะแนน อยู่ในระดับ “ผ่าน”'))).toBe(true);
    expect(texts).toContain('จึงเรียนมาเพื่อโปรดทราบ');
    expect((document.blocks[0] as Letterhead).image).not.toBeNull();
  });

  it('warns and keeps the emblem\'s space when the image is missing', async () => {
    const { result, document } = await renderMemo(CONFIG);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['EMBLEM_MISSING', 'warning']]);
    expect(document.blocks[0]).toMatchObject({ type: 'letterhead', image: null, imageHeightMm: 15 });
  });

  it('warns when no emblem is configured at all', async () => {
    const { result } = await renderMemo(CONFIG.replace(/^ {2}emblem:.*\n/m, ''));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['EMBLEM_NOT_CONFIGURED']);
  });

  it('warns when there is no office to name: ส่วนราชการ blank and ที่ without its code', async () => {
    const { result, document } = await renderMemo(null);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['OFFICE_NOT_CONFIGURED', 'EMBLEM_NOT_CONFIGURED']);
    expect(messageOf(result.diagnostics[0]!, 'th').message).toContain('office.name, office.documentPrefix');
    expect(documentTexts(document)[1]?.trim()).toBe('ส่วนราชการ');
  });
});

describe('a memo checked without rendering', () => {
  it('is told by validate, not only by render, that no office is configured; --strict refuses it', () => {
    const options = { lang: 'th' as const, project: { ...findProject(), configFile: null }, office: null };
    const lenient = validateMeetingFile('minutes/2566-02-ita-memo.yaml', { ...options, strict: false });
    expect(lenient.ok).toBe(true);
    expect(lenient.diagnostics.map((d) => [d.code, d.severity])).toEqual([['OFFICE_NOT_CONFIGURED', 'warning']]);
    expect(validateMeetingFile('minutes/2566-02-ita-memo.yaml', { ...options, strict: true }).ok).toBe(false);
  });
});

describe('a memo whose report leads back to it', () => {
  const memoText = (report: string) => `kind: memo\ndocumentNumber: "1590"\ndate: 2023-08-23\nsubject: เรื่องทดสอบ\nto: ผอ.ตท.สป.\nreport: ${report}\nsigner:\n  name: นางอมราภรณ์ ทรงอาวุธ\n`;
  const validate = (file: string) => validateMeetingFile(file, { lang: 'th', strict: false, project: findProject(), office: null });

  it('is a positioned error when it names itself, not a stack overflow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-cycle-'));
    writeFileSync(join(dir, 'a.yaml'), memoText('a.yaml'));
    const result = validate(join(dir, 'a.yaml'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.line, messageOf(d, 'th').message])).toEqual([
      ['REPORT_CYCLE', 6, 'บันทึกข้อความนำส่ง "a.yaml" ซึ่งย้อนกลับมาที่บันทึกนี้ (a.yaml → a.yaml)'],
    ]);
  });

  it('is a positioned error when two memos name each other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-cycle-'));
    writeFileSync(join(dir, 'a.yaml'), memoText('b.yaml'));
    writeFileSync(join(dir, 'b.yaml'), memoText('a.yaml'));
    const result = validate(join(dir, 'a.yaml'));
    expect(result.ok).toBe(false);
    const found = result.diagnostics.map((d) => [d.file.endsWith('b.yaml') ? 'b.yaml' : 'a.yaml', d.code, d.line]);
    expect(found).toContainEqual(['b.yaml', 'REPORT_CYCLE', 6]);
    expect(found).toContainEqual(['a.yaml', 'REPORT_INVALID', 6]);
  });
});
