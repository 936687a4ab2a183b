// npm run bench: how long rendering takes and how much memory it needs, for the example meeting
// and for a generated archive of 500 meetings, beside LibreOffice. Prints a table; never part of
// the tests. Needs the build (npm ci or npm run compile). BENCH_RUNS, BENCH_MEETINGS and
// BENCH_LO_FILES change the number of runs, of meetings and of files LibreOffice converts;
// BENCH_KINDS=minutes|mixed makes the archive of minutes without charts, or of both kinds
// (bench/make-archive.js); BENCH_ONE_THREAD=1 adds the archive rendered in one thread.
// The peers (bench/peers.js: pandoc, Typst, LibreOffice on the same report) run paired with
// minutes, BENCH_PEER_RUNS rounds (default 10); BENCH_ONLY=peers stops after them and the watch.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProject, renderMeetingFile } from '../dist/index.js';
import { session } from '../dist/session.js';
import { makeArchive } from './make-archive.js';
import { childEnv, once, paired, peerGroups, watchLatency } from './peers.js';

const EXAMPLE = 'minutes/2566-02-ita.yaml';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 500);
const LO_FILES = Number(process.env.BENCH_LO_FILES ?? 20);
const KINDS = process.env.BENCH_KINDS ?? 'ita';
const work = mkdtempSync(join(tmpdir(), 'minutes-bench-'));
const fresh = (name) => {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
};

const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0).padStart(4)} MB`;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${ms(sorted[Math.floor(sorted.length / 2)])}   min ${ms(sorted[0])}   (${samples.length} runs)`;
}

/** `reset`: the session reset before each render, as `minutes watch` does before each round. */
async function inProcess(formats, { reset = false } = {}) {
  const options = () => ({ lang: 'th', strict: false, project: findProject(), office: null, outDir: fresh('in-process'), formats, pdfEngine: 'builtin' });
  await renderMeetingFile(EXAMPLE, options()); // warm: loads writers and fonts once
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    if (reset) session().reset();
    const started = performance.now();
    const result = await renderMeetingFile(EXAMPLE, options());
    if (!result.ok) throw new Error('render failed');
    samples.push(performance.now() - started);
  }
  return samples;
}

/** One run of the command; `out` is emptied first so nothing is skipped as unchanged. */
/**
 * `memory`: preload bench/peak-memory.js, which reports the peak resident memory; an ES module
 * loaded before the command (~15 ms, measured), so the one-meeting timings, which report no memory, run
 * the command alone, as a user does.
 */
function command(args, { cwd = '.', keepOut = false, memory = true } = {}) {
  const out = join(work, 'out');
  if (!keepOut) rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const preload = memory ? ['--import', join(import.meta.dirname, 'peak-memory.js')] : [];
  const result = spawnSync(process.execPath, [...preload, join(process.cwd(), 'bin', 'minutes.js'), ...args, '--out', out], { cwd, env: childEnv, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`minutes ${args.join(' ')}: exit ${result.status}\n${result.stderr.slice(-2000)}`);
  const peak = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? 0);
  const cpu = Number(/cpu-us (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000;
  return { elapsed, peak, cpu };
}

/** Wall and CPU time (user + sys, from /usr/bin/time) of the command, `out` emptied before each run. */
function repeat(args, runs = Math.min(RUNS, 5)) {
  const out = join(work, 'out');
  const samples = Array.from({ length: runs }, () => {
    rmSync(out, { recursive: true, force: true });
    return once(process.execPath, [join(process.cwd(), 'bin', 'minutes.js'), ...args, '--out', out], '.');
  });
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return `${stats(samples.map((s) => s.wall))}   cpu ${Number.isNaN(cpu) ? '     - ms' : ms(cpu)}`;
}

function libreOffice(files) {
  if (spawnSync('soffice', ['--version']).status !== 0) return null;
  const profile = mkdtempSync(join(tmpdir(), 'minutes-bench-lo-'));
  const outdir = fresh('lo');
  const started = performance.now();
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files], { stdio: 'ignore' });
  const elapsed = performance.now() - started;
  rmSync(profile, { recursive: true, force: true });
  return elapsed;
}

const rows = [];
const row = (name, value) => {
  rows.push([name, value]);
  console.error(`  ${name.padEnd(44)} ${value}`);
};
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();
const machine = () => `minutes bench: node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAtStart} at the start, ${load()} now`;
console.error(machine());
if (process.env.NODE_EXTRA_CA_CERTS !== undefined) console.error('  (NODE_EXTRA_CA_CERTS is set here: commands run without it, as Node reads it at every start, ~80 ms)');

// The example meeting.
row('1 meeting in process, DOCX', stats(await inProcess(['docx'])));
row('1 meeting in process, PDF', stats(await inProcess(['pdf'])));
row('1 meeting in process, DOCX+PDF', stats(await inProcess(['docx', 'pdf'])));
row('  the same, session reset (a watch round)', stats(await inProcess(['docx', 'pdf'], { reset: true })));
row('1 meeting command, validate', repeat(['validate', EXAMPLE]));
row('1 meeting command, render DOCX', repeat(['render', EXAMPLE, '--format', 'docx']));
row('1 meeting command, render PDF', repeat(['render', EXAMPLE, '--format', 'pdf']));
row('1 meeting command, render DOCX+PDF', repeat(['render', EXAMPLE, '--format', 'docx,pdf']));
command(['render', EXAMPLE, '--format', 'docx']);
const one = libreOffice([join(work, 'out', '2566-02-ita.docx')]);
row('1 meeting LibreOffice DOCX → PDF', one === null ? 'not installed' : ms(one));

// The peers, paired run by run with minutes on the same report.
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 10);
const cpuMs = (x) => (Number.isNaN(x) ? '     - ms' : ms(x));
for (const group of peerGroups(work)) {
  if (group.peer === null) {
    row(`${group.minutes.name} (no peer)`, group.missing);
    continue;
  }
  const [mine, theirs] = paired([group.minutes, group.peer], PEER_RUNS);
  for (const r of [mine, theirs]) row(`  paired: ${r.name}`, `median ${ms(r.wall)}   cpu ${cpuMs(r.cpu)}   (${r.runs} runs)`);
  row(`  minutes / ${theirs.name.split(' ')[0]}`, `${(mine.wall / theirs.wall).toFixed(2)}× wall   ${(mine.cpu / theirs.cpu).toFixed(2)}× cpu`);
}
const latencies = await watchLatency(work, Math.min(PEER_RUNS, 10));
row('watch: save → DOCX+PDF written', `median ${ms([...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)])}   min ${ms(Math.min(...latencies))}   (${latencies.length} saves)`);
if (process.env.BENCH_ONLY === 'peers') {
  console.log(machine());
  console.log(rows.map(([name, value]) => `  ${name.padEnd(44)} ${value}`).join('\n'));
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// A generated archive.
const archive = join(work, 'archive');
makeArchive(archive, MEETINGS, KINDS);
const inArchive = { cwd: archive };
// Wall, CPU (user + sys, all threads) and the load average as the command starts: on a shared
// machine the wall time alone says little.
const timed = (name, args, options = inArchive) => {
  const load = loadavg()[0].toFixed(1);
  const { elapsed, peak, cpu } = command(args, options);
  row(name, `${ms(elapsed)}   cpu ${Number.isNaN(cpu) ? '- ms' : ms(cpu)}   ${ms(elapsed / MEETINGS)} per meeting   peak ${mb(peak)}   load ${load}`);
};
row('archive', `${MEETINGS} meetings: ${KINDS}`);
timed(`${MEETINGS} meetings validate`, ['validate', 'minutes']);
timed(`${MEETINGS} meetings render DOCX`, ['render', 'minutes', '--format', 'docx']);
timed(`${MEETINGS} meetings render DOCX+PDF`, ['render', 'minutes', '--format', 'docx,pdf']);
timed(`${MEETINGS} meetings again, nothing changed`, ['render', 'minutes', '--format', 'docx,pdf'], { ...inArchive, keepOut: true });
timed(`${MEETINGS} meetings render --check`, ['render', 'minutes', '--format', 'docx,pdf', '--check'], { ...inArchive, keepOut: true });
if (process.env.BENCH_ONE_THREAD === '1') timed(`${MEETINGS} meetings DOCX+PDF, one thread`, ['render', 'minutes', '--format', 'docx,pdf', '--jobs', '1']);
const docx = readdirSync(join(work, 'out')).filter((n) => n.endsWith('.docx')).slice(0, LO_FILES).map((n) => join(work, 'out', n));
const lo = libreOffice(docx);
row(`LibreOffice, ${docx.length} of these DOCX → PDF`, lo === null ? 'not installed' : `${ms(lo)}   ${ms(lo / docx.length)} per meeting`);

console.log(machine());
for (const [name, value] of rows) console.log(`  ${name.padEnd(44)} ${value}`);
rmSync(work, { recursive: true, force: true });
