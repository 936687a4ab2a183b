// The command as a user runs it: exit codes, messages, and what is (not) written.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'minutes-cli-'));

describe('minutes --help', () => {
  it('is in Thai by default', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('วิธีใช้');
    expect(run.stdout).toContain('minutes render');
  });
  it('is in English with --lang en', async () => {
    const run = await runCli(['--help', '--lang', 'en']);
    expect(run.stdout).toContain('Usage:');
  });
  it('exits 2 without a command', async () => {
    expect((await runCli([])).code).toBe(2);
  });
});

describe('usage errors exit 2', () => {
  for (const args of [['frobnicate'], ['validate'], ['render', 'minutes', '--format', 'odt'], ['render', 'minutes', '--bogus'],
    ['render', 'minutes', '--pdf-engine', 'word'], ['validate', 'minutes', '--lang', 'fr']]) {
    it(`for ${args.join(' ')}`, async () => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^minutes: /);
    });
  }
});

describe('a misspelt option', () => {
  it('is named in Thai, with the option it was probably meant to be', async () => {
    const run = await runCli(['render', '--formt', 'pdf', 'minutes/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('minutes: ไม่รู้จักตัวเลือก --formt หมายถึง --format หรือไม่?\nดูวิธีใช้: minutes --help');
  });

  it('is named in English on request; an option without its value says so', async () => {
    expect((await runCli(['render', 'minutes/', '--forse', '--lang', 'en'])).stderr).toContain('minutes: unknown option --forse: did you mean --force?');
    expect((await runCli(['render', 'minutes/', '--out'])).stderr).toContain('minutes: ตัวเลือก --out ต้องมีค่าตามหลัง');
    expect((await runCli(['render', 'minutes/', '--zzzzzz'])).stderr).toMatch(/^minutes: ไม่รู้จักตัวเลือก --zzzzzz\n/);
  });
});

describe('minutes validate', () => {
  it('exits 0 for the example meeting and says so in Thai', async () => {
    const run = await runCli(['validate', 'minutes/']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ถูกต้องทั้งหมด');
    expect(run.stderr).toBe('');
  });
  it('exits 1 when any file is invalid and reports in English on request', async () => {
    const run = await runCli(['validate', 'minutes/2566-02-ita.yaml', 'test/fixtures/diagnostics/time-13-3/input.yaml', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('input.yaml:5:10: error: time "13.3" has one-digit minutes [TIME_ONE_DIGIT]');
    expect(run.stderr).toContain('hint: did you mean 13.30?');
  });
  it('reports a file that does not exist as invalid input', async () => {
    const run = await runCli(['validate', 'minutes/nope.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('minutes/nope.yaml: error: อ่านไฟล์ไม่ได้: ไม่มีไฟล์นี้ [READ_FAILED]');
  });
  it('turns warnings into errors with --strict', async () => {
    const file = 'test/fixtures/diagnostics/total-mismatch/input.yaml';
    expect((await runCli(['validate', file])).code).toBe(0);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(': error: คะแนนรวม 93.43');
  });
});

describe('minutes render', () => {
  it('writes out/<name>.docx, the manifest and the index, and nothing else', async () => {
    const out = tmp();
    const run = await runCli(['render', 'minutes/2566-02-ita.yaml', '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.minutes-manifest.json', '2566-02-ita.docx', 'index.md']);
    expect(readFileSync(join(out, '2566-02-ita.docx')).subarray(0, 2).toString()).toBe('PK');
  });
  it('writes nothing for an invalid meeting and keeps an existing output intact', async () => {
    const out = tmp();
    writeFileSync(join(out, 'input.docx'), 'earlier');
    const run = await runCli(['render', 'test/fixtures/diagnostics/date-feb-30/input.yaml', '--out', out]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(out, 'input.docx'), 'utf8')).toBe('earlier');
    expect(readdirSync(out)).toEqual(['input.docx']);
  });
  it('renders the valid files of a folder and reports the bad one', async () => {
    const dir = tmp();
    const out = tmp();
    cpSync('minutes', dir, { recursive: true });
    cpSync('test/fixtures/diagnostics/time-13-3/input.yaml', join(dir, 'broken.yaml'));
    const run = await runCli(['render', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      '.minutes-manifest.json', '2566-02-ita-memo.docx', '2566-02-ita.docx', '2566-03-wg.docx', '2566-04-wg.docx', 'index.md',
    ]);
    expect(run.stderr).toContain('broken.yaml:5:10: error:');
  });
  it('refuses a photo outside the meeting folder', async () => {
    const dir = tmp();
    const text = readFileSync('test/fixtures/minimal.yaml', 'utf8') + 'photos:\n  - file: ../../etc/passwd\n';
    writeFileSync(join(dir, 'm.yaml'), text);
    const run = await runCli(['validate', join(dir, 'm.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[PHOTO_OUTSIDE]');
  });
});

describe('minutes new', () => {
  // Each kind's skeleton, its placeholders and what it renders once filled: test/cli/new-kind.test.ts.
  it('does not overwrite an existing file without --force', async () => {
    const file = join(tmp(), 'new.yaml');
    writeFileSync(file, 'keep');
    expect((await runCli(['new', file])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });
});

describe('the installed command', () => {
  const bin = resolve('bin/minutes.js');
  it('runs from another folder and exits 1 on bad input without a stack trace', () => {
    const result = spawnSync(process.execPath, [bin, 'validate', resolve('test/fixtures/diagnostics/score-not-number/input.yaml')], {
      cwd: tmpdir(), encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[BAD_NUMBER]');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
  it('prints its version', () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('has the dist build it needs', () => {
    expect(existsSync('dist/cli/main.js')).toBe(true);
  });
});

describe('minutes register', () => {
  it('writes the register of a folder as DOCX and PDF', async () => {
    const out = tmp();
    const run = await runCli(['register', 'minutes/', '--format', 'docx,pdf', '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['register.docx', 'register.pdf']);
  });
  it('leaves out a broken meeting, says so and exits 1', async () => {
    const dir = tmp();
    cpSync('minutes', dir, { recursive: true });
    cpSync('test/fixtures/diagnostics/time-13-3/input.yaml', join(dir, 'broken.yaml'));
    const run = await runCli(['register', dir, '--out', tmp()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.yaml:5:10: error:');
    expect(run.stderr).toContain('ทะเบียนไม่รวมงานจาก 1 ไฟล์');
  });
});
