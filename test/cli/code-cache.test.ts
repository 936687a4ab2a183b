// bin/minutes.js compiles the bundle from V8's code cache beside it, one cache for each kind of
// command (validate and the like; a render to DOCX; one with a PDF, and the worker threads). Before,
// one cache served every command: in an installed copy it was written by the first command run
// (`minutes init`, `validate`), and every render after it compiled the writers from source at each
// start. Runs the built command: `npm run compile` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = join(REPO, 'minutes', '2566-02-ita.yaml');

function reports(root: string, args: string[]): { status: number | null; caches: string[]; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTES_CODE_CACHE: 'report' };
  delete env.NODE_EXTRA_CA_CERTS;
  const result = spawnSync(process.execPath, [join(root, 'bin', 'minutes.js'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, caches: [...result.stderr.matchAll(/minutes: code cache (.*)/g)].map((m) => m[1] as string), stderr: result.stderr };
}

function run(root: string, args: string[]): { status: number | null; cache: string } {
  const { status, caches, stderr } = reports(root, args);
  return { status, cache: caches[0] ?? `none: ${stderr}` };
}

/** The installed files (package.json's "files"), without any code cache: a fresh install. */
function freshCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'minutes-cache-'));
  for (const part of ['bin', 'templates', 'data', 'schema', 'assets', 'package.json', join('dist', 'templates.precompiled.json'), join('dist', 'vendor'), join('dist', 'bundle', 'minutes.cjs')]) {
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  }
  return root;
}

const caches = (root: string) => readdirSync(join(root, 'dist', 'bundle')).filter((n) => n.endsWith('.v8-cache')).sort();

describe.skipIf(!existsSync(join(REPO, 'dist', 'bundle', 'minutes.cjs')))('the code cache', () => {
  it('is one for each kind of command, made by the build, and V8 accepts each', () => {
    const out = mkdtempSync(join(tmpdir(), 'minutes-cache-out-'));
    expect(run(REPO, ['validate', EXAMPLE]).cache).toBe('base: accepted');
    expect(run(REPO, ['render', EXAMPLE, '--out', out]).cache).toBe('docx: accepted');
    expect(run(REPO, ['render', EXAMPLE, '--format', 'docx,pdf', '--out', join(out, 'both')]).cache).toBe('pdf: accepted');
    expect(run(REPO, ['--version']).cache).toBe('base: accepted');
  });

  // V8 accepts a cache only under the flags it was made with, and its flags are the process's:
  // the ones bin/minutes.js sets before loading the bundle are in force when a worker thread of a
  // batch loads it (and when the batch sets its own, after they have loaded).
  it('is accepted by the worker threads of a batch as by the main thread', () => {
    const out = mkdtempSync(join(tmpdir(), 'minutes-cache-out-'));
    const examples = ['2566-02-ita.yaml', '2566-03-wg.yaml', '2566-02-ita-memo.yaml', '2566-04-wg.yaml'].map((n) => join(REPO, 'minutes', n));
    const { status, caches } = reports(REPO, ['render', ...examples, '--format', 'docx,pdf', '--jobs', '3', '--out', out]);
    expect(status).toBe(0);
    expect(caches.sort()).toEqual(['pdf (worker thread): accepted', 'pdf (worker thread): accepted', 'pdf: accepted']);
  });

  it('of a fresh install is written by the first command of each kind, and the next one of that kind reads it', () => {
    const root = freshCopy();
    expect(caches(root)).toEqual([]);
    expect(run(root, ['validate', EXAMPLE])).toEqual({ status: 0, cache: 'base: missing' });
    expect(caches(root)).toEqual(['minutes.cjs.base.v8-cache']);
    const base = statSync(join(root, 'dist', 'bundle', 'minutes.cjs.base.v8-cache')).mtimeMs;
    // A render after a validate has a cache of its own, not validate's.
    expect(run(root, ['render', EXAMPLE, '--out', join(root, 'out')])).toEqual({ status: 0, cache: 'docx: missing' });
    expect(run(root, ['render', EXAMPLE, '--out', join(root, 'out2')])).toEqual({ status: 0, cache: 'docx: accepted' });
    expect(run(root, ['validate', EXAMPLE]).cache).toBe('base: accepted');
    expect(caches(root)).toEqual(['minutes.cjs.base.v8-cache', 'minutes.cjs.docx.v8-cache']);
    // An accepted cache is not written again.
    expect(statSync(join(root, 'dist', 'bundle', 'minutes.cjs.base.v8-cache')).mtimeMs).toBe(base);
  });

  // bin/minutes.js is a CommonJS module that loads the ES modules of dist/ with import() when the
  // bundle is not there; a batch's worker threads then run dist/archive/render-worker.js.
  it('is not needed: without the bundle the command runs the compiled modules', () => {
    const root = freshCopy();
    rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
    for (const part of readdirSync(join(REPO, 'dist'))) {
      if (part !== 'bundle') cpSync(join(REPO, 'dist', part), join(root, 'dist', part), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'junction');
    const examples = ['2566-02-ita.yaml', '2566-03-wg.yaml', '2566-04-wg.yaml'].map((n) => join(REPO, 'minutes', n));
    const out = join(root, 'out');
    const { status, caches, stderr } = reports(root, ['render', ...examples, '--format', 'docx,pdf', '--jobs', '2', '--out', out]);
    expect({ status, caches }, stderr).toEqual({ status: 0, caches: [] });
    expect(readdirSync(out).filter((n) => !n.startsWith('.')).sort()).toEqual(['2566-02-ita.docx', '2566-02-ita.pdf', '2566-03-wg.docx', '2566-03-wg.pdf', '2566-04-wg.docx', '2566-04-wg.pdf', 'index.md']);
  });
});
