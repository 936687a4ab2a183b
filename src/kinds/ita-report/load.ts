// kind: ita-report: year data, derived figures and photos.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Reporter } from '../../i18n/reporter.js';
import type { ImageData } from '../../model/document.js';
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { ItaReport } from './schema.js';
import { itaYearSchemaFor, type ItaYear } from '../../schema/ita-year.js';
import { validateFile } from '../../schema/validate-file.js';
import { deriveIta, type ItaResult } from '../../derive/ita.js';
import { loadPhoto, MAX_PHOTOS } from '../../render/load-photos.js';
import { PACKAGE_ROOT } from '../../pipeline/project.js';
import type { KindProject, LoadBase } from '../kind.js';
import { session } from '../../session.js';

export interface LoadedItaReport {
  kind: 'ita-report';
  file: string;
  source: LoadedYaml;
  meeting: ItaReport;
  ita: ItaResult;
  photos: ImageData[];
  /** Every file the output depends on besides templates and configuration. */
  inputs: string[];
}

/** The year data by file, read once per session. */
const yearCache = () => session().map<string, ItaYear | null>('ita/years');

export function loadItaReport(meeting: ItaReport, base: LoadBase): LoadedItaReport {
  const { file, at, project, reporter } = base;
  const fiscalYear = meeting.assessment.fiscalYear;
  const found = yearCandidates(project, fiscalYear).find((path) => existsSync(path));
  const year = found === undefined ? null : loadYear(found, fiscalYear, reporter);
  // Where the clerk should put the year's rules: the archive's own data folder, as typed from it.
  const shown = found ?? archiveYearPath(project, fiscalYear);
  if (found === undefined) at.warn('NO_YEAR_DATA', ['assessment', 'fiscalYear'], { year: fiscalYear, path: displayPath(shown) });
  // A year file with errors has said what is wrong with it: what the report then lacks would only repeat it.
  const quiet = () => undefined;
  const { photos, files } = loadPhotos(file, meeting.photos ?? [], base);
  // Likewise a meeting already failing (a blank left from `minutes new`): its figures are not final.
  const failing = reporter.diagnostics.some((d) => d.severity === 'error' && d.file === file);
  const broken = (found !== undefined && year === null) || failing;
  const ita = deriveIta(meeting, year, broken ? { warn: quiet, error: quiet } : { warn: at.warn, error: at.error, yearFile: displayPath(shown) });
  return { kind: 'ita-report', file, source: base.source, meeting, ita, photos, inputs: [file, ...(found === undefined ? [] : [found]), ...files] };
}

export function loadPhotos(file: string, list: Array<{ file: string }>, base: LoadBase): { photos: ImageData[]; files: string[] } {
  const photos: ImageData[] = [];
  const files: string[] = [];
  if (list.length > MAX_PHOTOS) base.at.error('PHOTO_TOO_MANY', ['photos', MAX_PHOTOS], { count: list.length, limit: MAX_PHOTOS });
  list.slice(0, MAX_PHOTOS).forEach((photo, index) => {
    const result = loadPhoto(file, photo.file);
    if ('bytes' in result) {
      photos.push(result);
      files.push(join(file, '..', photo.file));
    } else {
      base.at.error(result.code, ['photos', index, 'file'], { ...result });
    }
  });
  return { photos, files };
}

/** The archive's own data/ita/<year>.yaml first, then the tool's; an archive may add a year without copying the rest. */
function yearCandidates(project: KindProject, fiscalYear: number): string[] {
  const name = `${fiscalYear}.yaml`;
  const candidates = [join(project.dataDir, 'ita', name), join(PACKAGE_ROOT, 'data', 'ita', name)];
  return [...new Set(candidates)];
}

function archiveYearPath(project: KindProject, fiscalYear: number): string {
  const own = project.dataDir !== join(PACKAGE_ROOT, 'data');
  return join(own ? project.dataDir : join(process.cwd(), 'data'), 'ita', `${fiscalYear}.yaml`);
}

/** Relative to the working directory when inside it: the path a clerk types. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel.split('\\').join('/');
}

function loadYear(path: string, fiscalYear: number, reporter: Reporter): ItaYear | null {
  const key = `${path}\u0000${reporter.lang}`;
  const cached = yearCache().get(key);
  if (cached !== undefined) return cached;
  // Problems in the year data are the data file's, reported against its own path.
  const child = reporter.child(displayPath(path));
  const before = reporter.diagnostics.length;
  const year = validateFile(path, itaYearSchemaFor(fiscalYear), child)?.value ?? null;
  // A broken year file is reported each time it is read: cache only a good one.
  if (year !== null && reporter.diagnostics.length === before) yearCache().set(key, year);
  return year;
}
