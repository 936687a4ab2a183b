// The files minutes.config.yaml names are inputs of every document: the emblem, the PDF fonts and
// the office's word list (issue 12). A render after one of them changed renders again, --check
// says the outputs are stale, and `minutes watch` reacts to a save of them. Before: the word list
// was missing from the inputs' hash, so an edited list left every document as it was, "up to date".
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, makeArchive } from './archive-fixture.js';

const run = (root: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--lang', 'en'], { cwd: root, encoding: 'utf8' });

function archiveWithWords(): string {
  const root = makeArchive(1, { photos: false });
  writeFileSync(join(root, 'minutes.config.yaml'), 'words: words.txt\n');
  writeFileSync(join(root, 'words.txt'), 'ยุติธรรมชุมชน\n');
  return root;
}

describe('the office word list as an input', () => {
  it('calls the output folder stale once the list changed, until a render records it', () => {
    const root = archiveWithWords();
    expect(run(root, ['render', 'minutes']).status).toBe(0);
    expect(run(root, ['render', 'minutes', '--check']).status).toBe(0);
    writeFileSync(join(root, 'words.txt'), 'ยุติธรรมชุมชน\nกองการเจ้าหน้าที่\n');
    // Before: "out is up to date", exit 0, though the documents were made with another list.
    const check = run(root, ['render', 'minutes', '--check']);
    expect(check.status, check.stdout + check.stderr).toBe(1);
    expect(run(root, ['render', 'minutes']).status).toBe(0);
    expect(run(root, ['render', 'minutes', '--check']).status).toBe(0);
  });

  it('is watched: a save of the list renders the meetings again', async () => {
    const root = archiveWithWords();
    const child = spawn(process.execPath, [BIN, 'watch', 'minutes', '--lang', 'en'], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (check: () => boolean, what: string) => {
      const started = Date.now();
      while (!check()) {
        if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${what}:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    try {
      await waitFor(() => stdout.includes('watching for changes'), 'the first render');
      const rounds = stdout.split('watching for changes').length;
      writeFileSync(join(root, 'words.txt'), `${readFileSync(join(root, 'words.txt'), 'utf8')}กองการเจ้าหน้าที่\n`);
      // Before: the list was not watched, and no round came.
      await waitFor(() => stdout.split('watching for changes').length > rounds, 'a round after the save');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(130);
  }, 60_000);
});
