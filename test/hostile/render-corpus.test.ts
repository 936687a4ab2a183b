// `minutes render` over the hostile corpus: nothing written for an invalid file, earlier outputs
// left as they were, and a valid meeting in the same run still rendered.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { cases, prepareCase } from './corpus.js';
import { MINIMAL } from './generated-cases.js';

const tmp = mkdtempSync(join(tmpdir(), 'hostile-render-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('minutes render on hostile and broken input', () => {
  it('writes nothing for any invalid file, keeps earlier outputs and renders the valid one', async () => {
    const out = join(tmp, 'out');
    mkdirSync(out);
    const inputs = cases.map((name) => prepareCase(name, join(tmp, 'in')));
    // An earlier output for every name the corpus uses, which must survive.
    const names = new Set(inputs.map((input) => basename(input, extname(input))));
    for (const name of names) {
      writeFileSync(join(out, `${name}.docx`), `earlier ${name}.docx`);
      writeFileSync(join(out, `${name}.pdf`), `earlier ${name}.pdf`);
    }
    const valid = join(tmp, 'valid.yaml');
    writeFileSync(valid, MINIMAL);

    const run = await runCli(['render', ...inputs, valid, '--out', out, '--format', 'docx,pdf']);

    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)|internal error|ข้อผิดพลาดภายใน/);
    for (const name of names) {
      expect(readFileSync(join(out, `${name}.docx`), 'utf8')).toBe(`earlier ${name}.docx`);
      expect(readFileSync(join(out, `${name}.pdf`), 'utf8')).toBe(`earlier ${name}.pdf`);
    }
    // Only the valid meeting's documents are new (the archive's index and manifest may be written too);
    // no temporary file is left behind.
    const documents = readdirSync(out).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
    expect(documents).toEqual([...[...names].flatMap((n) => [`${n}.docx`, `${n}.pdf`]), 'valid.docx', 'valid.pdf'].sort());
    expect(readdirSync(out).filter((f) => f.endsWith('.minutes-tmp'))).toEqual([]);
    expect(readFileSync(join(out, 'valid.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
