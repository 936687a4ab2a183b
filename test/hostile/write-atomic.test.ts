// Writing into out/: never through a symlink, temp files created exclusively, Windows' lock on a
// DOCX open in Word simulated (EBUSY/EPERM on rename). Issue 13 item 4, issue 14 (Windows).
import { existsSync, fstatSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fsOps, OutputWriteError, removeStaleTemps, writeAtomic, writeNew } from '../../src/pipeline/write-atomic.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'minutes-write-'));
const realRename = fsOps.rename;
const realFsync = fsOps.fsync;
afterEach(() => {
  fsOps.rename = realRename;
  fsOps.fsync = realFsync;
});

/** Records the flushes and renames a write makes, in order: 'fsync file', 'rename', 'fsync folder'. */
function recordSteps(): string[] {
  const steps: string[] = [];
  fsOps.fsync = (fd) => {
    steps.push(fstatSync(fd).isDirectory() ? 'fsync folder' : 'fsync file');
    realFsync(fd);
  };
  fsOps.rename = (from, to) => {
    steps.push('rename');
    realRename(from, to);
  };
  return steps;
}

describe('durable writes (issue 13: as sqlite and git write)', () => {
  it('flushes the new bytes before the rename and the folder after it', () => {
    const dir = fresh();
    const steps = recordSteps();
    writeAtomic(join(dir, 'a.docx'), 'new bytes');
    // Before: no flush at all; a crash of the machine could leave an empty a.docx (ext4 delayed allocation).
    expect(steps).toEqual(['fsync file', 'rename', 'fsync folder']);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('new bytes');
  });

  it('flushes a backup and its folder', () => {
    const dir = fresh();
    const steps = recordSteps();
    expect(writeNew(join(dir, 'a.1.docx'), new TextEncoder().encode('old'))).toBe(true);
    expect(steps).toEqual(['fsync file', 'fsync folder']);
  });

  it('reports a flush that fails (a full disk shows there) and keeps the old file whole', () => {
    const dir = fresh();
    const path = join(dir, 'a.docx');
    writeFileSync(path, 'old bytes');
    fsOps.fsync = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
    };
    expect(() => writeAtomic(path, 'new bytes')).toThrow(expect.objectContaining({ failure: 'failed', errno: 'ENOSPC' }));
    expect(readFileSync(path, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
});

describe('writeAtomic', () => {
  it('never writes through a symlink planted under the temporary name of this very process', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    // The name 0.2.0 used: `.<name>.<pid>.minutes-tmp`, which git can carry as a symlink.
    symlinkSync(victim, join(dir, `.a.docx.${process.pid}.minutes-tmp`));
    writeAtomic(join(dir, 'a.docx'), 'new bytes');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'a.docx')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('new bytes');
  });

  it('refuses an output that is a symlink, leaving its target alone', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'a.docx'));
    expect(() => writeAtomic(join(dir, 'a.docx'), 'x')).toThrow(OutputWriteError);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'a.docx')).isSymbolicLink()).toBe(true);
  });

  it('reports a file Word holds open (EBUSY on rename, as on Windows) as locked, and keeps the old file whole', () => {
    const dir = fresh();
    const path = join(dir, 'a.docx');
    writeFileSync(path, 'old');
    for (const code of ['EBUSY', 'EPERM']) {
      let attempts = 0;
      fsOps.rename = () => {
        attempts++;
        throw Object.assign(new Error(code), { code });
      };
      const error = (() => {
        try {
          writeAtomic(path, 'new');
        } catch (e) {
          return e as OutputWriteError;
        }
        return null;
      })();
      expect(error?.failure).toBe('locked');
      expect(attempts).toBeGreaterThan(1); // retried: a virus scanner holds a file for a moment
      expect(readFileSync(path, 'utf8')).toBe('old');
      expect(readdirSync(dir).filter((n) => n.includes('minutes-tmp'))).toEqual([]);
    }
  });

  it('succeeds when the lock goes away while retrying', () => {
    const dir = fresh();
    const path = join(dir, 'a.docx');
    let attempts = 0;
    fsOps.rename = (from, to) => {
      if (++attempts === 1) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      realRename(from, to);
    };
    writeAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('reports a path through a file as not a folder', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'file'), '');
    expect(() => writeAtomic(join(dir, 'file', 'a.docx'), 'x')).toThrow(expect.objectContaining({ failure: 'not-folder' }));
  });
});

describe('removeStaleTemps', () => {
  it('removes a planted symlink even under a live PID, and spares a live run\'s regular temp file', () => {
    const dir = fresh();
    symlinkSync('/etc/passwd', join(dir, `.a.docx.${process.pid}.minutes-tmp`));
    writeFileSync(join(dir, `.b.docx.${process.pid}.0a1b2c3d.minutes-tmp`), 'mine');
    expect(removeStaleTemps(dir)).toEqual([`.a.docx.${process.pid}.minutes-tmp`]);
    expect(existsSync(join(dir, `.b.docx.${process.pid}.0a1b2c3d.minutes-tmp`))).toBe(true);
  });
});
