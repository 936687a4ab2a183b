// The one way a path written by a meeting or by the office (a photo, a memo's `report:`, the
// emblem, a PDF font, a template file) becomes a file read: resolved against its folder, kept
// inside it (symlinks followed, then checked again), a regular file only (a FIFO would block the
// read for ever, /dev/zero would never end), and read with a size limit. Paths may be written in
// the Windows form (`photos\a.jpg`, `C:\office\emblem.png`), as clerks on Windows copy them.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import nodePath from 'node:path';

export type PathApi = typeof nodePath.posix;

export type PathProblem =
  | { kind: 'outside' }
  | { kind: 'missing' }
  | { kind: 'not-file' }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; reason: string; reasonTh: string };

const DRIVE = /^[A-Za-z]:[\\/]/;
const UNC = /^[\\/]{2}[^\\/]/;

/** Written as an absolute path in either platform's form (`/x`, `C:\x`, `\\server\share`). */
export function isAbsoluteWritten(written: string): boolean {
  return written.startsWith('/') || written.startsWith('\\') || DRIVE.test(written) || UNC.test(written);
}

/**
 * The written path for `api`'s platform. On POSIX a backslash is read as a separator: a file
 * name holding one is far rarer than a path copied from Windows Explorer. A drive letter
 * means nothing on POSIX; it stays, and `resolveWritten` then finds the path outside its folder.
 */
export function nativeWritten(written: string, api: PathApi = nodePath): string {
  return api.sep === '/' ? written.replace(/\\/g, '/') : written.replace(/\//g, '\\');
}

/** `path` is `folder` itself or inside it (case-insensitively on Windows, as path.win32 compares). */
export function isInside(folder: string, path: string, api: PathApi = nodePath): boolean {
  const rel = api.relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !api.isAbsolute(rel) && !DRIVE.test(rel));
}

/**
 * The absolute path `written` names, resolved against `folder`, or 'outside' when it leaves the
 * folder. Pure: no file is touched (`resolveConfined` follows symlinks too).
 */
export function resolveWritten(folder: string, written: string, api: PathApi = nodePath): { path: string } | PathProblem {
  const native = nativeWritten(written, api);
  // A Windows drive path on POSIX can name nothing here.
  if (api.sep === '/' && (DRIVE.test(written) || UNC.test(written))) return { kind: 'outside' };
  const path = api.resolve(folder, native);
  if (path === api.resolve(folder) || !isInside(folder, path, api)) return { kind: 'outside' };
  return { path };
}

/** resolveWritten, then the real path (symlinks followed) checked to be inside the folder's real path. */
export function resolveConfined(folder: string, written: string): { path: string; real: string } | PathProblem {
  const resolved = resolveWritten(folder, written);
  if (!('path' in resolved)) return resolved;
  let real: string;
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
    real = realpathSync(resolved.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : unreadable(error);
  }
  if (!isInside(realFolder, real) || real === realFolder) return { kind: 'outside' };
  return { path: resolved.path, real };
}

/**
 * O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; Windows has no
 * FIFOs in the file system and no such flag (constants.O_NONBLOCK is undefined there): 0.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A regular file's bytes, at most `limit`. The type is checked on the open descriptor, so a file
 * swapped for a FIFO or a device after a stat is still refused, and the read stops at the limit
 * even if the file grows while it is read.
 */
export function readRegularFile(path: string, limit: number): Uint8Array | PathProblem {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'not-file' };
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-file' };
    if (stat.size > limit) return { kind: 'too-large', size: stat.size, limit };
    const bytes = new Uint8Array(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) return { kind: 'too-large', size: length, limit };
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return bytes.subarray(0, length);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { kind: 'not-file' };
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** Resolves, confines and reads: the one call for a file a meeting or the office names. */
export function readConfined(folder: string, written: string, limit: number): { path: string; bytes: Uint8Array } | PathProblem {
  const resolved = resolveConfined(folder, written);
  if (!('path' in resolved)) return resolved;
  const bytes = readRegularFile(resolved.real, limit);
  return bytes instanceof Uint8Array ? { path: resolved.real, bytes } : bytes;
}

function unreadable(error: unknown): PathProblem {
  return { kind: 'unreadable', reason: errnoText(error), reasonTh: errnoTextTh(error) };
}

/** System errors as a user reads them, in English and Thai: what happened, without Node's syscall and path. */
const ERRNO_TEXTS: Readonly<Record<string, readonly [en: string, th: string]>> = {
  EACCES: ['permission denied', 'ไม่มีสิทธิ์เข้าถึง'],
  EPERM: ['operation not permitted', 'ไม่ได้รับอนุญาต'],
  EBUSY: ['file in use', 'ไฟล์กำลังถูกใช้งาน'],
  ELOOP: ['too many symbolic links', 'ลิงก์วนซ้ำ'],
  EISDIR: ['is a folder', 'เป็นโฟลเดอร์'],
  ENOTDIR: ['not a folder', 'ไม่ใช่โฟลเดอร์'],
  ENOSPC: ['no space left on the disk', 'พื้นที่ดิสก์เต็ม'],
  EROFS: ['read-only file system', 'ระบบไฟล์อ่านได้อย่างเดียว'],
  EMFILE: ['too many open files', 'เปิดไฟล์พร้อมกันมากเกินไป'],
  EIO: ['input/output error', 'อ่านหรือเขียนดิสก์ผิดพลาด'],
  ENAMETOOLONG: ['name too long', 'ชื่อยาวเกินไป'],
  EDQUOT: ['disk quota exceeded', 'เกินโควตาดิสก์'],
};

function knownErrno(error: unknown): readonly [en: string, th: string] | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && Object.hasOwn(ERRNO_TEXTS, code) ? ERRNO_TEXTS[code] : undefined;
}

/** A system error as a user reads it: what happened, without Node's syscall and path. */
export function errnoText(error: unknown): string {
  return knownErrno(error)?.[0] ?? (error as NodeJS.ErrnoException).code ?? String((error as Error).message ?? error);
}

/** errnoText in Thai. */
export function errnoTextTh(error: unknown): string {
  return knownErrno(error)?.[1] ?? errnoText(error);
}
