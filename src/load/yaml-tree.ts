// YAML text → a tree of nodes that remember where they were written.
// js-yaml's event parser gives source offsets; its loader does not, and it turns
// `13.30` into 13.3. Here every scalar stays the exact text written, and the
// schema decides what it means. Tags and aliases are refused: a meeting file has
// no use for them, and refusing aliases makes "billion laughs" harmless.
import { EVENT_ID, parseEvents, getScalarValue, YAMLException, type Event } from 'js-yaml';
import type { Reporter } from '../i18n/reporter.js';
import type { LineIndex } from './line-index.js';

export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  kind: 'scalar';
  value: string;
  /** Nothing was written (`key:` with no value). */
  empty: boolean;
  start: number;
}

export interface YEntry {
  key: YScalar;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  entries: YEntry[];
  start: number;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  start: number;
}

export const MAX_DEPTH = 32;

interface Open {
  node: YMap | YSeq;
  pendingKey: YNode | null;
  /** Offset just after the last key, where an empty value is reported. */
  lastEnd: number;
}

export function parseYamlTree(text: string, lines: LineIndex, reporter: Reporter): YNode | null {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    reportSyntax(error, text, lines, reporter);
    return null;
  }
  const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
  if (documents > 1) {
    const second = secondDocumentOffset(text);
    reporter.error('YAML_MULTI_DOC', lines.position(second));
    return null;
  }
  return buildTree(events, text, lines, reporter);
}

function buildTree(events: Event[], text: string, lines: LineIndex, reporter: Reporter): YNode | null {
  const stack: Open[] = [];
  let root: YNode | null = null;
  // One message for all aliases: a "billion laughs" file has thousands of them.
  const aliases = events.filter((e) => e.type === EVENT_ID.ALIAS);
  let aliasReported = false;

  const checkTag = (tagStart: number, tagEnd: number): void => {
    if (tagStart < 0) return;
    const tag = text.slice(tagStart, tagEnd);
    if (tag !== '!!str') reporter.error('YAML_TAG', lines.position(tagStart), { tag });
  };

  const attach = (node: YNode, end: number): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      root = node;
      return;
    }
    if (top.node.kind === 'seq') {
      top.node.items.push(node);
      return;
    }
    if (top.pendingKey === null) {
      top.pendingKey = node;
      top.lastEnd = end;
      return;
    }
    const key = top.pendingKey;
    top.pendingKey = null;
    if (key.kind !== 'scalar') {
      reporter.error('YAML_COMPLEX_KEY', lines.position(key.start));
      return;
    }
    if (node.kind === 'scalar' && node.empty) node.start = top.lastEnd;
    top.node.entries.push({ key, value: node });
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        checkTag(event.tagStart, event.tagEnd);
        const node: YMap | YSeq =
          event.type === EVENT_ID.MAPPING
            ? { kind: 'map', entries: [], start: event.start }
            : { kind: 'seq', items: [], start: event.start };
        stack.push({ node, pendingKey: null, lastEnd: event.start });
        break;
      }
      case EVENT_ID.POP: {
        const open = stack.pop();
        if (open !== undefined) attach(open.node, open.node.start);
        break;
      }
      case EVENT_ID.SCALAR: {
        checkTag(event.tagStart, event.tagEnd);
        const empty = event.valueStart < 0;
        const start = empty ? (stack[stack.length - 1]?.lastEnd ?? 0) : event.valueStart;
        attach({ kind: 'scalar', value: getScalarValue(text, event), empty, start }, event.valueEnd);
        break;
      }
      case EVENT_ID.ALIAS: {
        if (!aliasReported) {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          reporter.error('YAML_ALIAS', lines.position(Math.max(0, event.anchorStart - 1)), { name, count: aliases.length });
          aliasReported = true;
        }
        attach({ kind: 'scalar', value: '', empty: true, start: event.anchorStart }, event.anchorEnd);
        break;
      }
      default:
        break;
    }
  }
  return root;
}

const REASONS_TH: Array<[RegExp, string, string?]> = [
  [/tab characters must not be used/, 'ใช้แท็บ (Tab) ย่อหน้าไม่ได้', 'ใช้ช่องว่าง (Space) ย่อหน้าแทนแท็บ'],
  [/bad indentation of a mapping entry/, 'ย่อหน้าของบรรทัดนี้ไม่ตรงกับข้อมูลระดับเดียวกัน', 'จัดย่อหน้าให้ตรงกับบรรทัดก่อนหน้าในระดับเดียวกัน'],
  [/bad indentation of a sequence entry/, 'ย่อหน้าของรายการ (-) ไม่ถูกต้อง', 'จัดย่อหน้าของ - ให้ตรงกัน'],
  [/deficient indentation/, 'ย่อหน้าไม่พอ'],
  [/unexpected end of the stream within a (single|double) quoted scalar/, 'เปิดเครื่องหมายคำพูดแล้วไม่ได้ปิด'],
  [/end of the stream or a document separator is expected/, 'มีข้อความเกินมาที่อ่านไม่ได้'],
  [/nesting exceeded maxDepth/, `ข้อมูลซ้อนกันลึกเกิน ${MAX_DEPTH} ชั้น`],
  [/incomplete explicit mapping pair|can not read a block mapping entry/, 'อ่านคู่ ชื่อ: ค่า ไม่ได้', 'ตรวจเครื่องหมาย : หลังชื่อข้อมูล'],
  [/duplicated mapping key/, 'ชื่อข้อมูลซ้ำ'],
];

function reportSyntax(error: unknown, text: string, lines: LineIndex, reporter: Reporter): void {
  const reason = error instanceof YAMLException ? error.reason : String(error);
  const offset = error instanceof YAMLException && error.mark !== undefined ? error.mark.position : 0;
  const known = REASONS_TH.find(([pattern]) => pattern.test(reason));
  const shown = reporter.lang === 'th' && known !== undefined ? known[1] : reason;
  const hint = reporter.lang === 'th' ? known?.[2] : undefined;
  const quote = unclosedQuoteBefore(text, offset, lines);
  if (quote !== null) {
    // Point at the opening quote, not at the line where the parser gave up.
    const reason = reporter.say('เปิดเครื่องหมายคำพูดแล้วไม่ได้ปิด', 'a quote is opened and never closed');
    const hintQuote = reporter.say('ปิดเครื่องหมายคำพูดท้ายข้อความ', 'close the quote at the end of the text');
    reporter.error('YAML_SYNTAX', quote, { reason }, hintQuote);
    return;
  }
  reporter.error('YAML_SYNTAX', lines.position(offset), { reason: shown }, hint);
}

/** js-yaml reports an unclosed quote where it gave up, often a line later: find the opening quote. */
function unclosedQuoteBefore(text: string, offset: number, lines: LineIndex): { line: number; column: number } | null {
  const errorLine = lines.position(offset).line;
  for (let line = errorLine; line >= Math.max(1, errorLine - 3); line--) {
    const content = lines.lineText(line);
    const prefix = /^\s*(-\s+)?([^:"'#]*:\s+)?/.exec(content)?.[0] ?? '';
    const value = content.slice(prefix.length);
    const open = (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"/.test(value)) || (/^'/.test(value) && !/^'(?:[^']|'')*'/.test(value));
    if (open) return { line, column: prefix.length + 1 };
  }
  return null;
}

function secondDocumentOffset(text: string): number {
  const match = /^---/m.exec(text.replace(/^---.*\n/, (m) => ' '.repeat(m.length)));
  return match?.index ?? 0;
}
