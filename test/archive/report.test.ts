// What the archive commands print for people (progress, the index) and for tools (--json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { makeArchive } from './archive-fixture.js';

describe('out/index.md', () => {
  it('lists every meeting in date order with date, body, number, title and links', async () => {
    const root = makeArchive(3, { photos: false });
    // Written in name order, dated in reverse: the index must follow the dates.
    const file = (n: number) => join(root, 'minutes', `m-00${n}.yaml`);
    const third = readFileSync(file(3), 'utf8');
    writeFileSync(file(3), third.replace(/^date: .*$/m, 'date: 2022-12-30'));
    const run = await runCli(['render', join(root, 'minutes'), '--out', join(root, 'out'), '--format', 'docx,pdf']);
    expect(run.code).toBe(0);
    const index = readFileSync(join(root, 'out', 'index.md'), 'utf8');
    const body = 'คณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงานปลัดกระทรวงมหาดไทย';
    expect(index).toBe([
      '# ทะเบียนรายงานการประชุม',
      '',
      '<!-- เขียนโดย minutes render จาก .minutes-manifest.json: อย่าแก้ไฟล์นี้ด้วยมือ -->',
      '',
      'รายงานการประชุมทั้งหมด 3 ฉบับ เรียงตามวันที่ประชุม',
      '',
      '| วันที่ | คณะ | ครั้งที่ | เรื่อง | ไฟล์ |',
      '|---|---|---|---|---|',
      `| 30 ธ.ค. 2565 | ${body} | 3/2566 | รายงานผลการเข้าร่วมประชุม | [DOCX](<m-003.docx>) · [PDF](<m-003.pdf>) |`,
      `| 2 ม.ค. 2566 | ${body} | 1/2566 | รายงานผลการเข้าร่วมประชุม | [DOCX](<m-001.docx>) · [PDF](<m-001.pdf>) |`,
      `| 3 ม.ค. 2566 | ${body} | 2/2566 | รายงานผลการเข้าร่วมประชุม | [DOCX](<m-002.docx>) · [PDF](<m-002.pdf>) |`,
      '',
    ].join('\n'));
  });

  it('keeps the meetings of earlier runs when one file is rendered', async () => {
    const root = makeArchive(3, { photos: false });
    await runCli(['render', join(root, 'minutes'), '--out', join(root, 'out')]);
    await runCli(['render', join(root, 'minutes', 'm-002.yaml'), '--out', join(root, 'out')]);
    expect(readFileSync(join(root, 'out', 'index.md'), 'utf8')).toContain('ทั้งหมด 3 ฉบับ');
  });
});

describe('progress', () => {
  it('is a plain line at every tenth when stderr is not a terminal', async () => {
    const root = makeArchive(10, { photos: false });
    const run = await runCli(['render', join(root, 'minutes'), '--out', join(root, 'out'), '--lang', 'en']);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('progress '));
    expect(lines).toEqual(Array.from({ length: 10 }, (_, i) => `progress ${i + 1}/10 (${(i + 1) * 10}%)`));
    expect(run.stderr).not.toContain('\r');
    expect(run.stdout.split('\n').filter((l) => l.startsWith('wrote '))).toHaveLength(10);
    expect(run.stdout.split('\n').pop()).toBe('rendered 10, unchanged 0, failed 0 (of 10 meeting(s))');
  });

  it('is not shown for a few files', async () => {
    const run = await runCli(['render', 'minutes/2566-02-ita.yaml', '--out', join(makeArchive(0), 'out')]);
    expect(run.stderr).toBe('');
  });
});

describe('--json', () => {
  it('gives validate results as one JSON document with positions, codes and hints', async () => {
    const broken = 'test/fixtures/diagnostics/time-13-3/input.yaml';
    const run = await runCli(['validate', 'minutes/2566-02-ita.yaml', broken, '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.command).toBe('validate');
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ files: 2, valid: 1, invalid: 1 });
    expect(report.files[0]).toEqual({ file: 'minutes/2566-02-ita.yaml', status: 'valid', diagnostics: [] });
    expect(report.files[1].status).toBe('invalid');
    expect(report.files[1].diagnostics).toContainEqual({
      code: 'TIME_ONE_DIGIT',
      severity: 'error',
      message: 'time "13.3" has one-digit minutes',
      file: broken,
      line: 5,
      column: 10,
      hint: 'did you mean 13.30? always write two-digit minutes',
    });
  });

  it('makes warnings errors under --strict', async () => {
    const run = await runCli(['validate', 'test/fixtures/diagnostics/total-mismatch/input.yaml', '--json', '--strict']);
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(report.files[0].diagnostics.map((d: { severity: string }) => d.severity)).toContain('error');
  });

  it('gives render results with each file\'s status and outputs', async () => {
    const root = makeArchive(3, { photos: false });
    const out = join(root, 'out');
    const first = JSON.parse((await runCli(['render', join(root, 'minutes'), '--out', out, '--json'])).stdout);
    expect(first.summary).toEqual({ files: 3, rendered: 3, unchanged: 0, stale: 0, failed: 0, aborted: false });
    expect(first.files[0]).toEqual({ file: join(root, 'minutes', 'm-001.yaml'), status: 'rendered', outputs: [join(out, 'm-001.docx')], diagnostics: [] });
    expect(first.archive.files).toEqual([join(out, 'index.md'), join(out, '.minutes-manifest.json')]);
    const second = JSON.parse((await runCli(['render', join(root, 'minutes'), '--out', out, '--json'])).stdout);
    expect(second.files.map((f: { status: string }) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(second.ok).toBe(true);
  });
});
