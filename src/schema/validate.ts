// Plain YAML values → the typed meeting model, every problem reported at its position.
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import type { Reporter } from '../i18n/reporter.js';
import type { Code } from '../i18n/messages.js';
import type { LineIndex } from '../load/line-index.js';
import type { Path, PositionMap } from '../load/to-plain.js';
import type { Said } from '../model/diagnostic.js';
import { fieldName, fieldNameAt } from './labels.js';

type Issue = z.core.$ZodIssue;

export interface Located {
  lines: LineIndex;
  positions: PositionMap;
}

/** Runs a schema; returns the output, or null after reporting every issue. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: Located,
  reporter: Reporter,
): z.output<S> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const explained = misspelledRequiredKeys(issues, schema, value);
  for (const issue of issues) {
    if (explained.has(pathText(issue.path as Path))) continue;
    reportIssue(issue, value, schema, where, reporter);
  }
  return null;
}

const pathText = (path: Path): string => path.join('\u001f');

/** A required key that is missing because it was misspelled: the unknown-key message says it all. */
function misspelledRequiredKeys(issues: readonly Issue[], schema: z.ZodType, root: unknown): Set<string> {
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as Path;
    const allowed = keysAt(schema, path, valueAt(root, path));
    for (const key of issue.keys) {
      const suggestion = allowed.length > 0 ? closest(key, allowed) : undefined;
      if (suggestion !== undefined && isNear(key, suggestion)) explained.add(pathText([...path, suggestion]));
    }
  }
  return explained;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function describeFound(value: unknown): Said {
  if (value === undefined || value === null) return { th: 'ค่าว่าง', en: 'nothing' };
  if (Array.isArray(value)) return { th: 'รายการ (- ...)', en: 'a list' };
  if (typeof value === 'object') return { th: 'ชุดข้อมูล (ชื่อ: ค่า)', en: 'a mapping' };
  return { th: `ข้อความ "${String(value)}"`, en: `the text "${String(value)}"` };
}

function describeExpected(expected: string): Said {
  const th: Record<string, string> = { array: 'รายการ (- ...)', object: 'ชุดข้อมูล (ชื่อ: ค่า)', string: 'ข้อความ' };
  const en: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text' };
  return { th: th[expected] ?? expected, en: en[expected] ?? expected };
}

/** The last named key of a path, for labels ("attendees", not 0). */
function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return undefined;
}

/**
 * The fields of an object schema that parse on their own, when the whole did not: the checks that
 * follow the schema (dates, times, the files a configuration names) still speak of them, so a
 * file's mistakes are all said at once rather than one stage after another.
 */
export function fieldsThatParse(schema: z.ZodType, value: unknown, keys?: readonly string[]): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject) || value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const shape = schema.shape as Record<string, z.ZodType>;
  const parsed: Record<string, unknown> = {};
  for (const key of keys ?? Object.keys(shape)) {
    const raw = (value as Record<string, unknown>)[key];
    const field = shape[key];
    if (raw === undefined || field === undefined) continue;
    const result = field.safeParse(raw);
    if (result.success) parsed[key] = result.data;
  }
  return parsed;
}

/** Where a missing key goes, said for a clerk: level with kind:, or indented under its parent. */
export function whereToAdd(parent: Path): Said {
  if (parent.length === 0) return { th: 'ชิดซ้ายระดับเดียวกับ kind:', en: 'at the left margin, level with kind:' };
  const named = lastKey(parent);
  const item = typeof parent[parent.length - 1] === 'number';
  if (named === undefined) return { th: 'ในรายการนั้น', en: 'in that item' };
  return item
    ? { th: `ในรายการนั้นของ ${named}: ตรงแนวเดียวกับข้อมูลอื่นของรายการ`, en: `in that item of ${named}:, aligned with the item's other keys` }
    : { th: `ใต้ ${named}: ย่อหน้าเข้าไปอีกระดับ`, en: `under ${named}:, indented one level` };
}

function reportIssue(issue: Issue, root: unknown, schema: z.ZodType, where: Located, reporter: Reporter): void {
  const path = issue.path as Path;
  const at = (p: Path, preferKey = false) => {
    const { located } = where.positions.nearest(p);
    const offset = preferKey && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset;
    return where.lines.position(offset);
  };
  const label = fieldNameAt(path);
  const value = valueAt(root, path);

  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      const code = String(params['code'] ?? 'BAD_VALUE') as Code;
      reporter.error(code, at(path), { ...params, label });
      return;
    }
    case 'invalid_type': {
      if (value === undefined) {
        const key = path[path.length - 1];
        const written = where.positions.get(path);
        // A key written with no value points at the key; a key never written points at its parent.
        const position = written !== undefined ? at(path, true) : at(path.slice(0, -1), true);
        reporter.error('MISSING_FIELD', position, { key: String(key), label: fieldNameAt(path), where: whereToAdd(path.slice(0, -1)) });
        return;
      }
      reporter.error('WRONG_TYPE', at(path), {
        label,
        expected: describeExpected(issue.expected),
        found: describeFound(value),
      });
      return;
    }
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, path, valueAt(root, path));
      for (const key of issue.keys) {
        const suggestion = allowed.length > 0 ? closest(key, allowed) : undefined;
        const near = suggestion !== undefined && isNear(key, suggestion);
        // Text containing ": " silently becomes a key: the commonest YAML trap for prose.
        const prose = /\s/.test(key) && key.length > 20;
        if (prose) {
          reporter.error('TEXT_WITH_COLON', at([...path, key], true), { text: key.length > 40 ? `${key.slice(0, 40)}…` : key });
          continue;
        }
        const hint = near ? undefined : reporter.say(`ชื่อที่ใช้ได้ที่นี่: ${allowed.join(', ')}`, `keys allowed here: ${allowed.join(', ')}`);
        reporter.error('UNKNOWN_KEY', at([...path, key], true), near ? { key, suggestion } : { key }, hint);
      }
      return;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      reporter.error('BAD_VALUE', at(path), { label, allowed: allowed.join(', '), value: String(value ?? '') }, nearestHint(String(value ?? ''), allowed));
      return;
    }
    case 'too_small':
      reporter.error('EMPTY_LIST', at(path, true), { label, min: Number(issue.minimum) });
      return;
    case 'invalid_key':
      reporter.error('BAD_KEY', at([...path], true), { key: String(lastKey(path) ?? ''), label, ...exampleAt(schema, path, 'key') });
      return;
    case 'invalid_union': {
      const branch = bestBranch(issue.errors, value);
      if (branch !== undefined) {
        for (const inner of branch) reportIssue({ ...inner, path: [...path, ...inner.path] } as Issue, root, schema, where, reporter);
        return;
      }
      reporter.error('WRONG_TYPE', at(path), { label, expected: label, found: describeFound(value) });
      return;
    }
    case 'invalid_format':
      reporter.error('BAD_KEY', at(path, true), { key: String(value ?? lastKey(path) ?? ''), label, ...exampleAt(schema, path, 'value') });
      return;
    default:
      reporter.error('WRONG_TYPE', at(path), { label, expected: label, found: describeFound(value) });
  }
}

/** Of a union's branches, the one meant: the branch whose problems are not a type mismatch at the top. */
function bestBranch(branches: Issue[][], value: unknown): Issue[] | undefined {
  const typeOf = Array.isArray(value) ? 'array' : value === null || value === undefined ? 'undefined' : typeof value;
  const matching = branches.filter(
    (issues) => !issues.some((i) => i.path.length === 0 && i.code === 'invalid_type' && i.expected !== typeOf),
  );
  const pool = matching.length > 0 ? matching : [];
  return pool.sort((a, b) => a.length - b.length)[0];
}

/**
 * A valid example for a key or value that failed its pattern, from the schema's own `examples`
 * (a record's key schema for a key): IIT for a tool, I1 for a question, 2565 for a year.
 * None when the schema gives none, and the hint is then left out.
 */
function exampleAt(schema: z.ZodType, path: Path, what: 'key' | 'value'): { example?: string } {
  const candidates =
    what === 'key'
      ? schemasAt(schema, path.slice(0, -1)).flatMap((s) => {
          const keyType = (defOf(s) as Def & { keyType?: z.ZodType }).keyType;
          return keyType === undefined ? [] : unwrap(keyType);
        })
      : schemasAt(schema, path);
  for (const candidate of candidates) {
    const examples = (z.globalRegistry.get(candidate) as { examples?: unknown[] } | undefined)?.examples;
    const first = Array.isArray(examples) ? examples[0] : undefined;
    if (first !== undefined) return { example: String(first) };
  }
  return {};
}

/** The keys a schema allows at a path, found by walking zod's definitions. */
function keysAt(schema: z.ZodType, path: Path, value: unknown): string[] {
  const candidates = schemasAt(schema, path);
  for (const candidate of candidates) {
    const shape = objectShape(candidate);
    if (shape !== null && value !== null && typeof value === 'object') return Object.keys(shape);
  }
  return [];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return unwrap(def.innerType as z.ZodType);
  if (def.type === 'pipe') return unwrap(def.in as z.ZodType);
  if (def.type === 'union') return (def.options ?? []).flatMap(unwrap);
  return [schema];
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  return def.type === 'object' && def.shape !== undefined ? def.shape : null;
}

function schemasAt(schema: z.ZodType, path: Path): z.ZodType[] {
  let current = unwrap(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'array' && typeof key === 'number' && def.element) return unwrap(def.element);
      if (def.type === 'record' && def.valueType) return unwrap(def.valueType);
      const shape = objectShape(s);
      const child = typeof key === 'string' && shape !== null ? shape[key] : undefined;
      return child === undefined ? [] : unwrap(child);
    });
  }
  return current;
}

/** "หมายถึง … หรือไม่?" when what was written is a slip of one of the allowed values (digits: thia). */
export function nearestHint(written: string, allowed: readonly string[]): Said | undefined {
  if (written === '' || allowed.length === 0) return undefined;
  const suggestion = closest(written, [...allowed]);
  return isNear(written, suggestion) ? { th: `หมายถึง "${suggestion}" หรือไม่?`, en: `did you mean "${suggestion}"?` } : undefined;
}

function isNear(a: string, b: string): boolean {
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(2, Math.floor(b.length / 3));
}
