// Thai in a terminal, Windows Terminal included: the command writes UTF-8 through process.stdout and
// process.stderr only. On a Windows console libuv turns those writes into UTF-16 (WriteConsoleW), so
// Thai shows whatever the console's code page; a write to file descriptor 1 or 2 with fs would go
// out as bytes in that code page, garbled (nodejs/node#24550).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('what the command prints', () => {
  it('goes through process.stdout and process.stderr, never fs writes to descriptors 1 and 2', () => {
    const offenders = [...sources(join(REPO, 'src')), join(REPO, 'bin', 'minutes.js')].filter((file) =>
      /\b(?:writeSync|write)\(\s*(?:1|2|process\.(?:stdout|stderr)\.fd)\s*,/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('is UTF-8 without a byte-order mark, Thai included', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'bin', 'minutes.js'), '--help'], { encoding: 'buffer' });
    expect(run.status).toBe(0);
    const bytes = run.stdout;
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toContain('วิธีใช้');
  });
});
