// Formal minutes (รายงานการประชุม, แบบที่ 11): the parts in order, in the prescribed wording,
// and the items carried over from the previous meeting of the same body.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile, validateMeetingFile } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { messageOf } from '../../src/i18n/messages.js';
import { documentTexts } from '../support/document-text.js';

const options = { lang: 'th' as const, strict: false, project: findProject(), office: null };

async function texts(file: string): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'minutes-kind-'));
  const result = await renderMeetingFile(file, { ...options, outDir: out, formats: ['docx'], pdfEngine: 'builtin' });
  expect(result.diagnostics).toEqual([]);
  return documentTexts(result.document as Document);
}

/** The index of the first text starting with each marker, which must increase. */
function order(all: string[], markers: string[]): number[] {
  let from = 0;
  return markers.map((marker) => {
    const index = all.findIndex((t, i) => i >= from && t.startsWith(marker));
    expect(index, `"${marker}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = index + 1;
    return index;
  });
}

describe('formal minutes 3/2566', async () => {
  const all = await texts('minutes/2566-03-wg.yaml');

  it('has every part of แบบที่ 11 in order', () => {
    order(all, [
      'รายงานการประชุมคณะทำงานขับเคลื่อนการยกระดับผลการประเมิน ITA ของ ตท.สป.',
      'ครั้งที่ ๓/๒๕๖๖',
      'เมื่อวันอังคารที่ ๕ กันยายน พ.ศ. ๒๕๖๖',
      'ณ ห้องประชุม ตท.สป.',
      'ผู้มาประชุม',
      'ร.ต. สรมงคล มงคละสิริ ผอ.ตท.สป. ประธานคณะทำงาน',
      'ผู้ไม่มาประชุม',
      'นายสมศักดิ์ มั่นคง หัวหน้ากลุ่มงานประสานความร่วมมือ คณะทำงาน (ติดราชการ)',
      'ผู้เข้าร่วมประชุม',
      'นายธนพล รักษ์ไทย',
      'เริ่มประชุมเวลา ๐๙.๓๐ น.',
      'ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
      'มติที่ประชุม รับทราบ',
      'ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม',
      'มติที่ประชุม รับรองรายงานการประชุมโดยไม่มีการแก้ไข',
      'ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง',
      'ระเบียบวาระที่ ๔ เรื่องเสนอเพื่อพิจารณา',
      '๔.๑ แนวทางยกระดับตัวชี้วัดที่ ๔',
      'มติที่ประชุม เห็นชอบ',
      '๔.๒ แนวทางยกระดับตัวชี้วัดที่ ๗',
      'ระเบียบวาระที่ ๕ เรื่องอื่น ๆ',
      'เลิกประชุมเวลา ๑๑.๔๕ น.',
      'ผู้จดรายงานการประชุม',
      'ผู้ตรวจรายงานการประชุม',
    ]);
  });

  it('writes a stand-in as attending for someone', () => {
    expect(all).toContain('นางสาวพรทิพย์ ศรีสุข นักวิเคราะห์นโยบายและแผนชำนาญการ แทน หัวหน้ากลุ่มงานการต่างประเทศ คณะทำงาน');
  });

  it('lists what each unit was assigned, with its due date', () => {
    expect(all).toContain('กองคลัง สป. จัดทำระบบจองรถราชการออนไลน์ ให้แล้วเสร็จภายในวันที่ ๓๑ ธันวาคม ๒๕๖๖');
  });

  it('uses the prescribed wording and none of the discouraged phrases', () => {
    const joined = all.join('\n');
    for (const wrong of ['เปิดประชุมเวลา', 'ปิดประชุมเวลา', 'บันทึกการประชุม', 'ผู้บันทึก']) expect(joined).not.toContain(wrong);
  });
});

describe('formal minutes 4/2566: follow-ups from 3/2566', async () => {
  const all = await texts('minutes/2566-04-wg.yaml');

  it('names the minutes it confirms', () => {
    expect(all).toContain('ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม ครั้งที่ ๓/๒๕๖๖');
  });

  it('lists the open items of 3/2566 under เรื่องสืบเนื่อง with this meeting\'s reports', () => {
    const rows = all.filter((t) => t.includes('(รหัส ๓/๒๕๖๖-'));
    expect(rows).toEqual([
      '๑ | จัดทำระบบจองรถราชการออนไลน์ (รหัส ๓/๒๕๖๖-๔.๑-๑) | กองคลัง สป. | ๓๑ ธ.ค. ๒๕๖๖ | อยู่ระหว่างดำเนินการ: อยู่ระหว่างทดสอบระบบ คาดว่าเปิดใช้เดือนพฤศจิกายน ๒๕๖๖',
      '๒ | ประชาสัมพันธ์ช่องทางการแจ้งเบาะแสการทุจริตผ่านเว็บไซต์และสื่อสังคมออนไลน์ (รหัส ๓/๒๕๖๖-๔.๒-๑) | กองสารนิเทศ สป. | ๓๑ ต.ค. ๒๕๖๖ | ดำเนินการแล้วเสร็จ: เผยแพร่ทางเว็บไซต์และเฟซบุ๊กของ สป. แล้ว',
      '๓ | จัดทำแบบสอบถามความคิดเห็นของผู้รับบริการแบบออนไลน์ (รหัส ๓/๒๕๖๖-๔.๒-๒) | ฝ่ายบริหารทั่วไป ตท.สป. | ๓๐ พ.ย. ๒๕๖๖ | ยังไม่ได้รายงานผล',
    ]);
  });
});

describe('follow-ups across a chain of meetings', () => {
  it('drops an item reported done, and keeps carrying one still open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-chain-'));
    cpSync('minutes/2566-03-wg.yaml', join(dir, '2566-03-wg.yaml'));
    cpSync('minutes/2566-04-wg.yaml', join(dir, '2566-04-wg.yaml'));
    const fifth = readFileSync('minutes/2566-04-wg.yaml', 'utf8')
      .replace('number: 4', 'number: 5')
      .replace('date: 2023-09-26', 'date: 2023-10-24')
      .replace(/    progress:[\s\S]*?    resolution: รับทราบ และ/, '    resolution: รับทราบ และ');
    writeFileSync(join(dir, '2566-05-wg.yaml'), fifth);
    const all = await texts(join(dir, '2566-05-wg.yaml'));
    const carried = all.filter((t) => t.includes('(รหัส '));
    expect(carried.map((t) => /รหัส ([^)]+)\)/.exec(t)?.[1])).toEqual(['๓/๒๕๖๖-๔.๑-๑', '๓/๒๕๖๖-๔.๒-๒', '๔/๒๕๖๖-๔.๑-๑']);
  });

  it('warns about a progress report on an item that is not open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-chain-'));
    cpSync('minutes/2566-03-wg.yaml', join(dir, '2566-03-wg.yaml'));
    writeFileSync(join(dir, '2566-04-wg.yaml'), readFileSync('minutes/2566-04-wg.yaml', 'utf8').replace('ref: 3/2566-4.2-1', 'ref: 3/2566-9.9-9'));
    const result = validateMeetingFile(join(dir, '2566-04-wg.yaml'), options);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['FOLLOW_UP_REF_UNKNOWN', 42]]);
  });

  it('warns when follow-ups are asked for and no earlier meeting exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-chain-'));
    cpSync('minutes/2566-04-wg.yaml', join(dir, '2566-04-wg.yaml'));
    const codes = validateMeetingFile(join(dir, '2566-04-wg.yaml'), options).diagnostics.map((d) => d.code);
    expect(codes).toContain('NO_FOLLOW_UP_SOURCE');
  });
});

describe('the prescribed-wording lint', () => {
  it('warns at the value that uses a discouraged phrase', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-lint-'));
    const text = readFileSync('minutes/2566-03-wg.yaml', 'utf8').replace(
      '  - discussion: ไม่มี\n  - items:',
      '  - discussion: ที่ประชุมตกลงเปิดประชุมเวลาเดิม และให้แก้วาระการประชุมครั้งหน้า\n  - items:',
    );
    writeFileSync(join(dir, 'm.yaml'), text);
    const result = validateMeetingFile(join(dir, 'm.yaml'), options);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.line, messageOf(d, 'th').message])).toEqual([
      ['WORDING', 43, 'ใช้ "เปิดประชุมเวลา" ตามแบบที่ 11 ควรเขียน "เริ่มประชุมเวลา"'],
      ['WORDING', 43, 'ใช้ "วาระการประชุม" ตามแบบที่ 11 ควรเขียน "ระเบียบวาระการประชุม"'],
    ]);
  });
});
