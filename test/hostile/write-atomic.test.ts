// Writing into out/: never through a symlink, temp files created exclusively, Windows' lock on a
// DOCX open in Word simulated (EBUSY/EPERM on rename). Issue 13 item 4, issue 14 (Windows).
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fsOps, OutputWriteError, removeStaleTemps, writeAtomic } from '../../src/pipeline/write-atomic.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'minutes-write-'));
const realRename = fsOps.rename;
afterEach(() => {
  fsOps.rename = realRename;
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
