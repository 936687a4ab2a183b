// A bug that shows inside a render thread of a batch (issue 13, 13): the command says "internal
// error" with the bug's message, in the user's language, and prints the worker's stack trace
// only with MINUTES_DEBUG=1, as it does for the main thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { makeArchive, REPO } from './archive-fixture.js';

const globals = globalThis as { minutesWorkerEntry?: string };
const saved = { entry: globals.minutesWorkerEntry, cwd: process.cwd(), debug: process.env['MINUTES_DEBUG'] };
afterEach(() => {
  globals.minutesWorkerEntry = saved.entry;
  process.chdir(saved.cwd);
  if (saved.debug === undefined) delete process.env['MINUTES_DEBUG'];
  else process.env['MINUTES_DEBUG'] = saved.debug;
});

/**
 * The real render thread (dist/archive/render-worker.js), in which the Thai line breaker is broken
 * first: every PDF it lays out meets the bug, the main thread's renders do not.
 */
function brokenWorker(dir: string): string {
  const entry = join(dir, 'broken-worker.mjs');
  writeFileSync(entry, [
    'Intl.Segmenter.prototype.segment = function brokenInsideTheWorker() {',
    "  throw new Error('segmenter broken in the worker');",
    '};',
    `await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist', 'archive', 'render-worker.js')).href)});`,
    '',
  ].join('\n'));
  return entry;
}

async function renderWithBrokenWorker(lang: string) {
  const root = makeArchive(6, { photos: false });
  globals.minutesWorkerEntry = brokenWorker(root);
  process.chdir(root);
  return runCli(['render', 'minutes', '--jobs', '2', '--format', 'pdf', '--lang', lang]);
}

describe('an error inside a render thread', () => {
  it('is an internal error with its message alone, in Thai by default', async () => {
    const r = await renderWithBrokenWorker('th');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('minutes: ข้อผิดพลาดภายในโปรแกรม: segmenter broken in the worker');
    expect(r.stderr).toContain('ตั้ง MINUTES_DEBUG=1 เพื่อดูรายละเอียด');
    // Before: the worker's trace was printed whole.
    expect(r.stderr).not.toMatch(/brokenInsideTheWorker|\n\s+at |render-worker/);
  });

  it('shows the worker\'s own trace with MINUTES_DEBUG=1', async () => {
    process.env['MINUTES_DEBUG'] = '1';
    const r = await renderWithBrokenWorker('en');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('minutes: internal error: segmenter broken in the worker');
    expect(r.stderr).toMatch(/at Segmenter\.brokenInsideTheWorker \(.*broken-worker\.mjs/);
  });
});
