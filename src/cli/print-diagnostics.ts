// Diagnostics as editors and CI parse them: `path:line:column: error: message [CODE]`,
// then the offending line with a caret under the column, then the hint.
import { messageOf, type Lang } from '../i18n/messages.js';
import { readSourceText } from '../load/load-yaml.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { session } from '../session.js';

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

/** Source lines of the files messages point into, by file, once per session. */
const sourceCache = () => session().map<string, string[] | null>('cli/source-lines');

function sourceLine(file: string, line: number): string | null {
  if (!sourceCache().has(file)) {
    // Decoded as loading decodes it, so a TIS-620 or UTF-16 line shows as Thai, not mojibake.
    sourceCache().set(file, readSourceText(file)?.split('\n') ?? null);
  }
  return sourceCache().get(file)?.[line - 1] ?? null;
}

export function formatDiagnostic(d: Diagnostic, lang: Lang, strict = false): string {
  const severity = strict && d.severity === 'warning' ? 'error' : d.severity;
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const { message, hint } = messageOf(d, lang);
  const lines = [`${where}: ${severity}: ${message} [${d.code}]`];
  const text = d.line > 0 ? sourceLine(d.file, d.line) : null;
  if (text !== null && text.length <= 500 && !text.includes('\u0000')) {
    lines.push(`  ${text}`);
    lines.push(`  ${caretPad(text.slice(0, Math.max(0, d.column - 1)))}^`);
  }
  if (hint !== undefined) lines.push(`  ${lang === 'th' ? 'คำแนะนำ' : 'hint'}: ${hint}`);
  return lines.map(visible).join('\n');
}

/** Control characters from a file or its name are shown as symbols: an escape sequence must not reach the terminal. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Errors first is not wanted: files and positions in reading order are easier to fix. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0));
}
