// A DOCX laid out by LibreOffice: converted to PDF (soffice --headless), read back with
// pdftotext, and its lines matched to the source paragraphs, so that the line ends LibreOffice
// chose can be judged like the PDF writer's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF LibreOffice makes of `docx`. */
export function libreOfficePdf(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-lines-'));
  try {
    writeFileSync(join(dir, 'in.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'in.docx')], { stdio: 'ignore', timeout: 180_000 });
    return readFileSync(join(dir, 'in.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Thai vowel and tone marks above and below a letter (and ำ's nikhahit after NFKC). */
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** What a reader compares: NFKC (ำ and ํา alike), no-break spaces as spaces, no zero-width characters. */
export const normalise = (text: string) => text.normalize('NFKC').replace(/[\u00A0\u202F]/g, ' ').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');

/**
 * Each source paragraph as the lines LibreOffice drew it in (their concatenation is the
 * normalised paragraph); paragraphs not found whole (table cells side by side) are left out.
 */
export function paragraphLines(pdf: Uint8Array, sources: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'lo-text-'));
  let text: string;
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Page numbers ("-2-", LibreOffice draws them in Arabic digits) may be glued to a line.
  const lines = text.split(/[\n\f]/).map((l) => normalise(l).replace(/^\s*- ?[0-9]+ ?-?/, '').trimEnd()).filter((l) => /[^\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(l));
  const paragraphs = sources.map(normalise);
  // pdftotext puts spaces where LibreOffice left gaps (after a mark, ป้ องกัน): lines are matched
  // to the paragraph with spaces ignored on both sides.
  // LibreOffice's PDF also gives some marks after the next letter or on the next line (ชัน|้):
  // marks are skipped too, and a line end is placed after the marks of its last letter.
  const skip = (c: string) => c === ' ' || MARK.test(c);
  const matchAt = (paragraph: string, pos: number, line: string): number => {
    let p = pos;
    let matched = 0;
    for (const ch of line) {
      if (skip(ch)) continue;
      while (p < paragraph.length && skip(paragraph.charAt(p))) p++;
      if (paragraph.charAt(p) !== ch) return -1;
      p++;
      matched++;
    }
    if (matched === 0) return -1;
    while (p < paragraph.length && MARK.test(paragraph.charAt(p))) p++;
    return p;
  };
  const out: string[][] = [];
  let li = 0;
  for (const paragraph of paragraphs) {
    // Find the line this paragraph starts on, then take lines while they continue it.
    let start = li;
    while (start < lines.length && matchAt(paragraph, 0, lines[start] as string) < 0) start++;
    if (start >= lines.length) continue;
    const ends: number[] = [];
    let pos = 0;
    let i = start;
    while (i < lines.length && pos < paragraph.trimEnd().length) {
      const next = matchAt(paragraph, pos, lines[i] as string);
      if (next < 0) break;
      pos = next;
      while (paragraph.charAt(pos) === ' ') pos++;
      ends.push(pos);
      i++;
    }
    if (pos < paragraph.trimEnd().length) continue;
    li = i;
    const parts: string[] = [];
    let from = 0;
    for (const end of ends) {
      parts.push(paragraph.slice(from, end));
      from = end;
    }
    out.push(parts);
  }
  return out;
}
