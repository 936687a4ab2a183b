// `minutes watch` as a clerk runs it: it renders, waits, renders the meeting that was edited, and
// stops on Ctrl-C with exit 130. Issue 13, item 15: it kept reacting when --out is the watched
// folder or a folder above it, and when the watched folder is replaced.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const WAITING = 'watching for changes';

/** Starts `minutes watch minutes --out <out>` in `root`, edits m-002.yaml after `before`, checks the second round. */
async function editWhileWatching(root: string, out: string, before: (root: string) => void = () => {}): Promise<{ stdout: string; code: number | null }> {
  const child = spawn(process.execPath, [BIN, 'watch', 'minutes', '--out', out, '--lang', 'en'], { cwd: root });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await waitFor(() => stdout.includes(WAITING), 'the first render');
    const docx = join(root, out, 'm-002.docx');
    const bytes = readFileSync(docx);
    const mtime = statSync(docx).mtimeMs;
    before(root);
    const rounds = stdout.split(WAITING).length;
    const yaml = join(root, 'minutes', 'm-002.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร'));
    await waitFor(() => statSync(docx).mtimeMs !== mtime && stdout.split(WAITING).length > rounds, 'the new m-002.docx');
    expect(readFileSync(docx).equals(bytes)).toBe(false);
  } finally {
    child.kill('SIGINT');
  }
  return { stdout, code: await exited };
}

describe('minutes watch', () => {
  it('re-renders a meeting when its YAML changes, and exits 130 on Ctrl-C', async () => {
    const root = makeArchive(3, { photos: false });
    const { stdout, code } = await editWhileWatching(root, 'out');
    expect(stdout).toContain('wrote out/m-001.docx');
    const second = stdout.slice(stdout.indexOf(WAITING));
    expect(second).toContain('wrote out/m-002.docx');
    expect(second).not.toContain('m-001.docx');
    expect(code).toBe(130);
  });

  it('keeps reacting when --out is the watched folder itself', async () => {
    const root = makeArchive(2, { photos: false });
    const { stdout } = await editWhileWatching(root, 'minutes');
    expect(stdout.slice(stdout.indexOf(WAITING))).toContain('m-002.docx');
    // Its own outputs are no reason to render again: the second round rendered one meeting, once.
    expect(stdout.split(WAITING).length).toBe(3);
  });

  it('keeps reacting when --out is a folder above the watched one', async () => {
    const root = makeArchive(2, { photos: false });
    const { stdout } = await editWhileWatching(root, '.');
    expect(stdout.slice(stdout.indexOf(WAITING))).toContain('m-002.docx');
  });

  it('keeps reacting when the watched folder is replaced by a new one', async () => {
    const root = makeArchive(2, { photos: false });
    await editWhileWatching(root, 'out', (dir) => {
      // What a checkout or a restore does: the folder goes, a new one with the same files comes.
      renameSync(join(dir, 'minutes'), join(dir, 'minutes.old'));
      cpSync(join(dir, 'minutes.old'), join(dir, 'minutes'), { recursive: true });
      rmSync(join(dir, 'minutes.old'), { recursive: true });
    });
  });

  it('renders every save of an editor that replaces the file, a meeting or a photo in a subfolder', async () => {
    // sed -i, vim, most editors' safe save: a new file renamed over the old one. Node 20's recursive
    // watch on Linux lost such a file after its first save (a clerk's later saves rendered nothing).
    const root = makeArchive(2);
    const child = spawn(process.execPath, [BIN, 'watch', 'minutes', '--out', 'out', '--lang', 'en'], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const rounds = () => stdout.split(WAITING).length - 1;
    const replace = (file: string, bytes: Buffer) => {
      const temp = join(dirname(file), `sed${Math.random().toString(36).slice(2, 8)}`);
      writeFileSync(temp, bytes);
      renameSync(temp, file);
    };
    const saved = async (what: string, save: () => void) => {
      const before = rounds();
      const docx = join(root, 'out', 'm-002.docx');
      const bytes = readFileSync(docx);
      save();
      await waitFor(() => rounds() > before && !readFileSync(docx).equals(bytes), `${what} rendered\n${stdout}`);
    };
    try {
      await waitFor(() => stdout.includes(WAITING), 'the first render');
      const yaml = join(root, 'minutes', 'm-002.yaml');
      const rooms = ['ห้องประชุมราชบพิตร', 'ห้อง ๑', 'ห้อง ๒', 'ห้อง ๓', 'ห้อง ๔', 'ห้อง ๕'];
      for (let i = 1; i < rooms.length; i++) {
        await saved(`save ${i}`, () => replace(yaml, Buffer.from(readFileSync(yaml, 'utf8').replace(rooms[i - 1] as string, rooms[i] as string))));
      }
      // The meeting's photo, in minutes/photos/, replaced twice the same way by an image editor.
      const photo = join(root, 'minutes', 'photos', '2566-02-ita-1.jpg');
      const other = readFileSync(join(root, 'minutes', 'photos', '2566-02-ita-2.jpg'));
      const first = readFileSync(photo);
      await saved('the photo', () => replace(photo, other));
      await saved('the photo again', () => replace(photo, first));
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(130);
  }, 120_000);
});
