// Reads a PDF back with poppler-utils (pdftotext, pdffonts, pdfinfo), which CI installs.
// A missing tool fails the test with a message saying what to install: it never skips.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runPoppler(tool: string, args: string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'input.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args.map((a) => (a === '{file}' ? file : a))], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils) to run the PDF tests`);
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, as `pdftotext -enc UTF-8` reads it; pages end with a form feed. */
export function pdfText(pdf: Uint8Array): string {
  return runPoppler('pdftotext', ['-enc', 'UTF-8', '{file}', '-'], pdf);
}

/** The text in drawing order (`pdftotext -raw`): a table cell's lines stay together. */
export function pdfRawText(pdf: Uint8Array): string {
  return runPoppler('pdftotext', ['-raw', '-enc', 'UTF-8', '{file}', '-'], pdf);
}

/** The text of one page (1-based). */
export function pdfPageText(pdf: Uint8Array, page: number): string {
  return runPoppler('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), '{file}', '-'], pdf);
}

/** `pdffonts` output. */
export function pdfFonts(pdf: Uint8Array): string {
  return runPoppler('pdffonts', ['{file}'], pdf);
}

/** `pdfinfo` fields, e.g. { Title: '...', Pages: '2' }. */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of runPoppler('pdfinfo', ['-enc', 'UTF-8', '{file}'], pdf).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return info;
}
