// A meeting file → the validated meeting with its derived figures and photos.
// Stops at the first stage that found errors, after reporting all of that stage's problems.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../i18n/reporter.js';
import type { Code, Params } from '../i18n/messages.js';
import type { ImageData } from '../model/document.js';
import { loadYamlFile, type LoadedYaml } from '../load/load-yaml.js';
import type { Path } from '../load/to-plain.js';
import { KINDS, itaReportSchema, type ItaReport } from '../schema/meeting.js';
import { itaYearSchema, type ItaYear } from '../schema/ita-year.js';
import { validateFile } from '../schema/validate-file.js';
import { validateWith } from '../schema/validate.js';
import { deriveIta, type ItaResult } from '../derive/ita.js';
import { compareTimes, formatClock } from '../thai/times.js';
import { formatThaiDate, isoDate } from '../thai/dates.js';
import { loadPhoto, MAX_PHOTOS } from '../render/load-photos.js';
import type { Project } from './project.js';

export interface LoadedMeeting {
  file: string;
  meeting: ItaReport;
  source: LoadedYaml;
  ita: ItaResult;
  photos: ImageData[];
}

const yearCache = new Map<string, ItaYear | null>();

/** The warning/error helpers for one loaded file, by path into the YAML. */
export function pathReporter(source: LoadedYaml, reporter: Reporter) {
  const at = (path: Path, preferKey = false) => {
    const { located } = source.positions.nearest(path);
    const offset = preferKey && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset;
    return source.lines.position(offset);
  };
  return {
    warn: (code: Code, path: Path, params?: Params) => reporter.warn(code, at(path), params),
    error: (code: Code, path: Path, params?: Params) => reporter.error(code, at(path), params),
  };
}

export function loadMeeting(file: string, project: Project, reporter: Reporter): LoadedMeeting | null {
  const source = loadYamlFile(file, reporter);
  if (source === null) return null;
  const at = pathReporter(source, reporter);
  const kind = (source.value as Record<string, unknown>)['kind'];
  if (kind === undefined) {
    reporter.error('MISSING_FIELD', source.lines.position(0), { key: 'kind', label: reporter.say('ชนิดเอกสาร', 'document kind') });
    return null;
  }
  if (!KINDS.includes(kind as (typeof KINDS)[number])) {
    at.error('BAD_VALUE', ['kind'], { label: reporter.say('ชนิดเอกสาร', 'document kind'), allowed: KINDS.join(', '), value: String(kind) });
    return null;
  }
  const meeting = validateWith(itaReportSchema, source.value, source, reporter);
  if (meeting === null) return null;

  if (meeting.date.beInIso) {
    at.warn('DATE_BE_IN_ISO', ['date'], {
      value: meeting.date.written,
      be: meeting.date.year + 543,
      ce: meeting.date.year,
      iso: isoDate(meeting.date),
      thai: formatThaiDate(meeting.date, 'long'),
    });
  }
  if (compareTimes(meeting.time.start, meeting.time.end) >= 0) {
    at.warn('TIME_ORDER', ['time', 'end'], { start: formatClock(meeting.time.start), end: formatClock(meeting.time.end) });
  }

  const year = loadYear(project, meeting.assessment.fiscalYear, reporter);
  if (year === null) at.warn('NO_YEAR_DATA', ['assessment', 'fiscalYear'], { year: meeting.assessment.fiscalYear });
  const ita = deriveIta(meeting, year, at.warn);

  const photos: ImageData[] = [];
  const list = meeting.photos ?? [];
  if (list.length > MAX_PHOTOS) at.error('WRONG_TYPE', ['photos'], { label: 'photos', expected: `≤ ${MAX_PHOTOS}`, found: list.length });
  list.slice(0, MAX_PHOTOS).forEach((photo, index) => {
    const result = loadPhoto(file, photo.file);
    if ('bytes' in result) photos.push(result);
    else at.error(result.code, ['photos', index, 'file'], { ...result });
  });
  if (reporter.diagnostics.some((d) => d.severity === 'error')) return null;
  return { file, meeting, source, ita, photos };
}

function loadYear(project: Project, fiscalYear: number, reporter: Reporter): ItaYear | null {
  const path = join(project.dataDir, 'ita', `${fiscalYear}.yaml`);
  const cached = yearCache.get(path);
  if (cached !== undefined) return cached;
  if (!existsSync(path)) return null;
  // Problems in the year data are the data file's, reported against its own path.
  const validated = validateFile(path, itaYearSchema, reporter.child(path));
  const year = validated?.value ?? null;
  yearCache.set(path, year);
  return year;
}
