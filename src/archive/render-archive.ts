// A batch over an archive: which meetings need rendering, rendering them (in worker threads when
// there are several), writing only what changed and never a file edited by hand, then the
// manifest and the index. With `check`, the same decisions are made and nothing is written.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Reporter } from '../i18n/reporter.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { outputPath, validateMeetingFile, type RenderOptions } from '../pipeline/render-file.js';
import { removeStaleTemps, writeAtomic } from '../pipeline/write-atomic.js';
import { archiveIndex, INDEX_NAME, meetingSummary } from './archive-index.js';
import { fileHash, inputHash, sha256, SharedInputs, toolVersion } from './hash.js';
import {
  manifestPath, manifestText, readManifest, sourceKey, sourcePath,
  type Manifest, type MeetingRecord, type MeetingSummary, type OutputRecord,
} from './manifest.js';
import { inProcessRenderer, sharedPool, type Rendered, type Renderer, type Validated } from './renderers.js';

export const BACKUP_DIR = '.backup';

export interface ArchiveOptions extends RenderOptions {
  /** Compare with the output folder and write nothing. */
  check: boolean;
  /** Overwrite outputs edited by hand, after copying them to .backup/. */
  force: boolean;
  /** Worker threads; 1 renders in this thread. */
  jobs: number;
  signal?: AbortSignal;
}

/** rendered: something was written; stale (--check): a render would write something. */
export type MeetingStatus = 'rendered' | 'unchanged' | 'stale' | 'failed';

export interface MeetingOutcome {
  file: string;
  status: MeetingStatus;
  diagnostics: Diagnostic[];
  /** Written (render) or out of date (check). */
  outputs: string[];
  /** Hand-edited outputs kept before --force overwrote them. */
  backups: Array<{ path: string; backup: string }>;
}

export interface ArchiveResult {
  outcomes: MeetingOutcome[];
  counts: Record<MeetingStatus, number>;
  /** The index and the manifest, when written (render) or out of date (check). */
  archiveFiles: string[];
  /** Problems with the index or manifest (check). */
  archiveDiagnostics: Diagnostic[];
  /** Stopped by the signal before every file was done. */
  aborted: boolean;
  /** Temporary files of an earlier, killed run that were removed. */
  removedTemps: string[];
}

export interface ArchiveEvents {
  /** Each meeting's outcome, in the order the files were given. */
  outcome?(outcome: MeetingOutcome, index: number): void;
  /** After each meeting, in the order they finish. */
  progress?(done: number, total: number, file: string): void;
}

interface OutputPlan {
  path: string;
  name: string;
  input: string;
  recorded: OutputRecord | undefined;
}

interface Plan {
  file: string;
  validated: Validated;
  key: string;
  summary: MeetingSummary;
  outputs: OutputPlan[];
}

type Planned = { outcome: MeetingOutcome; record?: MeetingRecord } | { plan: Plan };

class Batch {
  readonly shared: SharedInputs;
  readonly manifest: Manifest;
  readonly next: Manifest;
  /** Output names that exist once the run is done (or would, for --check). */
  readonly produced = new Set<string>();

  constructor(readonly options: ArchiveOptions) {
    this.shared = new SharedInputs(options.project, options.office);
    this.manifest = readManifest(options.outDir);
    this.next = { tool: toolVersion(), meetings: { ...this.manifest.meetings } };
  }

  plan(file: string): Planned {
    const { options } = this;
    const validated = validateMeetingFile(file, options);
    const loaded = validated.loaded;
    if (!validated.ok || loaded === null) return { outcome: outcome(file, 'failed', validated.diagnostics) };
    const key = sourceKey(file, options.outDir);
    const record = this.manifest.meetings[key];
    const kind = loaded.meeting.kind;
    const outputs = options.formats.map((format) => {
      const path = outputPath(file, options.outDir, format);
      const name = basename(path);
      const input = inputHash({ kind, files: loaded.inputs, format, pdfEngine: options.pdfEngine }, this.shared);
      return { path, name, input, recorded: record?.outputs[name] };
    });
    const summary = meetingSummary(kind, loaded.meeting);
    const fresh = outputs.every((o) => o.recorded !== undefined && o.recorded.input === o.input && fileHash(o.path) === o.recorded.output);
    if (!fresh || record === undefined) return { plan: { file, validated, key, summary, outputs } };
    for (const o of outputs) this.produced.add(o.name);
    return { outcome: outcome(file, 'unchanged', validated.diagnostics), record: { ...summary, outputs: record.outputs } };
  }

  /** Decides, for each output made, whether it may be written; writes it unless checking. */
  settle(plan: Plan, rendered: Rendered): MeetingOutcome {
    const { options } = this;
    if (!rendered.ok) return outcome(plan.file, 'failed', rendered.diagnostics);
    const diagnostics = [...rendered.diagnostics];
    const decisions = rendered.made.map((made) => {
      const out = plan.outputs.find((o) => o.path === made.path) as OutputPlan;
      const hash = sha256(made.bytes);
      const current = fileHash(made.path);
      const ours = current === null || (out.recorded !== undefined && current === out.recorded.output);
      const action = current === hash ? 'same' : ours ? 'write' : 'edited';
      return { out, made, hash, current, action };
    });
    const records = { ...this.manifest.meetings[plan.key]?.outputs };
    for (const d of decisions) records[d.out.name] = { input: d.out.input, output: d.hash };
    const record: MeetingRecord = { ...plan.summary, outputs: records };

    if (options.check) {
      const changed = decisions.filter((d) => d.action !== 'same');
      for (const d of changed) {
        const code = d.current === null ? 'OUTPUT_MISSING' : 'OUTPUT_STALE';
        new Reporter(d.made.path, options.lang, diagnostics).error(code, null, { source: plan.file });
      }
      this.record(plan.key, record, decisions.map((d) => d.out.name));
      return { ...outcome(plan.file, changed.length > 0 ? 'stale' : 'unchanged', diagnostics), outputs: changed.map((d) => d.made.path) };
    }

    const edited = decisions.filter((d) => d.action === 'edited');
    if (edited.length > 0 && !options.force) {
      for (const d of edited) {
        new Reporter(d.made.path, options.lang, diagnostics)
          .error('OUTPUT_EDITED', null, { source: plan.file, backupDir: join(options.outDir, BACKUP_DIR) });
      }
      for (const d of decisions) if (d.current !== null) this.produced.add(d.out.name);
      return outcome(plan.file, 'failed', diagnostics);
    }
    const backups = edited.map((d) => ({ path: d.made.path, backup: backUp(d.made.path, options.outDir) }));
    const written: string[] = [];
    for (const d of decisions) {
      if (d.action === 'same') continue;
      writeAtomic(d.made.path, d.made.bytes);
      written.push(d.made.path);
    }
    this.record(plan.key, record, decisions.map((d) => d.out.name));
    return { ...outcome(plan.file, written.length > 0 ? 'rendered' : 'unchanged', diagnostics), outputs: written, backups };
  }

  record(key: string, record: MeetingRecord, names: string[]): void {
    this.next.meetings[key] = record;
    for (const name of names) this.produced.add(name);
  }

  /** Writes (or, checking, compares) the manifest and the index; meetings whose file is gone are dropped. */
  finish(sources: string): { written: string[]; diagnostics: Diagnostic[] } {
    const { options, next } = this;
    for (const key of Object.keys(next.meetings)) {
      if (!existsSync(sourcePath(key, options.outDir))) delete next.meetings[key];
    }
    // A run that rendered nothing into a folder without a manifest leaves the folder as it was.
    if (Object.keys(next.meetings).length === 0 && !existsSync(manifestPath(options.outDir))) return { written: [], diagnostics: [] };
    const exists = (name: string) => this.produced.has(name) || existsSync(join(options.outDir, name));
    const files: Array<[string, string]> = [
      [join(options.outDir, INDEX_NAME), archiveIndex(next, exists)],
      [manifestPath(options.outDir), manifestText(next)],
    ];
    const written: string[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const [path, text] of files) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (current === text) continue;
      if (options.check) {
        new Reporter(path, options.lang, diagnostics).error(current === null ? 'OUTPUT_MISSING' : 'OUTPUT_STALE', null, { source: sources });
      } else {
        writeAtomic(path, text);
      }
      written.push(path);
    }
    return { written, diagnostics };
  }
}

function outcome(file: string, status: MeetingStatus, diagnostics: Diagnostic[]): MeetingOutcome {
  return { file, status, diagnostics, outputs: [], backups: [] };
}

/**
 * Copies a hand-edited output to .backup/<name>.<n><ext>, n the first number not taken. The
 * folder ignores itself in git (a .gitignore of "*"), so `git add out/` never commits a backup.
 */
function backUp(path: string, outDir: string): string {
  const dir = join(outDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const ignore = join(dir, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# backups of hand-edited outputs (minutes render --force): not for the repository\n*\n');
  const ext = extname(path);
  const stem = basename(path, ext);
  let n = 1;
  while (existsSync(join(dir, `${stem}.${n}${ext}`))) n++;
  const backup = join(dir, `${stem}.${n}${ext}`);
  copyFileSync(path, backup);
  return backup;
}

/**
 * Worker threads pay for themselves from a few meetings on (each starts cold, ~0.3 s); one or two
 * meetings render here. Splitting one meeting's formats between this thread and a worker was tried
 * twice: the worker is ready ~100 ms after it starts and then builds the document again, so the
 * command took 0.56 s against 0.47 s in one thread (2 cores, measured with charts as vectors).
 * With `jobs` threads, this one and jobs − 1 workers.
 */
function rendererFor(count: number, options: ArchiveOptions): Renderer {
  return options.jobs > 1 && count > 2 ? sharedPool(options, options.jobs - 1) : inProcessRenderer(options);
}

export async function renderArchive(files: readonly string[], options: ArchiveOptions, events: ArchiveEvents = {}): Promise<ArchiveResult> {
  const removedTemps = options.check ? [] : [...removeStaleTemps(options.outDir), ...removeStaleTemps(join(options.outDir, BACKUP_DIR))];
  const batch = new Batch(options);
  const renderer = rendererFor(files.length, options);
  const outcomes: Array<MeetingOutcome | undefined> = new Array<MeetingOutcome | undefined>(files.length);
  let emitted = 0;
  let done = 0;
  const finish = (index: number, result: MeetingOutcome) => {
    outcomes[index] = result;
    events.progress?.(++done, files.length, result.file);
    for (let next = outcomes[emitted]; next !== undefined; next = outcomes[emitted]) events.outcome?.(next, emitted++);
  };
  const inFlight = new Set<Promise<void>>();
  try {
    for (const [index, file] of files.entries()) {
      if (options.signal?.aborted) break;
      const planned = batch.plan(file);
      if ('outcome' in planned) {
        if (planned.record !== undefined) batch.next.meetings[sourceKey(file, options.outDir)] = planned.record;
        finish(index, planned.outcome);
        continue;
      }
      const task = renderer.render(file, planned.plan.validated).then((rendered) => finish(index, batch.settle(planned.plan, rendered)));
      inFlight.add(task);
      task.then(() => inFlight.delete(task), () => inFlight.delete(task));
      if (inFlight.size >= renderer.capacity) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await renderer.close();
  }
  const sources = [...new Set(files.map((f) => `${dirname(f)}/`))].join(', ');
  const archive = batch.finish(sources);
  const finished = outcomes.filter((o): o is MeetingOutcome => o !== undefined);
  const counts: Record<MeetingStatus, number> = { rendered: 0, unchanged: 0, stale: 0, failed: 0 };
  for (const o of finished) counts[o.status]++;
  return {
    outcomes: finished,
    counts,
    archiveFiles: archive.written,
    archiveDiagnostics: archive.diagnostics,
    aborted: finished.length < files.length,
    removedTemps,
  };
}
