// A batch over an archive: which meetings need rendering, rendering them (in worker threads when
// there are several), writing only what changed and never a file edited by hand, the manifest
// updated as each meeting's outputs land, then the index. With `check`, the same decisions are
// made and nothing is written.
//
// Every output name belongs to one meeting. Two meetings whose files share a base name
// (2566/01.yaml and 2567/01.yaml, a.yaml beside a.yml) would write one out/01.docx: both are
// refused before anything is written, naming each other. Mirroring sub-folders into out/ was
// the alternative; it was not chosen because an output's name would then depend on how the
// archive's folders are laid out and which folders a run names (out/01.docx for one command,
// out/2566/01.docx for another), moving every existing archive's files and links, while a clash
// is rare and one rename fixes it for good. Names are compared as Windows and macOS compare
// them (case-insensitively, Unicode NFC), where A.yaml and a.yaml are one file.
import { existsSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Reporter } from '../i18n/reporter.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { outputPath, validateMeetingFile, type RenderOptions, type WriteFormat } from '../pipeline/render-file.js';
import {
  OutputWriteError, placeStaged, removeStaleTemps, stageFile, syncFolder, writeAtomic, writeNew, type Staged,
} from '../pipeline/write-atomic.js';
import { archiveIndex, INDEX_NAME, meetingSummary } from './archive-index.js';
import { fileHash, inputHash, NOT_REGULAR, sha256, SharedInputs, toolVersion } from './hash.js';
import {
  ManifestStore, manifestPath, manifestText, sourceKey, sourcePath,
  type Manifest, type MeetingRecord, type MeetingSummary, type OutputRecord,
} from './manifest.js';
import { writeFailure } from './write-failure.js';
import { readRegularFile } from '../load/resolve-path.js';
import { inProcessRenderer, sharedPool, type Rendered, type Renderer, type Validated } from './renderers.js';

export const BACKUP_DIR = '.backup';

/** Output names kept for the folder's own files: what `minutes register` writes, and the index. */
const RESERVED: Record<string, string> = { register: 'minutes register', index: 'index.md' };

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
  /** The files the meeting was made from (itself, year data, photos, earlier meetings), once it loaded. */
  inputs?: readonly string[];
}

export interface ArchiveResult {
  outcomes: MeetingOutcome[];
  counts: Record<MeetingStatus, number>;
  /** The index and the manifest, when written (render) or out of date (check). */
  archiveFiles: string[];
  /** Problems with the index or manifest. */
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

/** What a batch decided for one output made. */
interface Decision {
  out: OutputPlan;
  made: Rendered['made'][number];
  hash: string;
  /** The hash of what is on disk now (null: nothing; NOT_REGULAR). */
  current: string | null;
  action: 'unsafe' | 'same' | 'write' | 'edited';
}

/** A rendered meeting whose outputs wait to be written with their group (Batch.flush). */
interface Queued {
  plan: Plan;
  decisions: Decision[];
  toWrite: Decision[];
  /** Its outputs' records as this run has them, completed by the write. */
  records: Record<string, OutputRecord>;
  diagnostics: Diagnostic[];
  backups: MeetingOutcome['backups'];
  report: (path: string) => Reporter;
  done: (outcome: MeetingOutcome) => void;
}

/**
 * Meetings written as one group, and the bytes after which a group is written sooner. A group
 * costs one manifest write (two flushes) and one flush of the folder, instead of two manifest
 * writes and a folder flush per output: 500 meetings to DOCX+PDF made 4 000 flushes, 8 a
 * meeting, which held the main thread (and so the worker it feeds) ~40 ms a meeting on the
 * loaded machine; and each manifest write serialises the whole manifest (~1 KB a meeting), a
 * cost that grew with the square of the archive. A group holds its outputs in memory until
 * written (~0.2 MB a meeting for the example report) and delays each meeting's outcome by at
 * most the group's renders.
 */
const GROUP_MEETINGS = 16;
const GROUP_BYTES = 32 * 1024 * 1024;

/** An output name as a case-insensitive file system sees it. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

/** The bytes are minutes' own for this output: recorded as written, or as being written. */
function isRecorded(record: OutputRecord | undefined, hash: string): boolean {
  return record !== undefined && (record.output === hash || record.pending === hash);
}

class Batch {
  readonly shared: SharedInputs;
  readonly store: ManifestStore;
  /** Output names that exist once the run is done (or would, for --check). */
  readonly produced = new Set<string>();
  /** Meetings refused before rendering because an output name is not theirs alone. */
  readonly clashes = new Map<string, Diagnostic[]>();

  constructor(readonly options: ArchiveOptions) {
    this.shared = new SharedInputs(options.project, options.office);
    this.store = new ManifestStore(options.outDir, toolVersion(), options.check);
  }

  get manifest(): Manifest {
    return this.store.initial.manifest;
  }

  /**
   * Finds every output name two meetings of this run would write, or that a meeting of the
   * archive (its file still there) already owns, or that the folder's own files use: those
   * meetings fail with OUTPUT_CLASH / OUTPUT_RESERVED before anything is written.
   */
  findClashes(files: readonly string[]): void {
    const { options } = this;
    const owners = new Map<string, Set<string>>();
    for (const file of files) {
      for (const format of options.formats) owners.set(nameKey(basename(outputPath(file, options.outDir, format))), new Set());
    }
    for (const file of files) {
      for (const format of options.formats) owners.get(nameKey(basename(outputPath(file, options.outDir, format))))?.add(file);
    }
    const inRun = new Set(files.map((f) => sourceKey(f, options.outDir)));
    const recordedOwners = new Map<string, string[]>();
    for (const [key, record] of Object.entries(this.manifest.meetings)) {
      if (inRun.has(key) || !existsSync(sourcePath(key, options.outDir))) continue;
      for (const name of Object.keys(record.outputs)) recordedOwners.set(nameKey(name), [...(recordedOwners.get(nameKey(name)) ?? []), key]);
    }
    for (const file of files) {
      const diagnostics: Diagnostic[] = [];
      for (const format of options.formats) {
        const path = outputPath(file, options.outDir, format);
        const key = nameKey(basename(path));
        const reporter = new Reporter(path, options.lang, diagnostics);
        const stem = nameKey(basename(file, extname(file)));
        const reserved = Object.hasOwn(RESERVED, stem) ? RESERVED[stem] : undefined;
        if (reserved !== undefined) reporter.error('OUTPUT_RESERVED', null, { owner: reserved, source: file });
        const others = [...(owners.get(key) ?? [])].filter((f) => f !== file);
        const recorded = recordedOwners.get(key) ?? [];
        for (const other of [...others, ...recorded.map((k) => sourcePath(k, options.outDir))]) {
          reporter.error('OUTPUT_CLASH', null, { source: file, other });
        }
      }
      if (diagnostics.length > 0) this.clashes.set(file, diagnostics);
    }
  }

  plan(file: string): Planned {
    const { options } = this;
    const clash = this.clashes.get(file);
    if (clash !== undefined) return { outcome: outcome(file, 'failed', clash) };
    const validated = validateMeetingFile(file, options);
    const loaded = validated.loaded;
    if (!validated.ok || loaded === null) return { outcome: { ...outcome(file, 'failed', validated.diagnostics), ...(loaded === null ? {} : { inputs: loaded.inputs }) } };
    const key = sourceKey(file, options.outDir);
    const record = Object.hasOwn(this.manifest.meetings, key) ? this.manifest.meetings[key] : undefined;
    const kind = loaded.meeting.kind;
    const outputs = options.formats.map((format) => {
      const path = outputPath(file, options.outDir, format);
      const name = basename(path);
      const input = inputHash({ kind, files: loaded.inputs, format, pdfEngine: options.pdfEngine }, this.shared);
      return { path, name, input, recorded: record !== undefined && Object.hasOwn(record.outputs, name) ? record.outputs[name] : undefined };
    });
    const summary = meetingSummary(kind, loaded.meeting);
    // Fresh: made from these inputs, and on disk as last written (the new bytes of a journaled write count).
    const fresh = outputs.every((o) => o.recorded !== undefined && o.recorded.input === o.input && fileHash(o.path) === (o.recorded.pending ?? o.recorded.output));
    if (!fresh || record === undefined) return { plan: { file, validated, key, summary, outputs } };
    for (const o of outputs) this.produced.add(o.name);
    const settled = Object.assign(Object.create(null) as Record<string, OutputRecord>, record.outputs);
    for (const o of outputs) settled[o.name] = { input: o.input, output: (o.recorded as OutputRecord).pending ?? (o.recorded as OutputRecord).output };
    return { outcome: { ...outcome(file, 'unchanged', validated.diagnostics), inputs: loaded.inputs }, record: { ...summary, outputs: settled } };
  }

  /** Keeps a meeting's record as this run found it: written only when it changed (a journal settled, a new title). */
  keep(key: string, record: MeetingRecord): void {
    const before = Object.hasOwn(this.manifest.meetings, key) ? this.manifest.meetings[key] : undefined;
    if (before !== undefined && manifestText({ tool: '', meetings: { k: before } }) === manifestText({ tool: '', meetings: { k: record } })) return;
    this.store.defer((m) => (m.meetings[key] = record));
  }

  /**
   * Decides, for each output made, whether it may be written; unless checking, queues it to be
   * written with its group (see flush). `done` is told the meeting's outcome once it is settled.
   */
  settle(plan: Plan, rendered: Rendered, done: (outcome: MeetingOutcome) => void): void {
    const decided = this.decide(plan, rendered);
    if (!('queued' in decided)) return done(decided);
    this.queue.push({ ...decided.queued, done });
    this.queuedBytes += decided.queued.toWrite.reduce((n, d) => n + d.made.bytes.length, 0);
    if (this.queue.length >= GROUP_MEETINGS || this.queuedBytes >= GROUP_BYTES) this.flush();
  }

  private decide(plan: Plan, rendered: Rendered): MeetingOutcome | { queued: Omit<Queued, 'done'> } {
    const { options } = this;
    if (!rendered.ok) return outcome(plan.file, 'failed', rendered.diagnostics);
    const diagnostics = [...rendered.diagnostics];
    const decisions = rendered.made.map((made) => {
      const out = plan.outputs.find((o) => o.path === made.path) as OutputPlan;
      const hash = sha256(made.bytes);
      const current = fileHash(made.path);
      // Also a record of another meeting file, now gone, for this name: a meeting deleted and
      // restored, or renamed within its folder, finds its own outputs.
      const ours = current === null || isRecorded(out.recorded, current) || this.knownOutput(out.name, current);
      const action = current === NOT_REGULAR ? 'unsafe' : current === hash ? 'same' : ours ? 'write' : 'edited';
      return { out, made, hash, current, action } as Decision;
    });
    const report = (path: string) => new Reporter(path, options.lang, diagnostics);

    const unsafe = decisions.filter((d) => d.action === 'unsafe');
    if (unsafe.length > 0) {
      for (const d of unsafe) report(d.made.path).error('OUTPUT_NOT_REGULAR', null, { source: plan.file });
      return outcome(plan.file, 'failed', diagnostics);
    }

    if (options.check) {
      const changed = decisions.filter((d) => d.action !== 'same');
      for (const d of changed) report(d.made.path).error(d.current === null ? 'OUTPUT_MISSING' : 'OUTPUT_STALE', null, { source: plan.file });
      const records = { ...(this.manifest.meetings[plan.key]?.outputs ?? {}) };
      for (const d of decisions) records[d.out.name] = { input: d.out.input, output: d.hash };
      this.store.update((m) => (m.meetings[plan.key] = { ...plan.summary, outputs: records }));
      for (const d of decisions) this.produced.add(d.out.name);
      return { ...outcome(plan.file, changed.length > 0 ? 'stale' : 'unchanged', diagnostics), outputs: changed.map((d) => d.made.path) };
    }

    const edited = decisions.filter((d) => d.action === 'edited');
    if (edited.length > 0 && !options.force) {
      for (const d of edited) report(d.made.path).error('OUTPUT_EDITED', null, { source: plan.file, backupDir: join(options.outDir, BACKUP_DIR) });
      for (const d of decisions) if (d.current !== null) this.produced.add(d.out.name);
      return outcome(plan.file, 'failed', diagnostics);
    }
    const backups: MeetingOutcome['backups'] = [];
    for (const d of edited) {
      const backup = backUp(d.made.path, options.outDir);
      if (backup === null) {
        report(d.made.path).error('BACKUP_UNSAFE', null, { source: plan.file, backupDir: join(options.outDir, BACKUP_DIR) });
        return outcome(plan.file, 'failed', diagnostics);
      }
      backups.push({ path: d.made.path, backup });
    }

    const toWrite = decisions.filter((d) => d.action !== 'same');
    const before = Object.hasOwn(this.manifest.meetings, plan.key) ? this.manifest.meetings[plan.key]?.outputs : undefined;
    const records = Object.assign(Object.create(null) as Record<string, OutputRecord>, this.store.current.meetings[plan.key]?.outputs ?? before ?? {});
    if (toWrite.length === 0) {
      for (const d of decisions) {
        records[d.out.name] = { input: d.out.input, output: d.hash };
        this.produced.add(d.out.name);
      }
      this.store.defer((m) => (m.meetings[plan.key] = { ...plan.summary, outputs: records }));
      return { ...outcome(plan.file, 'unchanged', diagnostics), backups };
    }
    return { queued: { plan, decisions, toWrite, records, diagnostics, backups, report } };
  }

  /** Rendered meetings whose outputs wait to be written with their group. */
  private queue: Queued[] = [];
  private queuedBytes = 0;

  /**
   * Writes the queued meetings' outputs as one group, as durably as one at a time and with
   * fewer flushes:
   * 1. the journal (the manifest with every new hash as `pending`, and the records of the groups
   *    before, whose outputs are on the disk), written and flushed, folder included;
   * 2. every output's new bytes in a temporary file, each flushed;
   * 3. each renamed over its output;
   * 4. the output folder flushed once, for all those renames;
   * 5. the records settled in this run's copy, written with the next group's journal or the
   *    run's last manifest write, after step 4.
   * Killed (or the machine stopped) anywhere, each output is its old bytes or its new ones,
   * whole, and the manifest on the disk records both as minutes' own: a rename not yet on the
   * disk leaves the old name's old bytes, and no record forgets the old bytes before the
   * folder that holds the new ones has been flushed.
   */
  flush(): void {
    const group = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    if (group.length === 0) return;
    this.commit((m) => {
      for (const q of group) {
        const journal = Object.assign(Object.create(null) as Record<string, OutputRecord>, q.records);
        for (const d of q.toWrite) journal[d.out.name] = { input: d.out.input, output: d.current ?? d.hash, pending: d.hash };
        m.meetings[q.plan.key] = { ...q.plan.summary, outputs: journal };
      }
    });
    const failures = new Map<Queued, Set<Decision>>();
    const fail = (q: Queued, d: Decision, error: unknown) => {
      if (!(error instanceof OutputWriteError)) throw error;
      writeFailure(error, q.report(d.made.path), q.plan.file);
      const failed = failures.get(q) ?? new Set<Decision>();
      failures.set(q, failed.add(d));
    };
    const staged: Array<{ q: Queued; d: Decision; staged: Staged }> = [];
    try {
      for (const q of group) {
        for (const d of q.toWrite) {
          try {
            staged.push({ q, d, staged: stageFile(d.made.path, d.made.bytes) });
          } catch (error) {
            fail(q, d, error);
          }
        }
      }
      const folders = new Set<string>();
      while (staged.length > 0) {
        const { q, d, staged: file } = staged.shift() as (typeof staged)[number];
        try {
          placeStaged(file);
          folders.add(dirname(file.path));
        } catch (error) {
          fail(q, d, error);
        }
      }
      for (const folder of folders) syncFolder(folder);
    } finally {
      // An error that is not the user's (a bug) leaves no temporary file behind.
      for (const { staged: file } of staged) rmSync(file.temp, { force: true });
    }
    for (const q of group) {
      const failed = failures.get(q);
      const { records } = q;
      const written: string[] = [];
      for (const d of q.decisions) {
        if (failed?.has(d) === true) {
          // What is on disk stays what it was: its record too.
          if (d.current !== null) records[d.out.name] = { input: records[d.out.name]?.input ?? '', output: d.current };
          else delete records[d.out.name];
          continue;
        }
        if (d.action !== 'same') written.push(d.made.path);
        records[d.out.name] = { input: d.out.input, output: d.hash };
        this.produced.add(d.out.name);
      }
      this.store.defer((m) => (m.meetings[q.plan.key] = { ...q.plan.summary, outputs: records }));
      const status = failed !== undefined ? 'failed' : written.length > 0 ? 'rendered' : 'unchanged';
      q.done({ ...outcome(q.plan.file, status, q.diagnostics), outputs: written, backups: q.backups });
    }
  }

  /** Another record (of a meeting file no longer there) wrote these very bytes under this name. */
  knownOutput(name: string, hash: string): boolean {
    for (const [key, record] of Object.entries(this.manifest.meetings)) {
      if (Object.hasOwn(record.outputs, name) && isRecorded(record.outputs[name], hash) && !existsSync(sourcePath(key, this.options.outDir))) return true;
    }
    return false;
  }

  commit(change: (manifest: Manifest) => void): void {
    try {
      this.store.update(change);
    } catch (error) {
      if (!(error instanceof OutputWriteError)) throw error;
      // The manifest could not be written (a full disk): reported once, at the end.
      this.manifestError ??= error;
    }
  }

  manifestError: OutputWriteError | null = null;

  /**
   * Writes (or, checking, compares) the index and settles the manifest. A meeting whose file is
   * gone leaves the index; its record stays while one of its outputs is still there as written,
   * so a meeting restored (git checkout) finds its own files, not someone's hand edits.
   */
  finish(sources: string): { written: string[]; diagnostics: Diagnostic[] } {
    const { options } = this;
    const diagnostics: Diagnostic[] = [];
    const written: string[] = [];
    const present = (key: string) => existsSync(sourcePath(key, options.outDir));
    const hasOwnOutput = (record: MeetingRecord) =>
      Object.entries(record.outputs).some(([name, r]) => isRecorded(r, fileHash(join(options.outDir, name)) ?? ''));
    const prune = (m: Manifest) => {
      for (const [key, record] of Object.entries(m.meetings)) if (!present(key) && !hasOwnOutput(record)) delete m.meetings[key];
    };
    const current = this.store.current;
    const live = Object.keys(current.meetings).filter(present);
    // A run that rendered nothing into a folder without a manifest leaves the folder as it was.
    if (live.length === 0 && !this.store.initial.existed && !existsSync(manifestPath(options.outDir))) return { written, diagnostics };

    const indexPath = join(options.outDir, INDEX_NAME);
    const exists = (name: string) => this.produced.has(name) || existsSync(join(options.outDir, name));
    const indexOf = (m: Manifest) => {
      const shown: Manifest = { tool: m.tool, meetings: Object.create(null) as Manifest['meetings'] };
      for (const key of Object.keys(m.meetings)) if (present(key)) shown.meetings[key] = m.meetings[key] as MeetingRecord;
      return archiveIndex(shown, exists);
    };
    const manifestBefore = readTextOrNull(manifestPath(options.outDir));

    if (options.check) {
      prune(current);
      const text = indexOf(current);
      const indexNow = readTextOrNull(indexPath);
      if (indexNow !== text) {
        new Reporter(indexPath, options.lang, diagnostics).error(indexNow === null ? 'OUTPUT_MISSING' : 'OUTPUT_STALE', null, { source: sources });
        written.push(indexPath);
      }
      current.files = { ...(current.files ?? {}), [INDEX_NAME]: { input: '', output: sha256(text) } };
      current.tool = toolVersion();
      if (manifestBefore !== manifestText(current)) {
        new Reporter(manifestPath(options.outDir), options.lang, diagnostics).error(manifestBefore === null ? 'OUTPUT_MISSING' : 'OUTPUT_STALE', null, { source: sources });
        written.push(manifestPath(options.outDir));
      }
      return { written, diagnostics };
    }

    try {
      this.store.update((m) => {
        prune(m);
        const text = indexOf(m);
        const indexHash = fileHash(indexPath);
        const sha = sha256(text);
        if (indexHash === sha) {
          m.files = { ...(m.files ?? {}), [INDEX_NAME]: { input: '', output: sha } };
          return;
        }
        // index.md is protected like any output: a hand edit is kept unless --force.
        const known = m.files === undefined ? this.store.initial.existed : isRecorded(m.files[INDEX_NAME], indexHash ?? '');
        if (indexHash === NOT_REGULAR || (indexHash !== null && !known && !options.force)) {
          const code = indexHash === NOT_REGULAR ? 'OUTPUT_NOT_REGULAR' : 'OUTPUT_EDITED';
          new Reporter(indexPath, options.lang, diagnostics).error(code, null, { source: INDEX_NAME, backupDir: join(options.outDir, BACKUP_DIR) });
          return;
        }
        if (indexHash !== null && !known && backUp(indexPath, options.outDir) === null) {
          new Reporter(indexPath, options.lang, diagnostics).error('BACKUP_UNSAFE', null, { source: INDEX_NAME, backupDir: join(options.outDir, BACKUP_DIR) });
          return;
        }
        writeAtomic(indexPath, text);
        written.push(indexPath);
        m.files = { ...(m.files ?? {}), [INDEX_NAME]: { input: '', output: sha } };
      });
    } catch (error) {
      if (!(error instanceof OutputWriteError)) throw error;
      writeFailure(error, new Reporter(error.path, options.lang, diagnostics), sources);
    }
    if (this.manifestError !== null) writeFailure(this.manifestError, new Reporter(manifestPath(options.outDir), options.lang, diagnostics), sources);
    if (readTextOrNull(manifestPath(options.outDir)) !== manifestBefore) written.push(manifestPath(options.outDir));
    return { written, diagnostics };
  }
}

function readTextOrNull(path: string): string | null {
  const hash = fileHash(path);
  if (hash === null || hash === NOT_REGULAR) return null;
  try {
    return new TextDecoder().decode(readRegularFileOrThrow(path));
  } catch {
    return null;
  }
}

/** An output is read whole only to back it up; none is near this. */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

function readRegularFileOrThrow(path: string): Uint8Array {
  const bytes = readRegularFile(path, MAX_OUTPUT_BYTES);
  if (!(bytes instanceof Uint8Array)) throw new OutputWriteError(path, 'not-regular');
  return bytes;
}

function outcome(file: string, status: MeetingStatus, diagnostics: Diagnostic[]): MeetingOutcome {
  return { file, status, diagnostics, outputs: [], backups: [] };
}

/**
 * Copies a hand-edited output to .backup/<name>.<n><ext>, n the first number not taken, created
 * exclusively. The folder ignores itself in git (a .gitignore of "*"), so `git add out/` never
 * commits a backup. A .backup that is a symlink (git stores symlinks) or not a folder is not
 * written into: null.
 */
export function backUp(path: string, outDir: string): string | null {
  const dir = join(outDir, BACKUP_DIR);
  try {
    if (!lstatSync(dir).isDirectory()) return null;
  } catch {
    mkdirSync(dir, { recursive: true });
  }
  writeNew(join(dir, '.gitignore'), new TextEncoder().encode('# backups of hand-edited outputs (minutes render --force): not for the repository\n*\n'));
  const ext = extname(path);
  const stem = basename(path, ext);
  const bytes = readRegularFileOrThrow(path);
  for (let n = 1; ; n++) {
    const backup = join(dir, `${stem}.${n}${ext}`);
    if (writeNew(backup, bytes)) return backup;
  }
}

/**
 * Worker threads pay for themselves from a few meetings on (each starts cold, ~0.3 s); one or two
 * meetings render here. Splitting one meeting's formats between this thread and a worker was tried
 * twice: the worker is ready ~100 ms after it starts and then builds the document again, so the
 * command took 0.56 s against 0.47 s in one thread (2 cores, measured with charts as vectors).
 * With `jobs` threads, this one and jobs − 1 workers.
 */
function rendererFor(count: number, options: ArchiveOptions, write: WriteFormat | undefined): Renderer {
  return options.jobs > 1 && count > 2 ? sharedPool(options, options.jobs - 1) : inProcessRenderer(options, write);
}

/** `write`: where the formats of a meeting rendered in this thread are written (`minutes watch`: the PDF in its warm worker). */
export async function renderArchive(files: readonly string[], options: ArchiveOptions, events: ArchiveEvents = {}, how: { write?: WriteFormat } = {}): Promise<ArchiveResult> {
  const removedTemps = options.check ? [] : [...removeStaleTemps(options.outDir), ...removeStaleTemps(join(options.outDir, BACKUP_DIR))];
  const batch = new Batch(options);
  batch.findClashes(files);
  const damaged: Diagnostic[] = [];
  const problem = batch.store.initial.problem;
  if (problem !== null) new Reporter(manifestPath(options.outDir), options.lang, damaged).warn('MANIFEST_DAMAGED', null, { reason: options.lang === 'th' ? problem.th : problem.en });
  const renderer = rendererFor(files.length, options, how.write);
  // null: abandoned by a signal, nothing of it written.
  const outcomes: Array<MeetingOutcome | null | undefined> = new Array<MeetingOutcome | null | undefined>(files.length);
  let emitted = 0;
  let done = 0;
  const finish = (index: number, result: MeetingOutcome | null) => {
    outcomes[index] = result;
    if (result !== null) events.progress?.(++done, files.length, result.file);
    // Not `events.outcome?.(next, emitted++)`: without a listener the optional call skips its
    // arguments too, emitted never moved, and a library caller's batch spun for ever.
    for (let next = outcomes[emitted]; next !== undefined; next = outcomes[emitted]) {
      const at = emitted++;
      if (next !== null) events.outcome?.(next, at);
    }
  };
  // A signal stops at once what worker threads render (heavy meetings always render in one);
  // what this thread renders finishes, and no meeting is started after it.
  const abandon = () => renderer.abandon();
  options.signal?.addEventListener('abort', abandon, { once: true });
  const inFlight = new Set<Promise<void>>();
  try {
    for (const [index, file] of files.entries()) {
      if (options.signal?.aborted) break;
      const planned = batch.plan(file);
      if ('outcome' in planned) {
        if (planned.record !== undefined) batch.keep(sourceKey(file, options.outDir), planned.record);
        finish(index, planned.outcome);
        continue;
      }
      const inputs = planned.plan.validated.loaded?.inputs;
      const settled = (result: MeetingOutcome) => finish(index, { ...result, ...(inputs === undefined ? {} : { inputs }) });
      const task = renderer.render(file, planned.plan.validated).then((rendered) => {
        if (rendered.abandoned === true) finish(index, null);
        else batch.settle(planned.plan, rendered, settled);
      });
      inFlight.add(task);
      task.then(() => inFlight.delete(task), () => inFlight.delete(task));
      if (inFlight.size >= renderer.capacity) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    // What was rendered is written, after a signal too (nothing of it is half-written).
    batch.flush();
    options.signal?.removeEventListener('abort', abandon);
    await renderer.close();
  }
  // Outcomes after a hole left by a meeting never started (the loop stopped) are still told.
  for (; emitted < files.length; emitted++) {
    const next = outcomes[emitted];
    if (next !== null && next !== undefined) events.outcome?.(next, emitted);
  }
  const sources = [...new Set(files.map((f) => `${dirname(f)}/`))].join(', ');
  const archive = batch.finish(sources);
  const finished = outcomes.filter((o): o is MeetingOutcome => o !== undefined && o !== null);
  const counts: Record<MeetingStatus, number> = { rendered: 0, unchanged: 0, stale: 0, failed: 0 };
  for (const o of finished) counts[o.status]++;
  return {
    outcomes: finished,
    counts,
    archiveFiles: archive.written,
    archiveDiagnostics: [...damaged, ...archive.diagnostics],
    // A signal counts even when the meetings under way finished: the run was stopped (exit 130).
    aborted: options.signal?.aborted === true || finished.length < files.length,
    removedTemps,
  };
}
