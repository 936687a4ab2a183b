// Issue 13, item 16: validating an archive of formal minutes grew with the square of its size
// (500 files 4.8 s, 2000 files 42.6 s): each meeting listed its folder and compared every file
// of it at each step of its chain of earlier meetings. Proven by counting the work, never by
// timing it: folder entries listed, and meetings compared to find each previous meeting.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the bench's archive maker is plain JavaScript
import { makeArchive } from '../../bench/make-archive.js';
import { findProject, validateMeetingFile } from '../../src/index.js';
import { session } from '../../src/session.js';

const work = mkdtempSync(join(tmpdir(), 'minutes-linear-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Validates an archive of `count` formal minutes (ten bodies) in one session; the work counted. */
function validateArchive(count: number): { listed: number; lookups: number; compared: number } {
  const dir = makeArchive(join(work, String(count)), count, 'minutes') as string;
  session().reset();
  const options = { lang: 'th' as const, strict: false, project: findProject(), office: null };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    expect(validateMeetingFile(join(dir, name), options).ok, name).toBe(true);
  }
  const counted = (name: string) => session().counted(name);
  return { listed: counted('minutes/listed'), lookups: counted('minutes/lookups'), compared: counted('minutes/compared') };
}

describe('validating formal minutes', () => {
  const small = validateArchive(60);
  const large = validateArchive(240);

  it('lists the folder once per run, not once per meeting', () => {
    // Each file of the folder (the meetings and photos/) once.
    expect(small.listed).toBe(61);
    expect(large.listed).toBe(241);
  });

  it('finds each previous meeting by a binary search among its body\'s meetings', () => {
    expect(small.lookups).toBeGreaterThan(60);
    // Ten bodies: 6 and 24 meetings each; a search compares at most ⌈log₂(n + 1)⌉ of them.
    expect(small.compared).toBeLessThanOrEqual(small.lookups * Math.ceil(Math.log2(6 + 1)));
    expect(large.compared).toBeLessThanOrEqual(large.lookups * Math.ceil(Math.log2(24 + 1)));
  });
});
