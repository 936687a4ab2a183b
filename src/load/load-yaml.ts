// A YAML file → plain values with positions; every problem goes to the reporter.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Reporter } from '../i18n/reporter.js';
import { decodeText, MAX_FILE_BYTES, normalizeNewlines } from './decode.js';
import { LineIndex } from './line-index.js';
import { toPlain, type PositionMap } from './to-plain.js';
import { parseYamlTree } from './yaml-tree.js';
import { isInside, readRegularFile } from './resolve-path.js';

/** At most this much of a file's text is quoted in a message: a file is never printed whole. */
const QUOTE_CHARS = 80;

function quoted(text: string): string {
  const chars = [...text.split('\n')[0] as string];
  return chars.length > QUOTE_CHARS || text.includes('\n') ? `${chars.slice(0, QUOTE_CHARS).join('')}…` : text;
}

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
      : reporter.say(`ข้อความ "${quoted(String(value))}"`, `the text "${quoted(String(value))}"`);
    reporter.error('NOT_A_MAPPING', lines.position(tree.start), { found });
    return null;
  }
  return { text, lines, value, positions };
}

export function loadYamlFile(path: string, reporter: Reporter): LoadedYaml | null {
  const fail = (th: string, en: string) => {
    reporter.error('READ_FAILED', null, { reason: reporter.say(th, en) });
    return null;
  };
  try {
    // A symlinked meeting pointing out of its folder (git stores symlinks) would print another
    // file's text in the messages, into a CI log (issue 13, 3).
    if (lstatSync(path).isSymbolicLink() && !isInside(realpathSync(dirname(resolve(path))), realpathSync(path))) {
      return fail('เป็นลิงก์ที่ชี้ออกนอกโฟลเดอร์ของไฟล์', 'a symlink pointing out of its folder');
    }
  } catch {
    // Reported by the read below (missing, unreadable).
  }
  // Regular files only (a named pipe would block for ever) and at most the limit, both checked
  // on the open file before anything is read.
  const bytes = readRegularFile(path, MAX_FILE_BYTES);
  if (!(bytes instanceof Uint8Array)) {
    switch (bytes.kind) {
      case 'missing': return fail('ไม่มีไฟล์นี้', 'no such file');
      case 'not-file': return fail('ไม่ใช่ไฟล์ปกติ', 'not a regular file');
      case 'too-large':
        reporter.error('FILE_TOO_LARGE', null, { size: bytes.size, limit: MAX_FILE_BYTES });
        return null;
      case 'unreadable': return fail(bytes.reasonTh, bytes.reason);
      default: return fail('อ่านไม่ได้', 'unreadable');
    }
  }
  const text = decodeText(bytes, reporter);
  if (text === null) return null;
  return loadYamlText(text, reporter);
}

/** A file's text as loading reads it (UTF-16, TIS-620…), to show one of its lines; null when unreadable. */
export function readSourceText(path: string): string | null {
  const bytes = readRegularFile(path, MAX_FILE_BYTES);
  if (!(bytes instanceof Uint8Array)) return null;
  // Text that is no known encoding is shown as UTF-8, with U+FFFD where it breaks.
  return decodeText(bytes, new Reporter(path, 'en')) ?? normalizeNewlines(new TextDecoder('utf-8').decode(bytes));
}

/** Only document markers (---, ...), comments and blank lines. */
function isBareMarker(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(?:(?:---|\.\.\.)(?:\s.*)?)?\s*(?:#.*)?$/.test(line));
}
