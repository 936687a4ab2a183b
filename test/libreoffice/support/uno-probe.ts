// LibreOffice through Python UNO (uno_probe.py beside this file; Debian python3-uno, which
// .ci/run installs): Writer's own line ends, read with its view cursor, and what its Find finds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasSoffice } from '../../support/soffice.js';

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'uno_probe.py');
/** Debian's python3-uno is built for the system Python, not one a version manager puts first. */
const PYTHON = '/usr/bin/python3';

/** Whether soffice and Python UNO are installed. */
export function hasUno(): boolean {
  if (!hasSoffice()) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Find All counts: the API's search descriptor, the Find & Replace dialog's defaults, and it ignoring diacritics and kashida. */
export interface FindCounts {
  api: number;
  dialog: number;
  dialogIgnoringDiacritics: number;
}

export interface SweepWord {
  /** Line ends LibreOffice made in the word's paragraphs, and how many fell inside a repetition of it. */
  lineEnds: number;
  inside: number;
  example: string | null;
  occurrences: number;
  find: FindCounts;
}

export interface SweepResult {
  words: Record<string, SweepWord>;
  /** Whether the character is still in LibreOffice's text export, and in the text of its PDF (pdftotext). */
  textExportKeeps: boolean;
  pdfTextKeeps: boolean;
}

function probe<T>(request: Record<string, unknown>, files: Record<string, Uint8Array> = {}): T {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-uno-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const input = JSON.stringify({ profile: join(dir, 'profile'), work: dir, ...request, ...Object.fromEntries(Object.keys(files).map((n) => [n.replace(/\..*$/, ''), join(dir, n)])) });
    const out = execFileSync(PYTHON, [PROBE], { input, encoding: 'utf8', timeout: 400_000, maxBuffer: 1 << 26 });
    return JSON.parse(out) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each word repeated in paragraphs of many widths, a candidate character between its grapheme
 * clusters (and on both sides of its spaces), a plain space between repetitions; one DOCX per
 * candidate. The candidates named in `hidden` have their characters in hidden runs (w:vanish).
 */
export function sweepCandidates(candidates: Record<string, string>, words: readonly string[], widthsMm: readonly number[], hidden: readonly string[] = [], repeat = 8): Record<string, SweepResult> {
  return probe({ mode: 'sweep', candidates, words, widthsMm, repeat, hidden });
}

/** LibreOffice's Find counts for each word in `docx`. */
export function findInDocx(docx: Uint8Array, words: readonly string[]): Record<string, FindCounts> {
  return probe({ mode: 'find', words }, { 'docx.docx': docx });
}
