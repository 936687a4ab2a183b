// out/.minutes-manifest.json: for each meeting rendered into a folder, what its outputs were made
// from and the hash of the bytes written; and the same for the files of the whole folder
// (index.md, register.docx/.pdf). Committed with out/: keys sorted, no timestamps, so it changes
// only when an output does.
//
// Kept consistent at any kill, as a journal is (sqlite's rollback journal is the model): before
// an output is renamed into place its record gains `pending`, the hash of the new bytes, and
// once every output of the meeting has landed the record is rewritten with `output` = that hash.
// Killed in between, the file on disk is either the old bytes (`output`) or the new (`pending`):
// both are minutes' own, never "edited by hand". Every update re-reads the manifest under a lock
// file and changes only the records of this run, so two renders of different meetings at once
// both keep theirs.
import { closeSync, existsSync, lstatSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '../load/resolve-path.js';
import { processAlive, writeAtomic } from '../pipeline/write-atomic.js';

export const MANIFEST_NAME = '.minutes-manifest.json';
const LOCK_NAME = '.minutes-manifest.lock';

/**
 * A manifest holds ~0.5 KB per meeting: 64 MiB is over 100 000 meetings. A larger one (issue 13:
 * 512 MiB made every run exit 3) is not read: it is damaged, and started again.
 */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** One output file: the hash of its inputs and of the bytes written. */
export interface OutputRecord {
  input: string;
  output: string;
  /** The bytes being written when the run stopped (see above): also minutes' own. */
  pending?: string;
}

/** What the archive index shows of a meeting, kept so the index needs no re-read of the meeting. */
export interface MeetingSummary {
  kind: string;
  /** ISO date, for ordering. */
  date: string;
  body: string;
  number: string;
  title: string;
}

export interface MeetingRecord extends MeetingSummary {
  /** By output file name. */
  outputs: Record<string, OutputRecord>;
}

export interface Manifest {
  tool: string;
  /** By the meeting file's path relative to the folder holding out/ (the archive's root), with /. */
  meetings: Record<string, MeetingRecord>;
  /** The folder's own files (index.md, register.*), by name; absent in manifests before 0.3. */
  files?: Record<string, OutputRecord>;
}

export function manifestPath(outDir: string): string {
  return join(outDir, MANIFEST_NAME);
}

/** The meeting file's key: its path from the folder that holds the output folder. */
export function sourceKey(file: string, outDir: string): string {
  return relative(dirname(resolve(outDir)), resolve(file)).split(sep).join('/');
}

export function sourcePath(key: string, outDir: string): string {
  return join(dirname(resolve(outDir)), ...key.split('/'));
}

/** An object without a prototype: a meeting named `__proto__` or `constructor` is just a key. */
function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function outputRecord(v: unknown): OutputRecord | null {
  if (!isObject(v) || typeof v['input'] !== 'string' || typeof v['output'] !== 'string') return null;
  const record: OutputRecord = { input: v['input'], output: v['output'] };
  if (typeof v['pending'] === 'string') record.pending = v['pending'];
  return record;
}

function outputTable(v: unknown): Record<string, OutputRecord> | null {
  if (!isObject(v)) return null;
  const out = table<OutputRecord>();
  for (const [name, value] of Object.entries(v)) {
    const record = outputRecord(value);
    if (record === null) return null;
    out[name] = record;
  }
  return out;
}

function meetingRecord(v: unknown): MeetingRecord | null {
  if (!isObject(v)) return null;
  const outputs = outputTable(v['outputs']);
  if (outputs === null) return null;
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : '');
  return { kind: text('kind'), date: text('date'), body: text('body'), number: text('number'), title: text('title'), outputs };
}

export interface ReadManifest {
  manifest: Manifest;
  /** Why (part of) the manifest was not trusted, in English and Thai; null when whole. */
  problem: { en: string; th: string } | null;
  /** The file was there (a folder without one is new, not damaged). */
  existed: boolean;
  /** The file's text, when it was read whole and sound. */
  text?: string;
}

export function emptyManifest(): Manifest {
  return { tool: '', meetings: table<MeetingRecord>() };
}

/**
 * The manifest of `outDir`, or an empty one. Never throws: a manifest that is too large, not
 * JSON, or holds records of the wrong shape (a number or null where a record belongs) is
 * reported as a problem and what is sound in it is kept; the next write replaces it whole.
 */
export function readManifest(outDir: string): ReadManifest {
  const path = manifestPath(outDir);
  if (!existsSync(path) && !isLink(path)) return { manifest: emptyManifest(), problem: null, existed: false };
  const bytes = readRegularFile(path, MAX_MANIFEST_BYTES);
  const damaged = (en: string, th: string): ReadManifest => ({ manifest: emptyManifest(), problem: { en, th }, existed: true });
  if (!(bytes instanceof Uint8Array)) {
    if (bytes.kind === 'too-large') return damaged(`larger than ${MAX_MANIFEST_BYTES} bytes`, `ใหญ่เกิน ${MAX_MANIFEST_BYTES} ไบต์`);
    if (bytes.kind === 'not-file') return damaged('not a regular file', 'ไม่ใช่ไฟล์ปกติ');
    if (bytes.kind === 'missing') return { manifest: emptyManifest(), problem: null, existed: false };
    return damaged(bytes.kind === 'unreadable' ? bytes.reason : 'unreadable', bytes.kind === 'unreadable' ? bytes.reasonTh : 'อ่านไม่ได้');
  }
  let parsed: unknown;
  const text = new TextDecoder().decode(bytes);
  try {
    parsed = JSON.parse(text);
  } catch {
    return damaged('not valid JSON', 'ไม่ใช่ JSON ที่ถูกต้อง');
  }
  if (!isObject(parsed) || !isObject(parsed['meetings'])) return damaged('no "meetings" table', 'ไม่มีตาราง "meetings"');
  const manifest: Manifest = { tool: typeof parsed['tool'] === 'string' ? parsed['tool'] : '', meetings: table<MeetingRecord>() };
  let dropped = 0;
  for (const [key, value] of Object.entries(parsed['meetings'])) {
    const record = meetingRecord(value);
    if (record === null) dropped++;
    else manifest.meetings[key] = record;
  }
  if (parsed['files'] !== undefined) {
    const files = outputTable(parsed['files']);
    if (files === null) dropped++;
    else manifest.files = files;
  }
  const problem = dropped === 0 ? null : { en: `${dropped} record(s) of the wrong shape left out`, th: `ข้ามระเบียนที่ผิดรูปแบบ ${dropped} รายการ` };
  return { manifest, problem, existed: true, ...(problem === null ? { text } : {}) };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
}

/** The manifest as written: two-space JSON with every key in order, ending in a newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(sorted(manifest), null, 2)}\n`;
}

/** How long an update waits for another run's lock before going ahead without it. */
const LOCK_WAIT_MS = 10_000;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A short-lived lock beside the manifest, created exclusively and holding the PID: a run killed
 * while holding it leaves it behind, and the next update removes it when that PID is gone.
 */
function withLock<T>(outDir: string, body: () => T): T {
  const path = join(outDir, LOCK_NAME);
  const start = Date.now();
  let fd: number | null = null;
  while (fd === null) {
    try {
      fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') break; // a folder we cannot lock in: the write itself will report it
      let owner = NaN;
      try {
        owner = Number(readFileSync(path, 'utf8'));
      } catch {
        // gone meanwhile: try again
      }
      if (!processAlive(owner)) rmSync(path, { force: true });
      else if (Date.now() - start > LOCK_WAIT_MS) break;
      else pause(15);
    }
  }
  try {
    return body();
  } finally {
    if (fd !== null) {
      closeSync(fd);
      rmSync(path, { force: true });
    }
  }
}

/**
 * The manifest as this run changes it: `update` applies a change to the manifest on disk (re-read
 * under the lock) and to this run's copy, and writes it atomically. With `dryRun` (--check)
 * nothing is written and the changes apply to this run's copy only.
 */
export class ManifestStore {
  readonly initial: ReadManifest;
  current: Manifest;
  /** The manifest file as this run last wrote (or read) it, and its text. */
  private written: FileIdentity | null = null;
  private writtenText: string | undefined;

  constructor(
    readonly outDir: string,
    readonly tool: string,
    readonly dryRun: boolean,
  ) {
    this.initial = readManifest(outDir);
    this.current = structuredCloneManifest(this.initial.manifest);
  }

  /** Changes made to this run's copy, not yet written: the next update writes them too. */
  private deferred: Array<(manifest: Manifest) => void> = [];

  /**
   * Applies a change to this run's copy now and to the file with the next update (the next
   * group's journal, or the run's last write): for records whose outputs are already on the disk
   * as either record says (see the journal above), so the file is right with or without it.
   */
  defer(change: (manifest: Manifest) => void): void {
    change(this.current);
    if (!this.dryRun) this.deferred.push(change);
  }

  update(change: (manifest: Manifest) => void): Manifest {
    if (this.dryRun) {
      change(this.current);
      this.current.tool = this.tool;
      return this.current;
    }
    return withLock(this.outDir, () => {
      // Another run may have written since: its records are kept, ours applied on top. When the
      // file is still the one this run wrote last (same inode, size and time: every write is a
      // rename of a new file), it is not read and parsed again.
      // A change that leaves the text as it is on disk (a run that rendered nothing new, the
      // index as it was) writes nothing: each write is flushed to the disk, twice.
      const path = manifestPath(this.outDir);
      const ours = this.written !== null && sameFile(this.written, statOf(path));
      const read = ours ? null : readManifest(this.outDir);
      const disk = read === null ? this.current : read.manifest;
      const before = read === null ? this.writtenText : read.text;
      for (const deferred of this.deferred) deferred(disk);
      change(disk);
      disk.tool = this.tool;
      const text = manifestText(disk);
      if (text !== before) writeAtomic(path, text);
      this.deferred = [];
      this.written = statOf(path);
      this.writtenText = text;
      this.current = disk;
      return disk;
    });
  }
}

interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

function statOf(path: string): FileIdentity | null {
  try {
    const { ino, size, mtimeMs } = lstatSync(path);
    return { ino, size, mtimeMs };
  } catch {
    return null;
  }
}

function sameFile(a: FileIdentity, b: FileIdentity | null): boolean {
  return b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function structuredCloneManifest(m: Manifest): Manifest {
  const copy: Manifest = { tool: m.tool, meetings: table<MeetingRecord>() };
  for (const [key, record] of Object.entries(m.meetings)) copy.meetings[key] = { ...record, outputs: Object.assign(table<OutputRecord>(), record.outputs) };
  if (m.files !== undefined) copy.files = Object.assign(table<OutputRecord>(), m.files);
  return copy;
}
