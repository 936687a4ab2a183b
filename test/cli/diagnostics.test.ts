// Each folder under test/fixtures/diagnostics holds input.yaml and expected.txt: the exit code
// and the exact messages `minutes validate` prints. UPDATE_GOLDEN=1 rewrites expected.txt.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, UPDATE } from '../support/run-cli.js';

const root = 'test/fixtures/diagnostics';
const cases = readdirSync(root).sort();

describe('minutes validate on broken meetings', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`reports ${name} exactly`, async () => {
      const input = join(root, name, 'input.yaml');
      const expectedFile = join(root, name, 'expected.txt');
      const run = await runCli(['validate', input]);
      const actual = `exit: ${run.code}\n${run.stderr}\n`;
      if (UPDATE) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    });
  }
});

describe('the five mistakes issue 2 names', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['misspelled-key', ':7:1: error:', /UNKNOWN_KEY[\s\S]*"place"/],
    ['missing-field', ':2:1: error:', /MISSING_FIELD/],
    ['time-13-3', ':5:10: error:', /TIME_ONE_DIGIT[\s\S]*13\.30/],
    ['score-not-number', ':24:10: error:', /BAD_NUMBER/],
    ['date-feb-30', ':3:7: error:', /BAD_DATE/],
  ];
  for (const [name, position, pattern] of cases) {
    it(`points ${name} at its line and column`, async () => {
      const run = await runCli(['validate', join(root, name, 'input.yaml')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${join(root, name, 'input.yaml')}${position}`);
      expect(run.stderr).toMatch(pattern);
    });
  }
});

describe('a broken configuration', () => {
  it('does not hide the meetings\' own mistakes: validate reports both and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-config-broken-'));
    writeFileSync(join(dir, 'minutes.config.yaml'), 'digits: thia\n');
    const run = await runCli(['validate', join(root, 'time-13-3', 'input.yaml'), '--config', join(dir, 'minutes.config.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/minutes\.config\.yaml:1:9: error: .*\[BAD_VALUE\]\n.*\n.*\n {2}คำแนะนำ: หมายถึง "thai" หรือไม่\?/);
    expect(run.stderr).toContain('[TIME_ONE_DIGIT]');
    expect(run.stderr).toContain('การตั้งค่าไม่ถูกต้อง (ดูด้านบน) ตรวจไฟล์การประชุมแล้ว 1 ไฟล์ ไม่ผ่าน 1 ไฟล์');
  });
});
