// The one resolver of src/load/: Windows paths (simulated with path.win32), confinement, file
// types and size limits. Issue 13 items 3, 7, 17 and issue 14's Windows paths.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAbsoluteWritten, readConfined, readRegularFile, resolveConfined, resolveWritten } from '../../src/load/resolve-path.js';

const { win32, posix } = path;

describe('resolveWritten on Windows (path.win32)', () => {
  const office = 'C:\\Users\\clerk\\archive';
  it('resolves backslashes and forward slashes inside the folder', () => {
    expect(resolveWritten(office, 'photos\\a.jpg', win32)).toEqual({ path: 'C:\\Users\\clerk\\archive\\photos\\a.jpg' });
    expect(resolveWritten(office, 'photos/a.jpg', win32)).toEqual({ path: 'C:\\Users\\clerk\\archive\\photos\\a.jpg' });
  });
  it('accepts a drive-letter path inside the folder, whatever its case', () => {
    expect(resolveWritten(office, 'c:\\users\\CLERK\\archive\\fonts\\th.ttf', win32)).toHaveProperty('path');
  });
  it('refuses another drive, a parent folder, a UNC share', () => {
    expect(resolveWritten(office, 'D:\\secret\\.env', win32)).toEqual({ kind: 'outside' });
    expect(resolveWritten(office, '..\\..\\secret\\.env', win32)).toEqual({ kind: 'outside' });
    expect(resolveWritten(office, '\\\\server\\share\\x.png', win32)).toEqual({ kind: 'outside' });
    expect(resolveWritten(office, 'C:\\Windows\\win.ini', win32)).toEqual({ kind: 'outside' });
  });
});

describe('resolveWritten on POSIX', () => {
  it('reads a path copied from Windows Explorer with backslashes', () => {
    expect(resolveWritten('/srv/archive/minutes', 'photos\\a.jpg', posix)).toEqual({ path: '/srv/archive/minutes/photos/a.jpg' });
  });
  it('refuses a drive letter, .., an absolute path outside, and the folder itself', () => {
    expect(resolveWritten('/srv/archive', 'C:\\office\\emblem.png', posix)).toEqual({ kind: 'outside' });
    expect(resolveWritten('/srv/archive/minutes', '../../secret/.env', posix)).toEqual({ kind: 'outside' });
    expect(resolveWritten('/srv/archive/minutes', '..\\..\\secret\\.env', posix)).toEqual({ kind: 'outside' });
    expect(resolveWritten('/srv/archive', '/etc/passwd', posix)).toEqual({ kind: 'outside' });
    expect(resolveWritten('/srv/archive', '.', posix)).toEqual({ kind: 'outside' });
  });
  it('knows an absolute path in either form', () => {
    for (const p of ['/etc/x', 'C:\\x', 'c:/x', '\\\\srv\\x', '\\x']) expect(isAbsoluteWritten(p), p).toBe(true);
    expect(isAbsoluteWritten('photos\\a.jpg')).toBe(false);
  });
});

describe('reading a file a meeting or the office names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-resolve-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'secret.env'), 'TOKEN=abc');
  writeFileSync(path.join(dir, 'in', 'ok.txt'), 'hello');
  symlinkSync(path.join(dir, 'secret.env'), path.join(dir, 'in', 'link.txt'));
  execFileSync('mkfifo', [path.join(dir, 'in', 'fifo')]);

  it('refuses a symlink pointing out of the folder', () => {
    expect(resolveConfined(path.join(dir, 'in'), 'link.txt')).toEqual({ kind: 'outside' });
  });
  it('returns a FIFO as not a file at once, without waiting for a writer', () => {
    expect(readRegularFile(path.join(dir, 'in', 'fifo'), 100)).toEqual({ kind: 'not-file' });
    expect(readConfined(path.join(dir, 'in'), 'fifo', 100)).toEqual({ kind: 'not-file' });
  });
  it('returns /dev/zero as not a file instead of reading it for ever', () => {
    expect(readRegularFile('/dev/zero', 1024)).toEqual({ kind: 'not-file' });
  });
  it('stops at the size limit', () => {
    expect(readRegularFile(path.join(dir, 'in', 'ok.txt'), 3)).toEqual({ kind: 'too-large', size: 5, limit: 3 });
    expect(new TextDecoder().decode(readRegularFile(path.join(dir, 'in', 'ok.txt'), 5) as Uint8Array)).toBe('hello');
  });
  it('reports a missing file and a folder', () => {
    expect(readConfined(path.join(dir, 'in'), 'nope.txt', 10)).toEqual({ kind: 'missing' });
    expect(readRegularFile(dir, 10)).toEqual({ kind: 'not-file' });
  });
});
