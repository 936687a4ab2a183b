// A YAML file → plain values with positions; every problem goes to the reporter.
import { readFileSync, statSync } from 'node:fs';
import { Reporter } from '../i18n/reporter.js';
import { decodeText, MAX_FILE_BYTES, normalizeNewlines } from './decode.js';
import { LineIndex } from './line-index.js';
import { toPlain, type PositionMap } from './to-plain.js';
import { parseYamlTree } from './yaml-tree.js';

export interface LoadedYaml {
  text: string;
  lines: LineIndex;
  value: unknown;
  positions: PositionMap;
}

export function loadYamlText(text: string, reporter: Reporter): LoadedYaml | null {
  const lines = new LineIndex(text);
  const errors = () => reporter.diagnostics.filter((d) => d.severity === 'error').length;
  const errorsBefore = errors();
  const tree = parseYamlTree(text, lines, reporter);
  if (tree === null) {
    // No tree and no error yet (a warning, such as the encoding, may be there): nothing but comments.
    if (errors() === errorsBefore) reporter.error('EMPTY_FILE', null);
    return null;
  }
  const { value, positions } = toPlain(tree, lines, reporter);
  // A document marker and nothing else (`---`): as empty as a file with no text at all.
  if (value === null || value === undefined || (typeof value === 'string' && value === '' && isBareMarker(text))) {
    reporter.error('EMPTY_FILE', null);
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value)
      ? reporter.say('รายการ (- ...)', 'a list')
      : reporter.say(`ข้อความ "${String(value)}"`, `the text "${String(value)}"`);
    reporter.error('NOT_A_MAPPING', lines.position(tree.start), { found });
    return null;
  }
  return { text, lines, value, positions };
}

export function loadYamlFile(path: string, reporter: Reporter): LoadedYaml | null {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    // A folder or a named pipe: reading a pipe would wait for ever.
    if (!stat.isFile()) {
      reporter.error('READ_FAILED', null, { reason: reporter.say('ไม่ใช่ไฟล์ปกติ', 'not a regular file') });
      return null;
    }
    // Refuse a huge file before reading it into memory.
    if (stat.size > MAX_FILE_BYTES) {
      reporter.error('FILE_TOO_LARGE', null, { size: stat.size, limit: MAX_FILE_BYTES });
      return null;
    }
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? reporter.say('ไม่มีไฟล์นี้', 'no such file') : String((error as Error).message);
    reporter.error('READ_FAILED', null, { reason });
    return null;
  }
  const text = decodeText(bytes, reporter);
  if (text === null) return null;
  return loadYamlText(text, reporter);
}

/** A file's text as loading reads it (UTF-16, TIS-620…), to show one of its lines; null when unreadable. */
export function readSourceText(path: string): string | null {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    const bytes = readFileSync(path);
    // Text that is no known encoding is shown as UTF-8, with U+FFFD where it breaks.
    return decodeText(bytes, new Reporter(path, 'en')) ?? normalizeNewlines(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return null;
  }
}

/** Only document markers (---, ...), comments and blank lines. */
function isBareMarker(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(?:(?:---|\.\.\.)(?:\s.*)?)?\s*(?:#.*)?$/.test(line));
}
