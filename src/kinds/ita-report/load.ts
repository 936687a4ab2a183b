// kind: ita-report: year data, derived figures and photos.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../../i18n/reporter.js';
import type { ImageData } from '../../model/document.js';
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { ItaReport } from './schema.js';
import { itaYearSchema, type ItaYear } from '../../schema/ita-year.js';
import { validateFile } from '../../schema/validate-file.js';
import { deriveIta, type ItaResult } from '../../derive/ita.js';
import { loadPhoto, MAX_PHOTOS } from '../../render/load-photos.js';
import type { KindProject, LoadBase } from '../kind.js';

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

const yearCache = new Map<string, ItaYear | null>();

export function loadItaReport(meeting: ItaReport, base: LoadBase): LoadedItaReport {
  const { file, at, project, reporter } = base;
  const yearFile = yearPath(project, meeting.assessment.fiscalYear);
  const year = loadYear(yearFile, reporter);
  if (year === null) at.warn('NO_YEAR_DATA', ['assessment', 'fiscalYear'], { year: meeting.assessment.fiscalYear });
  const ita = deriveIta(meeting, year, at.warn);
  const { photos, files } = loadPhotos(file, meeting.photos ?? [], base);
  return { kind: 'ita-report', file, source: base.source, meeting, ita, photos, inputs: [file, ...(year === null ? [] : [yearFile]), ...files] };
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

function yearPath(project: KindProject, fiscalYear: number): string {
  return join(project.dataDir, 'ita', `${fiscalYear}.yaml`);
}

function loadYear(path: string, reporter: Reporter): ItaYear | null {
  const cached = yearCache.get(path);
  if (cached !== undefined) return cached;
  if (!existsSync(path)) return null;
  // Problems in the year data are the data file's, reported against its own path.
  const year = validateFile(path, itaYearSchema, reporter.child(path))?.value ?? null;
  yearCache.set(path, year);
  return year;
}
