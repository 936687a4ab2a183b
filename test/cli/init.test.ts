// `minutes init [dir]`: what it writes, that it never overwrites, and that running it again
// changes nothing. (test/package/install.test.ts runs it from the installed tarball, with git.)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, PRE_COMMIT } from '../../src/cli/init-files.js';
import { officeConfigSchema } from '../../src/schema/office-config.js';
import { KINDS } from '../../src/kinds/index.js';
import { runCli } from '../support/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'minutes-init-'));

/** Every file under dir, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'latin1')]));
}

describe('minutes init', () => {
  it('writes a configuration that names every setting an office has, each explained', () => {
    // A setting missing here is one a clerk never learns of (words: and moneyWords were).
    for (const key of Object.keys(officeConfigSchema.shape)) {
      expect(CONFIG, key).toMatch(new RegExp(`^#? ?${key}:.*#`, 'm'));
    }
  });

  it('sets up an empty folder, with a valid sample of every kind', async () => {
    const dir = join(tmp(), 'สำนักงาน archive');
    const run = await runCli(['init', dir]);
    expect(run.code).toBe(0);
    for (const path of ['package.json', 'minutes.config.yaml', 'out/README.md', '.gitignore', '.gitattributes', 'templates/README.md',
      'data/README.md', '.github/workflows/minutes.yml', '.vscode/settings.json', '.vscode/extensions.json']) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    expect(run.stdout).toContain('git init'); // not a git repository: how to get the hook
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private: boolean; scripts: Record<string, string> };
    expect(pkg.name).toBe('archive');
    expect(pkg.scripts['check']).toContain('--check');
    const samples = readdirSync(join(dir, 'minutes')).filter((name) => name.endsWith('.yaml'));
    expect(samples.every((name) => name.startsWith('sample-'))).toBe(true);
    const kinds = samples.map((name) => /^kind: (\S+)/m.exec(readFileSync(join(dir, 'minutes', name), 'utf8'))?.[1]);
    expect(new Set(kinds)).toEqual(new Set(KINDS));
    for (const name of samples) expect(readFileSync(join(dir, 'minutes', name), 'utf8')).toMatch(/^# yaml-language-server: .*\n# ตัวอย่าง/);
    const validate = await runCli(['validate', join(dir, 'minutes'), '--config', join(dir, 'minutes.config.yaml')]);
    expect(validate.stderr).not.toMatch(/: error:/);
    expect(validate.code).toBe(0);
    // The one warning: the sample memo has no office to name until the clerk fills office: in.
    expect([...validate.stderr.matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1])).toEqual(['OFFICE_NOT_CONFIGURED']);
    expect(validate.stderr).toMatch(/sample-[^:]*memo[^:]*\.yaml: warning: .*office\.name/);
  });

  it('changes nothing when run again, and says what it skipped', async () => {
    const dir = tmp();
    await runCli(['init', dir]);
    const before = snapshot(dir);
    const again = await runCli(['init', dir, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/^created/m);
    expect(again.stdout).toContain('skipped minutes.config.yaml (exists; not overwritten)');
    expect(again.stdout).toContain('minutes/ already holds meetings: no samples added');
    expect(snapshot(dir)).toEqual(before);
  });

  it('never overwrites a file; adds only missing scripts and .gitignore lines', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'minutes.config.yaml'), 'digits: arabic\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n*.log');
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'office', dependencies: { minutes: 'file:minutes-0.2.0.tgz' }, scripts: { render: 'minutes render minutes/' } }, null, 2)}\n`);
    mkdirSync(join(dir, 'minutes'));
    writeFileSync(join(dir, 'minutes', '2567-01.yaml'), 'kind: memo\n');
    const run = await runCli(['init', dir]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'minutes.config.yaml'), 'utf8')).toBe('digits: arabic\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n*.log\n# minutes (out/ is committed)\n*.minutes-tmp\n.minutes-cache/\n');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.name).toBe('office');
    expect(pkg.dependencies).toEqual({ minutes: 'file:minutes-0.2.0.tgz' });
    expect(pkg.scripts['render']).toBe('minutes render minutes/');
    expect(pkg.scripts['validate']).toBe('minutes validate minutes/');
    expect(readdirSync(join(dir, 'minutes'))).toEqual(['2567-01.yaml']);
    expect(run.stdout).toContain('ข้าม minutes.config.yaml');
  });

  it('leaves a broken package.json and an existing .vscode/settings.json alone, saying what to add', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'package.json'), '{ "name": ');
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ "editor.fontSize": 14 }\n');
    const run = await runCli(['init', dir, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": ');
    expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.fontSize": 14 }\n');
    expect(run.stdout).toContain('package.json is not valid JSON');
    expect(run.stdout).toContain('"./node_modules/minutes/schema/meeting.schema.json"');
  });

  it('refuses a file as its folder', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x'), '');
    expect((await runCli(['init', join(dir, 'x')])).code).toBe(2);
  });
});

describe('the pre-commit hook init installs', () => {
  const hookIn = (dir: string) => {
    writeFileSync(join(dir, 'pre-commit'), PRE_COMMIT);
    return spawnSync('sh', ['pre-commit'], { cwd: dir, encoding: 'utf8' });
  };
  /** A stand-in command that records its arguments and exits with `code`. */
  const standIn = (path: string, code: number) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `#!/usr/bin/env node\nrequire('fs').appendFileSync('calls.txt', process.argv.slice(2).join(' ') + '\\n');\nprocess.exit(${code});\n`);
    chmodSync(path, 0o755);
  };

  it('runs node_modules/.bin/minutes in an archive', () => {
    const dir = tmp();
    standIn(join(dir, 'node_modules', '.bin', 'minutes'), 0);
    expect(hookIn(dir).status).toBe(0);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8')).toBe('validate minutes/\nrender minutes/ --format docx,pdf --check\n');
  });

  it('runs bin/minutes.js in a clone of minutes itself, where npm links no bin', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
    standIn(join(dir, 'bin', 'minutes.js'), 0);
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'bundle', 'minutes.cjs'), '');
    expect(hookIn(dir).status).toBe(0);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8')).toContain('--check');
  });

  it('stops the commit with a Thai message when out/ is stale or minutes is not installed', () => {
    const stale = tmp();
    standIn(join(stale, 'node_modules', '.bin', 'minutes'), 1);
    const refused = hookIn(stale);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('out/ ไม่ตรงกับ minutes/');
    const bare = hookIn(tmp());
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('npm install');
  });
});
