// kind: memo: the report it sends, if it names one, so its text can be written from the meeting.
import { dirname, relative, resolve } from 'node:path';
import { resolveConfined } from '../../load/resolve-path.js';
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { Memo } from '../../schema/meeting.js';
import type { LoadBase } from './base.js';
import type { LoadedItaReport } from './ita-report.js';
import type { LoadedMinutes } from './minutes.js';

export interface LoadedMemo {
  kind: 'memo';
  file: string;
  source: LoadedYaml;
  meeting: Memo;
  report: LoadedItaReport | LoadedMinutes | null;
  inputs: string[];
}

type LoadOther = (file: string) => LoadedItaReport | LoadedMinutes | LoadedMemo | null;

export function loadMemo(meeting: Memo, base: LoadBase, loadOther: LoadOther): LoadedMemo {
  const { file, at } = base;
  let report: LoadedMemo['report'] = null;
  if (meeting.report !== undefined) {
    // Confined like photos: `report: ../../secret/.env` must not be read (issue 13, 3).
    const resolved = resolveConfined(dirname(resolve(file)), meeting.report);
    if (!('path' in resolved)) {
      at.error(resolved.kind === 'outside' ? 'REPORT_OUTSIDE' : 'REPORT_NOT_FOUND', ['report'], { value: meeting.report });
    } else {
      const loaded = loadOther(relative('.', resolved.path) || resolved.path);
      if (loaded === null || loaded.kind === 'memo') at.error('REPORT_INVALID', ['report'], { value: meeting.report });
      else report = loaded;
    }
  }
  if (meeting.report === undefined && meeting.text === undefined) at.error('NO_MEMO_TEXT', ['kind']);
  return { kind: 'memo', file, source: base.source, meeting, report, inputs: [file, ...(report?.inputs ?? [])] };
}
