// `minutes new --kind <kind>`: a skeleton per kind whose every sample value is a (กรอก …)
// placeholder, reported at its line until it is replaced; filled in, it renders.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { runCli } from '../support/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'minutes-new-'));

/** Each placeholder replaced by its example ("(กรอก คะแนน เช่น 91.71)" → 91.71), else by its words. */
const fill = (text: string) => text.replace(/\(กรอก ([^)]*?)(?: เช่น ([^)]*))?\)/g, (_all, words: string, example?: string) => example ?? `ข้อมูล${words.replace(/\s+/g, '')}`);

describe.each(KINDS)('minutes new --kind %s', (kind) => {
  it('writes a skeleton of that kind whose every sample value, numbers and years included, is a placeholder error at its line', async () => {
    const file = join(tmp(), 'new.yaml');
    const run = await runCli(['new', file, '--kind', kind]);
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^kind: ${kind}\\b`, 'm'));
    // The schema named is found from the file's own folder, wherever that is.
    const schema = /^# yaml-language-server: \$schema=(\S+)/.exec(text)?.[1] ?? '';
    expect(existsSync(join(dirname(file), schema)), schema).toBe(true);
    const lines = text.split('\n');
    // No value outside a placeholder but the kind and the structure: no digit a clerk could forget.
    for (const line of lines) {
      const value = line.replace(/#.*$/, '').replace(/\(กรอก [^)]*\)/g, '');
      expect(value, line).not.toMatch(/\d/);
    }
    const check = await runCli(['validate', file]);
    expect(check.code).toBe(1);
    const reported = [...check.stderr.matchAll(/new\.yaml:(\d+):\d+: error: ยังไม่ได้กรอก/g)].map((m) => Number(m[1]));
    const expected = lines.flatMap((l, i) => [...l.replace(/#.*$/, '').matchAll(/\(กรอก /g)].map(() => i + 1));
    expect(reported).toEqual(expected);
    expect(check.stderr).not.toMatch(/\[(?!PLACEHOLDER)[A-Z_]+\]/);
  });

  it('renders once the placeholders are filled in', async () => {
    const dir = tmp();
    const file = join(dir, 'new.yaml');
    await runCli(['new', file, '--kind', kind]);
    writeFileSync(file, fill(readFileSync(file, 'utf8')));
    const check = await runCli(['validate', file]);
    expect(check.stderr).not.toContain('error:');
    expect(check.code).toBe(0);
    const out = join(dir, 'out');
    const render = await runCli(['render', file, '--out', out, '--format', 'docx']);
    expect(render.code, render.stderr).toBe(0);
    expect(existsSync(join(out, 'new.docx'))).toBe(true);
  });
});

describe('minutes new without --kind, or with a wrong one', () => {
  it('takes the kind a file name suggests, else formal minutes, and says which', async () => {
    const dir = tmp();
    for (const [name, kind] of [['2569-01-ita.yaml', 'ita-report'], ['2569-01-memo.yaml', 'memo'], ['2569-01-wg.yaml', 'minutes']]) {
      const run = await runCli(['new', join(dir, name as string)]);
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, name as string), 'utf8')).toMatch(new RegExp(`^kind: ${kind}\\b`, 'm'));
      expect(run.stderr).toContain(`ชนิดเอกสาร: ${kind} (เลือกชนิดอื่นด้วย --kind ita-report|minutes|memo)`);
    }
  });

  it('refuses an unknown kind with the nearest one and the list, in Thai, exit 2', async () => {
    const run = await runCli(['new', '--kind', 'minute']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ไม่รู้จักชนิดเอกสาร "minute" (หมายถึง minutes หรือไม่?) ชนิดที่มี: ita-report, minutes, memo');
  });

  it('asks for the kind when --kind has no value', async () => {
    const run = await runCli(['new', '--kind']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ตัวเลือก --kind ต้องมีชนิดเอกสารตามหลัง: ita-report, minutes, memo');
  });

  it('names every kind in its Thai help', async () => {
    const run = await runCli(['--help']);
    for (const text of ['--kind <ชนิด>', 'minutes = รายงานการประชุม', 'ita-report = รายงานผลการเข้าร่วมประชุมและผลการประเมิน ITA', 'memo = บันทึกข้อความ']) {
      expect(run.stdout).toContain(text);
    }
  });
});

describe('a misspelt command', () => {
  it('gets a "did you mean" with the command, in Thai', async () => {
    const run = await runCli(['rendr', 'minutes/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ไม่รู้จักคำสั่ง "rendr" หมายถึง "minutes render" หรือไม่?');
  });
  it('lists the commands when nothing is near', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.stderr).toContain('คำสั่งที่มี: validate, render, watch, new, register');
  });
});
