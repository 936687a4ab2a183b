// Diagnostics as editors and CI parse them: `path:line:column: error: message [CODE]`,
// then the offending line with a caret under the column, then the hint.
import { readFileSync } from 'node:fs';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';

const COMBINING = /\p{M}/u;

/** Spaces as wide as the text before the column; Thai marks take no width; tabs stay tabs. */
function caretPad(prefix: string): string {
  let pad = '';
  for (const ch of prefix) {
    if (ch === '\t') pad += '\t';
    else if (!COMBINING.test(ch)) pad += ' ';
  }
  return pad;
}

const sourceCache = new Map<string, string[] | null>();

function sourceLine(file: string, line: number): string | null {
  if (!sourceCache.has(file)) {
    try {
      sourceCache.set(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n|\r/));
    } catch {
      sourceCache.set(file, null);
    }
  }
  return sourceCache.get(file)?.[line - 1] ?? null;
}

export function formatDiagnostic(d: Diagnostic, lang: Lang, strict = false): string {
  const severity = strict && d.severity === 'warning' ? 'error' : d.severity;
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const lines = [`${where}: ${severity}: ${d.message} [${d.code}]`];
  const text = d.line > 0 ? sourceLine(d.file, d.line) : null;
  if (text !== null && text.length <= 500 && !text.includes('\u0000')) {
    lines.push(`  ${text}`);
    lines.push(`  ${caretPad(text.slice(0, Math.max(0, d.column - 1)))}^`);
  }
  if (d.hint !== undefined) lines.push(`  ${lang === 'th' ? 'คำแนะนำ' : 'hint'}: ${d.hint}`);
  return lines.join('\n');
}

/** Errors first is not wanted: files and positions in reading order are easier to fix. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0));
}
