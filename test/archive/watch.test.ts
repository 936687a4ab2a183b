// `minutes watch` as a clerk runs it: it renders, waits, renders the meeting that was edited, and
// stops on Ctrl-C with exit 0.
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, makeArchive } from './archive-fixture.js';

function waitFor(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 25);
  });
}

describe('minutes watch', () => {
  it('re-renders a meeting when its YAML changes, and exits 0 on Ctrl-C', async () => {
    const root = makeArchive(2, { photos: false });
    const child = spawn(process.execPath, [BIN, 'watch', 'minutes', '--out', 'out', '--lang', 'en'], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => stdout.includes('watching for changes'), 'the first render');
      expect(stdout).toContain('wrote out/m-001.docx');
      const docx = join(root, 'out', 'm-002.docx');
      const before = readFileSync(docx);
      const mtime = statSync(docx).mtimeMs;

      const yaml = join(root, 'minutes', 'm-002.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร'));
      await waitFor(() => statSync(docx).mtimeMs !== mtime, 'the new m-002.docx');
      await waitFor(() => stdout.split('watching for changes').length > 2, 'the second round');
      expect(readFileSync(docx).equals(before)).toBe(false);
      const second = stdout.slice(stdout.indexOf('watching for changes'));
      expect(second).toContain('wrote out/m-002.docx');
      expect(second).not.toContain('m-001.docx');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
