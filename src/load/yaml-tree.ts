// YAML text → a tree of nodes that remember where they were written.
// js-yaml's event parser gives source offsets; its loader does not, and it turns
// `13.30` into 13.3. Here every scalar stays the exact text written, and the
// schema decides what it means. Tags and aliases are refused: a meeting file has
// no use for them, and refusing aliases makes "billion laughs" harmless. Every scalar,
// keys included, goes through the Thai text hygiene.
import { EVENT_ID, parseEvents, getScalarValue, type Event } from 'js-yaml';
import type { Reporter } from '../i18n/reporter.js';
import { ScalarCleaner } from './clean-scalars.js';
import type { LineIndex } from './line-index.js';
import { hideControls } from './text-hygiene.js';
import { MAX_DEPTH, reportSyntax } from './yaml-syntax.js';

export { MAX_DEPTH };

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

/** Keys, values, lists and mappings in one file (2566-02-ita.yaml has about 300); past this, nothing downstream runs. */
export const MAX_VALUES = 20_000;

interface Open {
  node: YMap | YSeq;
  pendingKey: YNode | null;
  /** Offset just after the last key, where an empty value is reported. */
  lastEnd: number;
}

export function parseYamlTree(source: string, lines: LineIndex, reporter: Reporter): YNode | null {
  // YAML refuses control characters (pasted from Word); the hygiene removes them from values instead.
  const text = hideControls(source);
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    reportSyntax(error, text, lines, reporter);
    return null;
  }
  const tooMany = valueBeyondLimit(events);
  if (tooMany !== null) {
    reporter.error('TOO_MANY_VALUES', lines.position(tooMany), { limit: MAX_VALUES });
    return null;
  }
  const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
  if (documents > 1) {
    const second = secondDocumentOffset(text);
    reporter.error('YAML_MULTI_DOC', lines.position(second));
    return null;
  }
  const cleaner = new ScalarCleaner(text, source, lines, reporter);
  const tree = buildTree(events, text, lines, reporter, cleaner);
  cleaner.finish();
  return tree;
}

/** Where the value past MAX_VALUES starts, or null when the file is within the limit. */
function valueBeyondLimit(events: Event[]): number | null {
  let count = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) continue;
    count++;
    if (count <= MAX_VALUES) continue;
    if (event.type === EVENT_ID.SCALAR) return Math.max(0, event.valueStart, event.tagStart, event.anchorStart);
    return event.type === EVENT_ID.ALIAS ? Math.max(0, event.anchorStart - 1) : event.start;
  }
  return null;
}

function buildTree(events: Event[], text: string, lines: LineIndex, reporter: Reporter, cleaner: ScalarCleaner): YNode | null {
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
        const value = empty ? '' : cleaner.clean(getScalarValue(text, event), event.valueStart, event.valueEnd);
        attach({ kind: 'scalar', value, empty, start }, event.valueEnd);
        break;
      }
      case EVENT_ID.ALIAS: {
        if (!aliasReported) {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          // `*ข้อความ` with no `&ข้อความ` anywhere: a star meant as text, not a reference.
          const hint = anchorNames(events, text).has(name)
            ? undefined
            : reporter.say('ถ้าต้องการเครื่องหมาย * เป็นข้อความ ให้ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด', 'to write * as text, put the whole text in quotes');
          reporter.error('YAML_ALIAS', lines.position(Math.max(0, event.anchorStart - 1)), { name, count: aliases.length }, hint);
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

function anchorNames(events: Event[], text: string): Set<string> {
  const names = new Set<string>();
  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      if (event.anchorStart >= 0) names.add(text.slice(event.anchorStart, event.anchorEnd));
    }
  }
  return names;
}

function secondDocumentOffset(text: string): number {
  const match = /^---/m.exec(text.replace(/^---.*\n/, (m) => ' '.repeat(m.length)));
  return match?.index ?? 0;
}
