// A generated archive for the archive tests: variations of the example meeting (dates, numbers,
// scores that still add up) in minutes/, with its photos, in a fresh folder that is the working directory.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve('.');
export const BIN = join(REPO, 'bin', 'minutes.js');

/** The example with meeting `i`'s date, number and EIT score; the total follows (0.3 IIT + 0.3 EIT + 0.4 OIT). */
export function variation(source: string, i: number): string {
  const date = new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
  const k = i % 20;
  const eit = (8306 + 10 * k) / 100;
  const total = (9243 + 3 * k) / 100;
  return source
    .replace(/^date: 2023-08-22/m, `date: ${date}`)
    .replace(/^( {2})?number: 2$/m, (_, indent: string | undefined) => `${indent ?? ''}number: ${(i % 99) + 1}`)
    .replace(/^ {4}EIT: 83\.06$/m, `    EIT: ${eit.toFixed(2)}`)
    .replace(/^ {2}total: 92\.43/m, `  total: ${total.toFixed(2)}`);
}

/** A folder holding minutes/ with `count` meetings; returns its path. */
export function makeArchive(count: number, options: { photos?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'minutes-archive-'));
  const dir = join(root, 'minutes');
  mkdirSync(dir);
  let source = readFileSync(join(REPO, 'minutes', '2566-02-ita.yaml'), 'utf8');
  if (options.photos === false) source = source.replace(/^photos:\n(?: {2}.*\n| {4}.*\n)*/m, '');
  else cpSync(join(REPO, 'minutes', 'photos'), join(dir, 'photos'), { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `m-${String(i + 1).padStart(3, '0')}.yaml`), variation(source, i));
  return root;
}
