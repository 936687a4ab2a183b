// Issue 14 (Windows): a DOCX open in Word cannot be replaced (EBUSY or EPERM on rename). Simulated
// here: that meeting fails with a Thai error naming the file ("ปิดไฟล์ใน Word ก่อน"), never an
// internal error, the other meetings render, and once Word lets go the next run writes it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderArchive, type ArchiveOptions } from '../../src/archive/render-archive.js';
import { messageOf } from '../../src/i18n/messages.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { findProject } from '../../src/pipeline/project.js';
import { fsOps } from '../../src/pipeline/write-atomic.js';
import { runCli } from '../support/run-cli.js';

const realRename = fsOps.rename;
const cwd = process.cwd();
afterEach(() => {
  fsOps.rename = realRename;
  process.chdir(cwd);
});

function setup(): { root: string; options: ArchiveOptions; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'minutes-locked-'));
  mkdirSync(join(root, 'minutes'));
  const wg = readFileSync(join('minutes', '2566-04-wg.yaml'), 'utf8');
  const files = ['a', 'b', 'c'].map((n, i) => {
    const file = join(root, 'minutes', `${n}.yaml`);
    writeFileSync(file, wg.replace(/^date: .*$/m, `date: 2023-09-2${i}`));
    return file;
  });
  const options: ArchiveOptions = {
    lang: 'th', strict: false, project: findProject(), office: null, outDir: join(root, 'out'),
    formats: ['docx'], pdfEngine: 'builtin', check: false, force: false, jobs: 1,
  };
  return { root, options, files };
}

describe('a DOCX open in Word (simulated lock)', () => {
  for (const code of ['EBUSY', 'EPERM']) {
    it(`fails that meeting alone with OUTPUT_LOCKED on ${code}, and the next run writes it`, async () => {
      const { options, files } = setup();
      fsOps.rename = (from, to) => {
        if (String(to).endsWith('b.docx')) throw Object.assign(new Error(code), { code });
        realRename(from, to);
      };
      const result = await renderArchive(files, options);
      expect(result.outcomes.map((o) => o.status)).toEqual(['rendered', 'failed', 'rendered']);
      const locked = result.outcomes[1]?.diagnostics.find((d) => d.severity === 'error');
      expect(locked?.code).toBe('OUTPUT_LOCKED');
      expect(locked?.file).toBe(join(options.outDir, 'b.docx'));
      expect(messageOf(locked as Diagnostic, 'th').hint).toContain('ปิดไฟล์ใน Word ก่อน');
      fsOps.rename = realRename;
      const next = await renderArchive(files, options);
      expect(next.outcomes.map((o) => o.status)).toEqual(['unchanged', 'rendered', 'unchanged']);
      expect(next.outcomes.flatMap((o) => o.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    }, 60_000);
  }

  it('says so through the command, in Thai, naming the file: exit 1 (not 3), the others written', async () => {
    const { root } = setup();
    process.chdir(root);
    fsOps.rename = (from, to) => {
      if (String(to).endsWith('b.docx')) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      realRename(from, to);
    };
    const r = await runCli(['render', 'minutes', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^out\/b\.docx: error: เขียนทับไฟล์นี้ไม่ได้ เพราะเปิดอยู่ในโปรแกรมอื่น \(ไม่ได้เขียนเอกสารของ minutes\/b\.yaml\) \[OUTPUT_LOCKED\]$/m);
    expect(r.stderr).toContain('ปิดไฟล์ใน Word ก่อน');
    expect(r.stderr).not.toMatch(/ภายในโปรแกรม|internal error/);
    expect(r.stdout).toContain('เขียน out/a.docx');
    expect(r.stdout).toContain('เขียน out/c.docx');
  }, 60_000);

  it('reports a read-only or full output folder as OUTPUT_WRITE_FAILED with its reason, never an internal error', async () => {
    const { options, files } = setup();
    // Simulated: the tests run as root in CI, where a read-only folder is still writable.
    fsOps.rename = () => {
      throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
    };
    const result = await renderArchive(files, { ...options, lang: 'en' });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed']);
    const failure = result.outcomes[0]?.diagnostics.find((d) => d.severity === 'error') as Diagnostic;
    expect(failure.code).toBe('OUTPUT_WRITE_FAILED');
    expect(messageOf(failure, 'th').message).toContain('ระบบไฟล์อ่านได้อย่างเดียว');
    expect(messageOf(failure, 'en').message).toContain('read-only file system');
  }, 60_000);
});
