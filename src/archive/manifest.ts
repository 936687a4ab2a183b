// out/.minutes-manifest.json: for each meeting rendered into a folder, what its outputs were made
// from and the hash of the bytes written. Committed with out/: keys sorted, no timestamps, so it
// changes only when an output does.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const MANIFEST_NAME = '.minutes-manifest.json';

/** One output file: the hash of its inputs and of the bytes written. */
export interface OutputRecord {
  input: string;
  output: string;
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

/** The manifest of `outDir`, or an empty one; a damaged manifest counts as none (nothing is trusted). */
export function readManifest(outDir: string): Manifest {
  const path = manifestPath(outDir);
  if (!existsSync(path)) return { tool: '', meetings: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    if (typeof parsed.meetings !== 'object' || parsed.meetings === null) return { tool: '', meetings: {} };
    return { tool: String(parsed.tool ?? ''), meetings: parsed.meetings };
  } catch {
    return { tool: '', meetings: {} };
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
