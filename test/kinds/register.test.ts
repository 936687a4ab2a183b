// The register of assignments across all meetings of an archive, by responsible unit.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/index.js';
import { collectRegister, registerView, renderRegister } from '../../src/pipeline/register.js';

const project = findProject();
const archive = readdirSync('minutes').filter((f) => f.endsWith('.yaml')).sort().map((f) => join('minutes', f));

describe('the register of the example archive', () => {
  const view = registerView(collectRegister(archive, project, 'th'));

  it('is as of the latest meeting, not the clock', () => {
    expect(view.asOf).toBe('26 กันยายน 2566');
  });

  it('letters the meetings it collected in date order', () => {
    expect(view.meetings.map((m) => m.letter)).toEqual(['ก.', 'ข.', 'ค.']);
    expect(view.meetings[1]?.text).toBe('คณะทำงานขับเคลื่อนการยกระดับผลการประเมิน ITA ของ ตท.สป. ครั้งที่ 3/2566 วันที่ 5 กันยายน 2566');
  });

  it('lists every assignment under its unit with its latest status', () => {
    const unit = view.units.find((u) => u.unit === 'กองสารนิเทศ สป.');
    expect(unit?.rows.map((r) => [r.task, r.from, r.due, r.status])).toEqual([
      ['ประชาสัมพันธ์ช่องทางการแจ้งเบาะแสการทุจริตผ่านเว็บไซต์และสื่อสังคมออนไลน์', 'ข. ข้อ 4.2', '31 ต.ค. 2566', 'ดำเนินการแล้วเสร็จ'],
    ]);
    const finance = view.units.find((u) => u.unit === 'กองคลัง สป.');
    expect(finance?.rows.map((r) => [r.from, r.status])).toEqual([
      ['ก. ตัวชี้วัดที่ 2', 'ยังไม่ได้รายงานผล'],
      ['ก. ตัวชี้วัดที่ 4', 'ยังไม่ได้รายงานผล'],
      ['ข. ข้อ 4.1', 'อยู่ระหว่างดำเนินการ'],
    ]);
  });

  it('counts what is done and open', () => {
    expect(view.totals).toEqual({ all: 11, done: 1, open: 10, overdue: 0 });
  });

  it('orders units by Thai collation', () => {
    const names = view.units.map((u) => u.unit);
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));
  });
});

describe('overdue assignments', () => {
  it('are marked when a later meeting is past their due date and they are not done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-register-'));
    cpSync('minutes/2566-03-wg.yaml', join(dir, '2566-03-wg.yaml'));
    writeFileSync(join(dir, '2566-04-wg.yaml'), readFileSync('minutes/2566-04-wg.yaml', 'utf8').replace('date: 2023-09-26', 'date: 2023-12-05'));
    const view = registerView(collectRegister([join(dir, '2566-03-wg.yaml'), join(dir, '2566-04-wg.yaml')], project, 'th'));
    const overdue = view.units.flatMap((u) => u.rows.filter((r) => r.overdue).map((r) => r.ref));
    // Due 30 Nov 2566 and not reported; the one due 31 Oct was reported done; 31 Dec is not yet due.
    expect(overdue).toEqual(['3/2566-4.2-2']);
  });
});

describe('renderRegister', () => {
  it('writes register.docx and register.pdf, byte-identical on re-render', async () => {
    const a = mkdtempSync(join(tmpdir(), 'minutes-register-'));
    const b = mkdtempSync(join(tmpdir(), 'minutes-register-'));
    const options = { lang: 'th' as const, project, office: null, formats: ['docx', 'pdf'] as Array<'docx' | 'pdf'> };
    const first = await renderRegister(archive, { ...options, outDir: a });
    await renderRegister(archive, { ...options, outDir: b });
    expect(first.ok).toBe(true);
    expect(readdirSync(a).sort()).toEqual(['register.docx', 'register.pdf']);
    for (const name of ['register.docx', 'register.pdf']) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
  });
});
