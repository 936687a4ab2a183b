// Writes a file so that readers see the old bytes or the new ones, never half of either, and
// never through a symlink or into anything but a regular file of the output folder.
//
// The temporary file sits beside the target, named `.<name>.<pid>.<random>.minutes-tmp`, and is
// created exclusively (O_CREAT|O_EXCL, and O_NOFOLLOW where the platform has it): a file or a
// symlink planted under that name (git stores symlinks) makes the open fail, never a write
// through it. On Windows, O_EXCL is CREATE_NEW, which fails on any existing entry, symlinks
// included, and O_NOFOLLOW does not exist (constants.O_NOFOLLOW is undefined): the exclusive
// create alone is the guarantee there. A process killed between the write and the rename leaves
// a temporary file behind, and the next run removes it.
//
// Durable as well as atomic, as sqlite and git write: the new bytes are flushed to the disk
// (fsync) before the rename, and the folder after it, so a power cut or a crash of the machine
// right after the run leaves the old file or the new one, never an empty or half-flushed file
// under the output's name (on ext4 and most file systems a rename can reach the disk before the
// data it names). The manifest and its journal are written the same way, so what they record is
// on the disk before the outputs that depend on it are renamed. A batch (render-archive.ts) uses
// the two halves apart, stageFile and placeStaged, to flush the folder once after a group's
// renames instead of after each. Windows cannot fsync a folder
// (opening one fails): there the rename alone is relied on, as NTFS journals it.
//
// Windows locks a DOCX open in Word: the rename over it fails with EBUSY or EPERM. That is retried
// briefly (a virus scanner holds files for a moment too), then reported as OutputWriteError
// 'locked', which the batch turns into a user error for that meeting only.
import { randomBytes } from 'node:crypto';
import {
  closeSync, constants, existsSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\..+\.(\d+)(?:\.[0-9a-f]+)?\.minutes-tmp$/;

export type WriteFailure = 'locked' | 'not-regular' | 'not-folder' | 'failed';

/** Why an output could not be written: an environment problem the user can fix, never a bug. */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly failure: WriteFailure,
    readonly error: unknown = undefined,
  ) {
    super(`${path}: ${failure}${error === undefined ? "" : ` (${(error as NodeJS.ErrnoException).code ?? String(error)})`}`);
  }

  get errno(): string | undefined {
    return (this.error as NodeJS.ErrnoException | undefined)?.code;
  }
}

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** The errors a rename over a file held open by another program gives on Windows. */
const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);
const RENAME_ATTEMPTS = 4;
const RENAME_PAUSE_MS = 60;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The platform's rename and fsync; replaced by tests to simulate Windows' lock errors and to count flushes. */
export const fsOps = { rename: renameSync, fsync: fsyncSync };

/**
 * Flushes a folder's entries (a rename, a new file) to the disk. Where a folder cannot be opened
 * or flushed (Windows; some network file systems), nothing more can be done: not an error.
 */
export function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, constants.O_RDONLY);
  } catch {
    return;
  }
  try {
    fsOps.fsync(fd);
  } catch {
    // EINVAL/EPERM/EISDIR: this file system does not flush folders.
  } finally {
    closeSync(fd);
  }
}

/** Refuses a target that exists and is not a regular file: a symlink is never written through or replaced. */
function checkTarget(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new OutputWriteError(path, 'not-folder', error);
    throw new OutputWriteError(path, 'failed', error);
  }
  if (!stat.isFile()) throw new OutputWriteError(path, 'not-regular');
}

/** Makes the folder, refusing a path through a file or a symlinked sub-folder it did not make. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputWriteError(dir, code === 'EEXIST' || code === 'ENOTDIR' ? 'not-folder' : 'failed', error);
  }
}

function createExclusive(dir: string, name: string): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.minutes-tmp`);
    try {
      return { temp, fd: openSync(temp, CREATE_FLAGS, 0o666) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Taken (by a planted file or link): another name; ELOOP is O_NOFOLLOW meeting a symlink.
      if ((code === 'EEXIST' || code === 'ELOOP') && attempt < 8) continue;
      throw new OutputWriteError(join(dir, name), code === 'ENOTDIR' ? 'not-folder' : 'failed', error);
    }
  }
}

/** A file's new bytes written and flushed under a temporary name beside it, not yet renamed into place. */
export interface Staged {
  path: string;
  temp: string;
}

/**
 * The first half of writeAtomic: the new bytes in a temporary file beside `path`, flushed to the
 * disk. Nothing is left behind when it fails.
 */
export function stageFile(path: string, bytes: Uint8Array | string): Staged {
  const dir = dirname(path);
  ensureFolder(dir);
  checkTarget(path);
  const { temp, fd } = createExclusive(dir, basename(path));
  try {
    try {
      const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      // The descriptor is the file created: make sure it is one (never a device reached some other way).
      if (!fstatSync(fd).isFile()) throw new OutputWriteError(path, 'not-regular');
      for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
      // On the disk before it takes the output's name (a full disk can show only here: ENOSPC, EIO).
      fsOps.fsync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error instanceof OutputWriteError ? error : new OutputWriteError(path, 'failed', error);
  }
  return { path, temp };
}

/**
 * The second half: the staged file renamed over `path` (retried while Windows locks it). The
 * folder is not flushed: the caller does, once for every file it placed there (syncFolder),
 * before it records anything that counts on the new names being on the disk.
 */
export function placeStaged(staged: Staged): void {
  const { path, temp } = staged;
  let renamed = false;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        fsOps.rename(temp, path);
        renamed = true;
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!LOCK_CODES.has(code)) throw new OutputWriteError(path, code === 'EISDIR' ? 'not-regular' : 'failed', error);
        if (attempt >= RENAME_ATTEMPTS) throw new OutputWriteError(path, 'locked', error);
        pause(RENAME_PAUSE_MS * attempt);
      }
    }
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}

export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  placeStaged(stageFile(path, bytes));
  syncFolder(dirname(path));
}

/**
 * Writes a new file exclusively (never over an existing entry, never through a symlink):
 * the backups of hand-edited outputs. False when the name is taken.
 */
export function writeNew(path: string, bytes: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(path, CREATE_FLAGS, 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP') return false;
    throw new OutputWriteError(path, 'failed', error);
  }
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsOps.fsync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw new OutputWriteError(path, 'failed', error);
  }
  closeSync(fd);
  syncFolder(dirname(path));
  return true;
}

/** Whether a process `pid` is running: this one, or any other, ours or someone else's (EPERM). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of killed runs from `dir`; a live run's are left alone, except
 * entries that are not regular files: no run of ours makes those (a planted symlink). Returns their names.
 */
export function removeStaleTemps(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  let names: string[];
  try {
    if (!lstatSync(dir).isDirectory()) return [];
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (match === null) continue;
    let planted = false;
    try {
      planted = !lstatSync(join(dir, name)).isFile();
    } catch {
      continue;
    }
    if (!planted && processAlive(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
