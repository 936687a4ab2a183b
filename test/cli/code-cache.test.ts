// bin/minutes.js compiles the bundle from V8's code cache beside it, one cache for each kind of
// command (validate and the like; a render to DOCX; one with a PDF, and the worker threads). Before,
// one cache served every command: in an installed copy it was written by the first command run
// (`minutes init`, `validate`), and every render after it compiled the writers from source at each
// start. Runs the built command: `npm run compile` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = join(REPO, 'minutes', '2566-02-ita.yaml');

function run(root: string, args: string[]): { status: number | null; cache: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTES_CODE_CACHE: 'report' };
  delete env.NODE_EXTRA_CA_CERTS;
  const result = spawnSync(process.execPath, [join(root, 'bin', 'minutes.js'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, cache: /minutes: code cache (.*)/.exec(result.stderr)?.[1] ?? `none: ${result.stderr}` };
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
});
