// A meeting file → the validated meeting of its kind, with derived figures and what it depends on.
// Stops at the first stage that found errors, after reporting all of that stage's problems.
import { resolve } from 'node:path';
import { Reporter } from '../i18n/reporter.js';
import type { Code, Params, Said } from '../i18n/messages.js';
import { loadYamlFile, type LoadedYaml } from '../load/load-yaml.js';
import type { Path } from '../load/to-plain.js';
import { KINDS, isKind, kindOf as definitionOf, type Kind, type LoadedMeeting } from '../kinds/index.js';
import { fieldsThatParse, nearestHint, validateWith } from '../schema/validate.js';
import { compareTimes, formatClock, type ClockTime } from '../thai/times.js';
import { formatThaiDate, isoDate } from '../thai/dates.js';
import type { DateValue } from '../schema/scalars.js';
import { renameKeys } from '../kinds/rename-keys.js';
import type { Project } from './project.js';
import { checkMoney } from '../derive/money-check.js';

export type { LoadedMeeting } from '../kinds/index.js';

export type At = ReturnType<typeof pathReporter>;

/** The warning/error helpers for one loaded file, by path into the YAML. */
export function pathReporter(source: LoadedYaml, reporter: Reporter) {
  const at = (path: Path, preferKey = false) => {
    const { located } = source.positions.nearest(path);
    const offset = preferKey && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset;
    return source.lines.position(offset);
  };
  return {
    warn: (code: Code, path: Path, params?: Params, hint?: Said) => reporter.warn(code, at(path), params, hint),
    error: (code: Code, path: Path, params?: Params, hint?: Said) => reporter.error(code, at(path), params, hint),
  };
}

/** Checks every kind shares: a date typed with a BE year in the CE form, times in order. */
export function commonChecks(meeting: { date?: DateValue | undefined; time?: { start: ClockTime; end: ClockTime } | undefined }, at: At): void {
  if (meeting.date?.beInIso === true) {
    at.warn('DATE_BE_IN_ISO', ['date'], {
      value: meeting.date.written,
      be: meeting.date.year + 543,
      ce: meeting.date.year,
      iso: isoDate(meeting.date),
      thai: formatThaiDate(meeting.date, 'long'),
    });
  }
  if (meeting.time !== undefined && compareTimes(meeting.time.start, meeting.time.end) >= 0) {
    at.warn('TIME_ORDER', ['time', 'end'], { start: formatClock(meeting.time.start), end: formatClock(meeting.time.end) });
  }
}

/** A "(กรอก ...)" left from `minutes new` must never reach a document. */
const PLACEHOLDER = /\(กรอก[^)]*\)/;

/** Reports every placeholder, in values and in keys; returns the lines that hold one. */
export function placeholderChecks(source: LoadedYaml, reporter: Reporter): Set<number> {
  const lines = new Set<number>();
  const report = (text: string, path: Path, atKey: boolean) => {
    const found = PLACEHOLDER.exec(text);
    if (found === null) return;
    const { located } = source.positions.nearest(path);
    const position = source.lines.position(atKey && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset);
    lines.add(position.line);
    reporter.error('PLACEHOLDER', position, { value: found[0] });
  };
  const walk = (value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      report(value, path, false);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        report(key, [...path, key], true);
        walk(item, [...path, key]);
      }
    }
  };
  walk(source.value, []);
  return lines;
}

/** The kind a file declares, reported when missing or unknown. */
function kindOf(source: LoadedYaml, reporter: Reporter): Kind | null {
  const kind = (source.value as Record<string, unknown>)['kind'];
  const label = reporter.say('ชนิดเอกสาร', 'document kind');
  if (kind === undefined) {
    reporter.error('MISSING_FIELD', source.lines.position(0), { key: 'kind', label, where: reporter.say(`(${KINDS.join(', ')}) ที่ต้นไฟล์`, `(${KINDS.join(', ')}) at the top of the file`) });
    return null;
  }
  if (!isKind(kind)) {
    pathReporter(source, reporter).error('BAD_VALUE', ['kind'], { label, allowed: KINDS.join(', '), value: String(kind) }, nearestHint(String(kind), KINDS));
    return null;
  }
  return kind;
}

/** `loading`: the files whose loading led here (a memo's report, its report …), to stop a cycle. */
export function loadMeeting(file: string, project: Project, reporter: Reporter, loading: readonly string[] = []): LoadedMeeting | null {
  const source = loadYamlFile(file, reporter);
  if (source === null) return null;
  const kind = kindOf(source, reporter);
  if (kind === null) return null;
  const at = pathReporter(source, reporter);
  const definition = definitionOf(kind);
  renameKeys(source, definition.renamedKeys ?? [], reporter);
  const unfilled = placeholderChecks(source, reporter);
  checkMoney(source, reporter);
  // A placeholder is not also a wrong number, date or code: the schema's word on its line is left out.
  const checked = new Reporter(reporter.file, reporter.lang);
  const meeting = validateWith(definition.schema, source.value, source, checked);
  reporter.diagnostics.push(...checked.diagnostics.filter((d) => !unfilled.has(d.line)));
  if (meeting === null) {
    // The schema's errors stop the load, but what the shared checks say of the fields that did
    // parse is said now too, not after the other mistakes are mended: every mistake at once.
    commonChecks(fieldsThatParse(definition.schema, source.value, ['date', 'time']) as Parameters<typeof commonChecks>[0], at);
    return null;
  }
  commonChecks(meeting, at);

  const loaded = definition.load(meeting, {
    file,
    source,
    at,
    project,
    reporter,
    loading: [...loading, resolve(file)],
    loadOther: (other) => loadMeeting(other, project, reporter.child(other), [...loading, resolve(file)]),
    reportFacts: (other) => (isKind(other.kind) ? definitionOf(other.kind).reportFacts?.(other) ?? null : null),
  });
  if (reporter.diagnostics.some((d) => d.severity === 'error')) return null;
  return loaded as LoadedMeeting;
}
