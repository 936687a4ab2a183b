// The cover memo: office details from the configuration, text from the report it sends,
// and the emblem's space kept, with a warning, when the office's image is missing.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, loadOfficeConfig, renderMeetingFile } from '../../src/index.js';
import type { Document, Letterhead } from '../../src/model/document.js';
import { messageOf } from '../../src/i18n/messages.js';
import { documentTexts } from '../support/document-text.js';

async function renderMemo(config: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-memo-'));
  cpSync('minutes', join(dir, 'minutes'), { recursive: true });
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
    const { document } = await renderMemo(CONFIG.replace('emblem.png', `${join(process.cwd(), 'assets/emblem-placeholder.png')}`));
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
