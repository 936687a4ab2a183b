// A render thread that stops (out of memory, killed) must not hang the batch: its meetings, and
// those still to come, render in this thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedPool } from '../../src/archive/renderers.js';
import { findProject } from '../../src/index.js';

const globals = globalThis as { minutesWorkerEntry?: string };
const saved = globals.minutesWorkerEntry;
afterEach(() => {
  globals.minutesWorkerEntry = saved;
});

describe('a batch whose render thread stops', () => {
  it('renders the meetings in this thread instead of waiting for ever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-worker-stop-'));
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, 'process.exit(7);\n');
    globals.minutesWorkerEntry = dying;
    const pool = sharedPool({ lang: 'th', strict: false, project: findProject(), office: null, outDir: join(dir, 'out'), formats: ['docx'], pdfEngine: 'builtin' }, 1);
    try {
      // Sent before the thread has stopped: rendered again here when it stops.
      expect((await pool.render('minutes/2566-03-wg.yaml')).ok).toBe(true);
      // After it stopped, meetings render here.
      const results = await Promise.all([pool.render('minutes/2566-03-wg.yaml'), pool.render('minutes/2566-04-wg.yaml')]);
      expect(results.map((r) => [r.ok, r.made.map((m) => m.format)])).toEqual([[true, ['docx']], [true, ['docx']]]);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
