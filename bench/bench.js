// npm run bench: how long rendering takes, in process and as a whole command, beside LibreOffice.
// Prints a table; never part of the tests. Needs the build (npm ci or npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProject, renderMeetingFile } from '../dist/index.js';

const EXAMPLE = 'minutes/2566-02-ita.yaml';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const out = mkdtempSync(join(tmpdir(), 'minutes-bench-'));
const options = (formats) => ({ lang: 'th', strict: false, project: findProject(), office: null, outDir: out, formats, pdfEngine: 'builtin' });

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   (${samples.length} runs)`;
}

async function inProcess(formats) {
  await renderMeetingFile(EXAMPLE, options(formats)); // warm: loads writers and fonts once
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await renderMeetingFile(EXAMPLE, options(formats));
    if (!result.ok) throw new Error('render failed');
    samples.push(performance.now() - started);
  }
  return samples;
}

function command(args) {
  const samples = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['bin/minutes.js', ...args, '--out', out], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    samples.push(performance.now() - started);
  }
  return samples;
}

function libreOffice() {
  if (spawnSync('soffice', ['--version']).status !== 0) return null;
  const profile = mkdtempSync(join(tmpdir(), 'minutes-bench-lo-'));
  const samples = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, '2566-02-ita.docx')], { stdio: 'ignore' });
    samples.push(performance.now() - started);
  }
  rmSync(profile, { recursive: true, force: true });
  return samples;
}

const rows = [];
rows.push(['in process, DOCX', stats(await inProcess(['docx']))]);
rows.push(['in process, PDF', stats(await inProcess(['pdf']))]);
rows.push(['in process, DOCX+PDF', stats(await inProcess(['docx', 'pdf']))]);
rows.push(['command, validate', stats(command(['validate', EXAMPLE]).map((x) => x))]);
rows.push(['command, render DOCX', stats(command(['render', EXAMPLE, '--format', 'docx']))]);
rows.push(['command, render PDF', stats(command(['render', EXAMPLE, '--format', 'pdf']))]);
rows.push(['command, render DOCX+PDF', stats(command(['render', EXAMPLE, '--format', 'docx,pdf']))]);
const lo = libreOffice();
rows.push(['LibreOffice DOCX → PDF', lo === null ? 'not installed' : stats(lo)]);

console.log(`minutes bench: ${EXAMPLE}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const [name, value] of rows) console.log(`  ${name.padEnd(28)} ${value}`);
writeFileSync(join(out, '.done'), '');
rmSync(out, { recursive: true, force: true });
