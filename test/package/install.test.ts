// SLOW (~30-60 s, one `npm pack` per run): the package as an office installs it. The tarball of
// this repository goes into an empty folder with no registry (an unreachable one, --offline, an
// empty npm cache), `minutes init` sets the folder up, every sample renders to DOCX and PDF and the
// pre-commit hook passes, then refuses a stale out/. A git URL install of a clone of this
// repository's committed tree works the same way, offline.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'minutes-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm with no way to the registry: nothing may be fetched, and nothing is cached beforehand. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return {
    ...env,
    npm_config_cache: mkdtempSync(join(work, 'cache-')),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    GIT_AUTHOR_NAME: 'Clerk',
    GIT_AUTHOR_EMAIL: 'clerk@example.org',
    GIT_COMMITTER_NAME: 'Clerk',
    GIT_COMMITTER_EMAIL: 'clerk@example.org',
  };
}

function run(command: string, args: string[], cwd: string, env = offlineEnv()): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (result.error !== undefined) throw result.error;
  return result;
}

function ok(command: string, args: string[], cwd: string, env = offlineEnv()): SpawnSyncReturns<string> {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** What npm printed that is a warning or an error (the install must print none). */
const npmWarnings = (text: string) => text.split('\n').filter((line) => /\bnpm (warn|WARN|error|ERR)/.test(line));

let tarball = '';
beforeAll(() => {
  if (!existsSync(join(REPO, 'dist', 'bundle', 'minutes.cjs')) || !existsSync(join(REPO, 'dist', 'vendor'))) {
    throw new Error('npm pack packs the built command: run npm run compile first (npm test does)');
  }
  const packed = ok('npm', ['pack', '--pack-destination', work, '--json'], REPO, process.env);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, (info as { filename: string }).filename);
}, 120_000);

describe('npm install ./minutes-<version>.tgz into an empty folder, offline', () => {
  const archive = join(work, 'archive');

  it('installs without a registry, a warning or a dependency', () => {
    mkdirSync(archive, { recursive: true });
    copyFileSync(tarball, join(archive, basename(tarball)));
    const install = ok('npm', ['install', `./${basename(tarball)}`], archive);
    expect(npmWarnings(install.stdout + install.stderr)).toEqual([]);
    const installed = readdirSync(join(archive, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['minutes']);
    const pkg = JSON.parse(readFileSync(join(archive, 'node_modules', 'minutes', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['dependencies']).toBeUndefined();
    expect(existsSync(join(archive, 'node_modules', '.bin', 'minutes'))).toBe(true);
  });

  it('minutes init sets up the archive, and every sample renders to DOCX and PDF', () => {
    ok('git', ['init', '-q'], archive);
    const init = ok('npx', ['minutes', 'init'], archive);
    expect(init.stdout).toContain('สร้าง minutes.config.yaml');
    for (const path of ['minutes.config.yaml', 'out/README.md', '.gitignore', 'templates/README.md', 'data/README.md',
      '.github/workflows/minutes.yml', '.vscode/settings.json', '.vscode/extensions.json', '.git/hooks/pre-commit']) {
      expect(existsSync(join(archive, path)), path).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(archive, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies['minutes']).toMatch(/minutes-.*\.tgz$/);
    expect(pkg.scripts['render']).toBe('minutes render minutes/ --format docx,pdf');

    const samples = readdirSync(join(archive, 'minutes')).filter((name) => name.endsWith('.yaml'));
    const kinds = samples.map((name) => /^kind: (\S+)/m.exec(readFileSync(join(archive, 'minutes', name), 'utf8'))?.[1]);
    expect(new Set(kinds)).toEqual(new Set(['ita-report', 'minutes', 'memo']));

    ok('npx', ['minutes', 'render', 'minutes/', '--format', 'docx,pdf'], archive);
    const out = readdirSync(join(archive, 'out'));
    for (const sample of samples) {
      const stem = sample.replace(/\.yaml$/, '');
      expect(out).toContain(`${stem}.docx`);
      expect(out).toContain(`${stem}.pdf`);
      expect(readFileSync(join(archive, 'out', `${stem}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('minutes init again changes nothing and says what it skipped', () => {
    const before = ok('git', ['status', '--porcelain', '--untracked-files=all'], archive).stdout;
    const again = ok('npx', ['minutes', 'init', '--lang', 'en'], archive);
    expect(again.stdout).not.toMatch(/^created/m);
    expect(again.stdout).toContain('skipped minutes.config.yaml (exists; not overwritten)');
    expect(again.stdout).toContain('skipped .git/hooks/pre-commit');
    expect(ok('git', ['status', '--porcelain', '--untracked-files=all'], archive).stdout).toBe(before);
  });

  it('the pre-commit hook passes on the rendered archive and refuses a stale out/', () => {
    ok('git', ['add', '-A'], archive);
    ok('git', ['commit', '-q', '-m', 'archive'], archive);
    const memo = join(archive, 'minutes', readdirSync(join(archive, 'minutes')).find((name) => name.includes('memo')) as string);
    writeFileSync(memo, readFileSync(memo, 'utf8').replace(/^subject: .*$/m, 'subject: เรื่องที่แก้แล้ว'));
    ok('git', ['add', '-A'], archive);
    const stale = run('git', ['commit', '-q', '-m', 'edited'], archive);
    expect(stale.status).not.toBe(0);
    expect(stale.stderr).toContain('out/ ไม่ตรงกับ minutes/');
  });
});

describe('npm install git+file://<clone>, offline', () => {
  it('installs the committed command, which runs without building', () => {
    const clone = join(work, 'clone');
    ok('git', ['clone', '-q', REPO, clone], work, process.env);
    const head = ok('git', ['rev-parse', 'HEAD'], REPO, process.env).stdout.trim();
    ok('git', ['checkout', '-q', head], clone, process.env);
    // On a branch the built command is not committed yet (the lead commits dist/ on main, and
    // artefact.test.ts checks it is current): the clone is given this tree's build in a commit of its own.
    if (!existsSync(join(clone, 'dist', 'bundle', 'minutes.cjs'))) {
      cpSync(join(REPO, 'dist'), join(clone, 'dist'), { recursive: true });
      ok('git', ['add', 'dist'], clone);
      ok('git', ['commit', '-q', '--no-verify', '-m', 'the built command'], clone);
    }
    const app = join(work, 'git-archive');
    mkdirSync(app, { recursive: true });
    const install = ok('npm', ['install', `git+${pathToFileURL(clone).href}`], app);
    expect(npmWarnings(install.stdout + install.stderr)).toEqual([]);
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['minutes']);
    ok('npx', ['minutes', 'init'], app);
    const render = ok('npx', ['minutes', 'render', 'minutes/', '--format', 'pdf'], app);
    expect(render.stdout).toContain('สร้างใหม่ 3');
  });
});
