// kind: memo: the report it sends, if it names one, so its text can be written from the meeting.
import { dirname, relative, resolve } from 'node:path';
import { resolveConfined } from '../../load/resolve-path.js';
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
    // Confined like photos: `report: ../../secret/.env` must not be read (issue 13, 3).
    const resolved = resolveConfined(reportFolder(file), meeting.report);
    const cycle = 'path' in resolved ? base.loading.indexOf(resolve(resolved.path)) : -1;
    if (!('path' in resolved)) {
      at.error(resolved.kind === 'outside' ? 'REPORT_OUTSIDE' : 'REPORT_NOT_FOUND', ['report'], { value: meeting.report });
    } else if (cycle >= 0) {
      // A memo sending itself, or memos sending each other: named in the order they lead.
      const chain = [...base.loading.slice(cycle), resolve(resolved.path)].map((f) => relative(dirname(file), f) || f);
      at.error('REPORT_CYCLE', ['report'], { value: meeting.report, chain: chain.join(' → ') });
    } else {
      const loaded = base.loadOther(relative('.', resolved.path) || resolved.path);
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

/** The folder a memo's `report:` is resolved in, and confined to: the memo's own. */
function reportFolder(memoFile: string): string {
  return dirname(resolve(memoFile));
}
