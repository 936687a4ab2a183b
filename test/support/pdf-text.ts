// Reads a PDF back with poppler-utils (pdftotext, pdffonts, pdfinfo), which CI installs.
// A missing tool fails the test with a message saying what to install: it never skips.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
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

/**
 * The text of one page in drawing order (`pdftotext -raw`). Poppler's layout mode joins a line
 * that ends in "-" to the next as a hyphenated word, so a page number "- ๒ -" is read this way.
 */
export function pdfRawPageText(pdf: Uint8Array, page: number): string {
  return runPoppler('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), '{file}', '-'], pdf);
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

/**
 * The PDF's objects with their streams inflated, one line each, and a hash of the whole: a
 * golden of what our writer puts in the file (text operators, glyph widths, ToUnicode maps,
 * subsets), which pdftotext's text does not show. Independent of the deflate that packed it.
 */
export function pdfObjectsSummary(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  const hash = createHash('sha256');
  for (const match of text.matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) {
    const whole = match[2] as string;
    const at = whole.search(/stream\r?\n/);
    const dict = (at < 0 ? whole : whole.slice(0, at)).replace(/\s+/g, ' ').trim();
    let body = '';
    if (at >= 0) {
      const start = at + (/stream\r?\n/.exec(whole.slice(at))?.[0].length ?? 0);
      const data = Buffer.from(whole.slice(start, whole.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
      body = /\/FlateDecode/.test(dict) ? inflateSync(data).toString('latin1') : data.toString('latin1');
    }
    const type = /\/Type \/(\w+)/.exec(dict)?.[1] ?? (body.includes('begincmap') ? 'ToUnicode' : at >= 0 ? 'Stream' : 'Object');
    hash.update(dict.replace(/\/Length \d+/, '')).update(body);
    const ops = type !== 'Stream' || !/\bBT\b/.test(body) ? '' : ` ${(body.match(/\bTJ\b/g) ?? []).length} TJ, ${(body.match(/\bre\b/g) ?? []).length} re, ${(body.match(/\bl\b/g) ?? []).length} l`;
    lines.push(`${match[1]} ${type}${ops}`);
  }
  return `${lines.join('\n')}\nsha256 of dictionaries and inflated streams: ${hash.digest('hex')}\n`;
}
