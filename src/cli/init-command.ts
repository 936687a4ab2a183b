// `minutes init [dir]`: makes a folder an archive repository ready to use (README, "An archive
// repository"). Idempotent: it writes only what is missing, never overwrites a file, adds only
// missing keys or lines to package.json and .gitignore, and reports what it made and skipped.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError, type Say } from './io.js';
import * as files from './init-files.js';

/**
 * One shipped example of each kind, copied as samples (the examples are validated and rendered by
 * the tool's own tests, so the samples stay valid as the format changes). The sample- prefix marks
 * them in minutes/ and out/; a reference from one to another is renamed with it.
 */
const SAMPLES = ['2566-02-ita.yaml', '2566-03-wg.yaml', '2566-02-ita-memo.yaml'];
const SAMPLE_PHOTOS = ['2566-02-ita-1.jpg', '2566-02-ita-2.jpg'];
const sampleName = (name: string) => `sample-${name}`;

interface Report {
  made: string[];
  /** Existing files given what they lacked: [path, what was added]. */
  extended: Array<[string, string]>;
  skipped: string[];
  notes: string[];
}

export function initCommand(ctx: CommandContext): number {
  const { paths, say, io } = ctx;
  if (paths.length > 1) throw new UsageError(say('minutes init รับโฟลเดอร์ได้โฟลเดอร์เดียว', 'minutes init takes one folder'));
  const root = resolve(paths[0] ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(say(`${paths[0]} ไม่ใช่โฟลเดอร์`, `${paths[0]} is not a folder`));
  mkdirSync(root, { recursive: true });
  const report: Report = { made: [], extended: [], skipped: [], notes: [] };
  const write = (path: string, text: string | Buffer, mode?: number) => writeNew(root, path, text, report, mode);

  packageJson(root, report, say);
  samples(root, report, say);
  write('out/README.md', files.OUT_README);
  gitignore(root, report);
  write('.gitattributes', files.GITATTRIBUTES);
  write('minutes.config.yaml', files.CONFIG);
  write('templates/README.md', files.TEMPLATES_README);
  write('data/README.md', files.DATA_README);
  write('.github/workflows/minutes.yml', files.WORKFLOW);
  vscodeSettings(root, report, say);
  write('.vscode/extensions.json', files.VSCODE_EXTENSIONS);
  hook(root, report, say);

  const shown = (path: string) => (isAbsolute(path) ? path : path.split('\\').join('/'));
  for (const path of report.made) io.out(say(`สร้าง ${shown(path)}`, `created ${shown(path)}`));
  for (const [path, added] of report.extended) io.out(say(`เพิ่ม ${added} ใน ${path}`, `added ${added} to ${path}`));
  for (const path of report.skipped) io.out(say(`ข้าม ${shown(path)} (มีอยู่แล้ว ไม่เขียนทับ)`, `skipped ${shown(path)} (exists; not overwritten)`));
  for (const note of report.notes) io.out(note);
  io.out(
    say(
      `เสร็จแล้ว: สั่ง npx minutes render minutes/ --format docx,pdf แล้ว commit ทั้ง minutes/ และ out/`,
      'done: run npx minutes render minutes/ --format docx,pdf, then commit minutes/ and out/ together',
    ),
  );
  return EXIT.ok;
}

/** Writes `path` (relative to root) unless something is there already. */
function writeNew(root: string, path: string, text: string | Buffer, report: Report, mode?: number): void {
  const target = join(root, path);
  if (existsSync(target)) {
    report.skipped.push(path);
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
  report.made.push(path);
}

/** package.json: made when missing; otherwise only the scripts it lacks are added. */
function packageJson(root: string, report: Report, say: Say): void {
  const path = join(root, 'package.json');
  let existing: Record<string, unknown> | null = null;
  if (existsSync(path)) {
    try {
      existing = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch {
      report.skipped.push('package.json');
      report.notes.push(say('package.json ไม่ใช่ JSON ที่ถูกต้อง จึงไม่ได้แก้ไข', 'package.json is not valid JSON, so it was left as it is'));
      return;
    }
  }
  const pkg: Record<string, unknown> = existing ?? { name: packageName(root), private: true };
  const scripts = { ...((pkg['scripts'] as Record<string, string> | undefined) ?? {}) };
  const added = Object.keys(files.ARCHIVE_SCRIPTS).filter((name) => scripts[name] === undefined);
  for (const name of added) scripts[name] = files.ARCHIVE_SCRIPTS[name] as string;
  const dependencies = (pkg['dependencies'] as Record<string, string> | undefined) ?? {};
  if (existing !== null && added.length === 0) report.skipped.push('package.json');
  else {
    writeFileSync(path, `${JSON.stringify({ ...pkg, scripts }, null, 2)}\n`);
    if (existing === null) report.made.push('package.json');
    else report.extended.push(['package.json', `scripts ${added.join(', ')}`]);
  }
  if (dependencies['minutes'] === undefined) {
    // The package is not on the public registry under this name: the office installs its own copy.
    report.notes.push(
      say(
        'package.json ยังไม่มี minutes เป็น dependency: สั่ง npm install ./minutes-<รุ่น>.tgz (ไฟล์ที่ได้รับ เก็บไว้ใน repository ด้วย) หรือ npm install git+<ที่อยู่ของ repository minutes>',
        'package.json has no minutes dependency yet: run npm install ./minutes-<version>.tgz (keep the file in the repository) or npm install git+<URL of the minutes repository>',
      ),
    );
  }
}

/** .vscode/settings.json: made when missing; an existing one is left alone, with what to add when it names no schema. */
function vscodeSettings(root: string, report: Report, say: Say): void {
  const path = join(root, '.vscode', 'settings.json');
  const had = existsSync(path);
  writeNew(root, '.vscode/settings.json', files.vscodeSettings(), report);
  if (had && !readFileSync(path, 'utf8').includes('yaml.schemas')) {
    const snippet = JSON.stringify({ 'yaml.schemas': (JSON.parse(files.vscodeSettings()) as Record<string, unknown>)['yaml.schemas'] }, null, 2);
    report.notes.push(say(`เพิ่มใน .vscode/settings.json เพื่อให้ VS Code ช่วยกรอกและตรวจไฟล์การประชุม:\n${snippet}`, `add to .vscode/settings.json, so VS Code completes and checks the meeting files:\n${snippet}`));
  }
}

/** An npm package name from the folder's name (lowercase, URL-safe), "archive" when none is left. */
function packageName(root: string): string {
  const name = basename(root).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|-+$/g, '');
  return name === '' ? 'minutes-archive' : name;
}

/** minutes/ with one sample of each kind, only when it holds no meeting yet. */
function samples(root: string, report: Report, say: Say): void {
  const folder = join(root, 'minutes');
  const meetings = existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)) : [];
  if (meetings.length > 0) {
    report.skipped.push('minutes/');
    report.notes.push(say('minutes/ มีไฟล์การประชุมอยู่แล้ว: ไม่เพิ่มไฟล์ตัวอย่าง', 'minutes/ already holds meetings: no samples added'));
    return;
  }
  const examples = join(PACKAGE_ROOT, 'minutes');
  const schema = relative(folder, join(PACKAGE_ROOT, 'schema', 'meeting.schema.json'));
  const shippedSchema = join(root, 'node_modules', 'minutes', 'schema', 'meeting.schema.json');
  // The schema line points into node_modules/minutes (where an archive has it), else at this installation's.
  const schemaLine = `# yaml-language-server: $schema=${(existsSync(shippedSchema) ? '../node_modules/minutes/schema/meeting.schema.json' : schema).split('\\').join('/')}`;
  for (const name of SAMPLES) {
    let text = readFileSync(join(examples, name), 'utf8');
    for (const other of SAMPLES) text = text.replace(new RegExp(`(?<=[\\s/])${other.replaceAll('.', '\\.')}`, 'g'), sampleName(other));
    for (const photo of SAMPLE_PHOTOS) text = text.replaceAll(`photos/${photo}`, `photos/${sampleName(photo)}`);
    const lines = text.split('\n');
    if (lines[0]?.startsWith('# yaml-language-server:')) lines.shift();
    writeNew(root, `minutes/${sampleName(name)}`, [schemaLine, files.SAMPLE_NOTE, ...lines].join('\n'), report);
  }
  for (const photo of SAMPLE_PHOTOS) writeNew(root, `minutes/photos/${sampleName(photo)}`, readFileSync(join(examples, 'photos', photo)), report);
}

/** .gitignore: made, or given the lines it lacks. */
function gitignore(root: string, report: Report): void {
  const path = join(root, '.gitignore');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const have = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = files.GITIGNORE_LINES.filter((line) => !have.has(line));
  if (missing.length === 0) {
    report.skipped.push('.gitignore');
    return;
  }
  const head = text === '' ? '' : text.endsWith('\n') ? text : `${text}\n`;
  writeFileSync(path, `${head}# minutes (out/ is committed)\n${missing.join('\n')}\n`);
  if (text === '') report.made.push('.gitignore');
  else report.extended.push(['.gitignore', missing.join(' ')]);
}

/** The pre-commit hook, where git keeps this repository's hooks; in a folder not yet in git, how to add it. */
function hook(root: string, report: Report, say: Say): void {
  const git = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-path', 'hooks/pre-commit'], { cwd: root, encoding: 'utf8' });
  const hookPath = git.status === 0 ? git.stdout.trim() : '';
  if (hookPath === '' || !existsSync(join(root, '.git'))) {
    report.notes.push(
      say(
        'ยังไม่ใช่ git repository จึงยังไม่ได้ติดตั้ง pre-commit hook: สั่ง git init แล้ว npx minutes init อีกครั้ง',
        'not a git repository, so no pre-commit hook yet: run git init, then npx minutes init again',
      ),
    );
    return;
  }
  const shown = relative(root, hookPath);
  const before = report.made.length;
  writeNew(root, shown, files.PRE_COMMIT, report, 0o755);
  if (report.made.length > before) chmodSync(hookPath, 0o755);
}
