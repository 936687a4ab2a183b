// kind: memo: the report it sends, if it names one, so its text can be written from the meeting.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { Memo } from './schema.js';
import type { LoadBase, ReportFacts } from '../kind.js';

export interface LoadedMemo {
  kind: 'memo';
  file: string;
  source: LoadedYaml;
  meeting: Memo;
  /** What the memo may say about the meeting whose report it sends. */
  report: ReportFacts | null;
  inputs: string[];
}

export function loadMemo(meeting: Memo, base: LoadBase): LoadedMemo {
  const { file, at } = base;
  let report: LoadedMemo['report'] = null;
  let reportInputs: string[] = [];
  if (meeting.report !== undefined) {
    const path = join(dirname(file), meeting.report);
    if (!existsSync(path)) {
      at.error('REPORT_NOT_FOUND', ['report'], { value: meeting.report });
    } else {
      const loaded = base.loadOther(path);
      const facts = loaded === null ? null : base.reportFacts(loaded);
      if (loaded === null || facts === null) at.error('REPORT_INVALID', ['report'], { value: meeting.report });
      else {
        report = facts;
        reportInputs = loaded.inputs;
      }
    }
  }
  if (meeting.report === undefined && meeting.text === undefined) at.error('NO_MEMO_TEXT', ['kind']);
  return { kind: 'memo', file, source: base.source, meeting, report, inputs: [file, ...reportInputs] };
}
