// A batch stopped midway, as a user or CI would stop it: every file in out/ is whole, and the
// next run cleans up and finishes the job.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN, makeArchive } from './archive-fixture.js';

const ARGS = ['render', 'minutes', '--out', 'out', '--format', 'docx,pdf', '--lang', 'en'];

/** Starts a batch, waits for its first output, then sends `signal`; resolves with the exit. */
function stopMidway(root: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: root, stdio: 'ignore' });
    const poll = setInterval(() => {
      const out = join(root, 'out');
      if (existsSync(out) && readdirSync(out).some((n) => n.endsWith('.docx') || n.endsWith('.pdf'))) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig });
    });
  });
}

function expectEveryOutputWhole(out: string): string[] {
  const names = readdirSync(out).filter((n) => n.endsWith('.docx') || n.endsWith('.pdf'));
  for (const name of names) {
    const bytes = readFileSync(join(out, name));
    if (name.endsWith('.docx')) expect(() => unzipSync(bytes), name).not.toThrow();
    else expect(bytes.subarray(-6).toString('latin1').trimEnd().endsWith('%%EOF'), name).toBe(true);
  }
  return names;
}

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...ARGS, ...args], { cwd: root, encoding: 'utf8' });

describe('a batch stopped midway', () => {
  it('killed (SIGKILL) leaves only whole files, and the next run removes its temporary files and finishes', async () => {
    const root = makeArchive(30);
    const stopped = await stopMidway(root, 'SIGKILL');
    expect(stopped.signal).toBe('SIGKILL');
    const out = join(root, 'out');
    const done = expectEveryOutputWhole(out);
    expect(done.length).toBeLessThan(60);
    // What a kill between write and rename leaves: a temporary file of a process that is gone.
    writeFileSync(join(out, '.m-030.pdf.999999999.minutes-tmp'), '%PDF-1.7 half');

    const next = run(root);
    expect(next.status).toBe(0);
    expect(next.stderr).toMatch(/removed [1-9]\d* temporary file\(s\) left by an interrupted run/);
    expect(readdirSync(out).filter((n) => n.includes('minutes-tmp'))).toEqual([]);
    expect(expectEveryOutputWhole(out)).toHaveLength(60);
    expect(run(root, '--check').status).toBe(0);
  });

  it('interrupted (SIGINT) finishes the meetings in hand, records them and exits 130', async () => {
    const root = makeArchive(30);
    const stopped = await stopMidway(root, 'SIGINT');
    expect(stopped.code).toBe(130);
    const out = join(root, 'out');
    const done = expectEveryOutputWhole(out);
    expect(readdirSync(out).filter((n) => n.includes('minutes-tmp'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, '.minutes-manifest.json'), 'utf8'));
    const recorded = Object.values(manifest.meetings as Record<string, { outputs: object }>).flatMap((m) => Object.keys(m.outputs));
    expect(recorded.sort()).toEqual(done.sort());

    const next = run(root);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain(`unchanged ${done.length / 2}`);
  });
});
