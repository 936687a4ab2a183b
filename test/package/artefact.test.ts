// The built command is committed (a git URL install builds nothing: README, "Installing"), so it
// must be what the committed sources build. Run after `npm run compile` (npm test does): the
// freshly built files are compared with the committed ones. While sources have uncommitted changes
// the comparison means nothing and is skipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const git = (...args: string[]) => spawnSync('git', args, { cwd: REPO, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });

/** The files a git URL install runs, as .gitignore lets them be committed. */
function artefacts(): string[] {
  const vendor = join(REPO, 'dist', 'vendor');
  const files = readdirSync(vendor, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)).split('\\').join('/'));
  return ['dist/bundle/minutes.cjs', 'dist/templates.precompiled.json', ...files.sort()];
}

const inGit = git('rev-parse', '--is-inside-work-tree').status === 0;
const sourcesChanged = inGit && git('diff', '--quiet', 'HEAD', '--', 'src', 'templates', 'tools', 'types', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json').status !== 0;

describe.skipIf(!inGit || sourcesChanged)('the committed build', () => {
  it('is what the committed sources build (else: npm run compile, then git add dist)', () => {
    const stale: string[] = [];
    for (const path of artefacts()) {
      const committed = git('show', `HEAD:${path}`);
      if (committed.status !== 0 || !committed.stdout.equals(readFileSync(join(REPO, path)))) stale.push(path);
    }
    expect(stale, 'not committed, or not what npm run compile makes of the committed sources').toEqual([]);
  });

  it('is not ignored by git', () => {
    // check-ignore prints the ignored paths (and exits 1 when there are none).
    const check = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: REPO, input: artefacts().join('\n'), encoding: 'utf8' });
    const ignored = check.stdout.split('\n').filter(Boolean);
    expect(ignored).toEqual([]);
  });
});
