// Issue 13, 6: a 100-meeting batch SIGKILLed at random points, as a power cut, the OOM killer or
// Task Manager would stop it, then every meeting edited and rendered again: no output is taken
// for a hand edit (the manifest is journaled as each output lands), every file is whole.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN as BUILT, makeArchive } from './archive-fixture.js';

const BIN = process.env['MINUTES_TEST_BIN'] ?? BUILT;
const ARGS = ['render', 'minutes', '--out', 'out', '--format', 'docx', '--lang', 'en'];

/** A small seeded generator (mulberry32): the kill points differ per seed, and a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts a batch and SIGKILLs it `ms` after its first output appears (or when it ends by itself). */
function killAfter(root: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: root, stdio: 'ignore' });
    const poll = setInterval(() => {
      const out = join(root, 'out');
      if (existsSync(out) && readdirSync(out).some((n) => n.endsWith('.docx'))) {
        clearInterval(poll);
        setTimeout(() => child.kill('SIGKILL'), ms);
      }
    }, 5);
    child.on('exit', () => {
      clearInterval(poll);
      resolve();
    });
  });
}

function expectEveryFileWhole(out: string): void {
  for (const name of readdirSync(out)) {
    if (name.endsWith('.docx')) expect(() => unzipSync(readFileSync(join(out, name))), name).not.toThrow();
  }
  const manifest = join(out, '.minutes-manifest.json');
  if (existsSync(manifest)) expect(() => JSON.parse(readFileSync(manifest, 'utf8')), 'manifest').not.toThrow();
}

describe('a 100-meeting batch killed at random points', () => {
  const seed = Number(process.env['MINUTES_KILL_SEED'] ?? Date.now() % 100000);
  it(`leaves every file whole and no false OUTPUT_EDITED after every meeting is edited (seed ${seed})`, async () => {
    const next = random(seed);
    const root = makeArchive(100, { photos: false });
    for (let k = 0; k < 3; k++) {
      await killAfter(root, Math.floor(next() * 1500));
      expectEveryFileWhole(join(root, 'out'));
    }
    // Every meeting edited: its outputs must change, and each old output is minutes' own.
    for (const name of readdirSync(join(root, 'minutes'))) {
      const path = join(root, 'minutes', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^date: 2023-/m, 'date: 2024-'));
    }
    await killAfter(root, Math.floor(next() * 1000));
    expectEveryFileWhole(join(root, 'out'));
    const last = spawnSync(process.execPath, [BIN, ...ARGS], { cwd: root, encoding: 'utf8' });
    expect(last.stderr).not.toMatch(/OUTPUT_EDITED/);
    expect(last.status).toBe(0);
    expectEveryFileWhole(join(root, 'out'));
    expect(readdirSync(join(root, 'out')).filter((n) => n.endsWith('.docx'))).toHaveLength(100);
    expect(readdirSync(join(root, 'out')).filter((n) => n.includes('minutes-tmp') || n.endsWith('.lock'))).toEqual([]);
    const check = spawnSync(process.execPath, [BIN, ...ARGS, '--check'], { cwd: root, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  }, 120_000);
});
