// The bench's peers: the same 2/2566 report made by the tools a user would pick instead, each
// run paired with minutes run by run (A, B, A, B, …) so both see the same machine, with wall and
// CPU time (user + sys, from /usr/bin/time when there is one). A peer that is not installed is
// skipped with a line saying so.
// - pandoc (Debian): bench/peer/2566-02-ita.md → DOCX, against `minutes render --format docx`;
// - Typst (npm @myriaddreamin/typst-ts-node-compiler, not a dependency: `npm install --no-save
//   @myriaddreamin/typst-ts-node-compiler@0.7.0` to include it): bench/peer/2566-02-ita.typ → PDF,
//   against `--format pdf`;
// - LibreOffice: `soffice --headless --convert-to pdf` of minutes' own DOCX (a profile made once
//   beforehand, as a user's is), against `--format docx,pdf`.
// The peers' files have the report's text, tables and photos; neither has the six charts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/** Node loads NODE_EXTRA_CA_CERTS at every start (~80 ms, measured); minutes never uses TLS, so the runs go without it. */
export const childEnv = { ...process.env };
delete childEnv.NODE_EXTRA_CA_CERTS;

/** One run of `command args`: wall ms and CPU ms (user + sys; NaN without /usr/bin/time). */
export function once(command, args, cwd) {
  const full = hasTime ? [TIME, ['-f', 'minutes-bench-cpu %U %S', command, ...args]] : [command, args];
  const started = performance.now();
  const result = spawnSync(full[0], full[1], { cwd, env: childEnv, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}\n${(result.stderr ?? '').slice(-1500)}`);
  const cpu = /minutes-bench-cpu ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return { wall, cpu: cpu === null ? Number.NaN : (Number(cpu[1]) + Number(cpu[2])) * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each entry's `run()` in turn, `runs` rounds; their medians. */
export function paired(entries, runs) {
  const samples = entries.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++) {
    entries.forEach((entry, k) => {
      entry.before?.();
      const { wall, cpu } = entry.run();
      samples[k].wall.push(wall);
      samples[k].cpu.push(cpu);
    });
  }
  return entries.map((entry, k) => ({ name: entry.name, wall: median(samples[k].wall), cpu: median(samples[k].cpu), runs }));
}

export function has(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function typstModule() {
  try {
    return createRequire(join(ROOT, 'package.json')).resolve('@myriaddreamin/typst-ts-node-compiler');
  } catch {
    return null;
  }
}

/** The commands to pair: each group is minutes beside one peer, or minutes alone with why. */
export function peerGroups(work) {
  const bin = join(ROOT, 'bin', 'minutes.js');
  const example = join(ROOT, 'minutes', '2566-02-ita.yaml');
  const out = join(work, 'peer-out');
  const minutes = (formats) => ({
    name: `minutes render ${formats}`,
    before: () => rmSync(out, { recursive: true, force: true }),
    run: () => once(process.execPath, [bin, 'render', example, '--format', formats, '--out', out], ROOT),
  });
  const groups = [];

  groups.push({ minutes: minutes('docx'), peer: has('pandoc') ? {
    name: 'pandoc md → docx',
    run: () => once('pandoc', ['2566-02-ita.md', '-o', join(work, 'pandoc.docx')], join(ROOT, 'bench', 'peer')),
  } : null, missing: 'pandoc not installed' });

  const typst = typstModule();
  const fonts = ['400Regular', '700Bold'].map((w) => createRequire(join(ROOT, 'package.json')).resolve(`@expo-google-fonts/sarabun/${w}/Sarabun_${w}.ttf`));
  const script = join(work, 'typst.cjs');
  writeFileSync(script, [
    `const { NodeCompiler } = require(${JSON.stringify(typst)});`,
    "const { readFileSync, writeFileSync } = require('node:fs');",
    `const compiler = NodeCompiler.create({ workspace: ${JSON.stringify(ROOT)}, fontArgs: [{ fontBlobs: ${JSON.stringify(fonts)}.map((f) => readFileSync(f)) }] });`,
    `writeFileSync(${JSON.stringify(join(work, 'typst.pdf'))}, compiler.pdf({ mainFilePath: ${JSON.stringify(join(ROOT, 'bench', 'peer', '2566-02-ita.typ'))} }));`,
  ].join('\n'));
  groups.push({ minutes: minutes('pdf'), peer: typst === null ? null : {
    name: 'Typst (typst-ts-node-compiler) → pdf',
    run: () => once(process.execPath, [script], ROOT),
  }, missing: 'Typst not installed (npm install --no-save @myriaddreamin/typst-ts-node-compiler@0.7.0)' });

  let loPeer = null;
  if (has('soffice')) {
    const profile = mkdtempSync(join(tmpdir(), 'minutes-bench-lo-profile-'));
    const docx = join(work, 'lo-in', '2566-02-ita.docx');
    once(process.execPath, [bin, 'render', example, '--format', 'docx', '--out', join(work, 'lo-in')], ROOT);
    const convert = () => once('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(work, 'lo-out'), docx], ROOT);
    convert(); // the profile, made once
    loPeer = { name: 'LibreOffice docx → pdf', run: convert };
  }
  groups.push({ minutes: minutes('docx,pdf'), peer: loPeer, missing: 'LibreOffice not installed' });
  return groups;
}

/**
 * `minutes watch` on a copy of the example: the time from a save of the YAML to the line saying
 * its DOCX and PDF are written, for each of `saves` saves, in one watch process.
 */
export async function watchLatency(work, saves) {
  const dir = join(work, 'watch');
  rmSync(dir, { recursive: true, force: true });
  const meetings = join(dir, 'minutes');
  cpSync(join(ROOT, 'minutes'), meetings, { recursive: true });
  const yaml = join(meetings, '2566-02-ita.yaml');
  const text = readFileSync(yaml, 'utf8');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'watch', yaml, '--format', 'docx,pdf', '--out', join(dir, 'out'), '--lang', 'en'], { cwd: dir, env: childEnv });
  let stdout = '';
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    stdout += chunk.toString();
    for (const w of [...waiters]) w();
  });
  const until = (check) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch: no answer\n${stdout}`)), 60_000);
    const test = () => {
      if (!check()) return;
      clearTimeout(timer);
      waiters.splice(waiters.indexOf(test), 1);
      resolve();
    };
    waiters.push(test);
    test();
  });
  const rounds = () => stdout.split('watching for changes').length - 1;
  const latencies = [];
  try {
    await until(() => rounds() >= 1);
    for (let i = 0; i < saves; i++) {
      const before = rounds();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the machine at rest between saves
      const started = performance.now();
      writeFileSync(yaml, text.replace('ห้องประชุมราชบพิตร', `ห้องประชุมราชบพิตร ${i + 1}`));
      await until(() => rounds() > before && /wrote .*2566-02-ita\.pdf/.test(stdout.split('watching for changes')[before] ?? ''));
      latencies.push(performance.now() - started);
    }
  } finally {
    child.kill('SIGINT');
  }
  return latencies;
}
