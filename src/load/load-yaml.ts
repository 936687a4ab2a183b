// A YAML file → plain values with positions; every problem goes to the reporter.
import { readFileSync, statSync } from 'node:fs';
import type { Reporter } from '../i18n/reporter.js';
import { decodeText, MAX_FILE_BYTES } from './decode.js';
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
  const tree = parseYamlTree(text, lines, reporter);
  if (tree === null) {
    if (reporter.diagnostics.length === 0) reporter.error('EMPTY_FILE', null);
    return null;
  }
  const { value, positions } = toPlain(tree, lines, reporter);
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
    // Refuse a huge file before reading it into memory.
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      reporter.error('FILE_TOO_LARGE', null, { size, limit: MAX_FILE_BYTES });
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
