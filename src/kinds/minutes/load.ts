// kind: minutes: the prescribed-wording lint and the items carried over from earlier meetings.
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { Minutes } from './schema.js';
import {
  minutesActions, minutesProgress, openActions, statusOf, type ActionRecord, type ProgressRecord, type Status,
} from '../../derive/follow-ups.js';
import { lintWording } from '../../derive/wording.js';
import type { LoadBase } from '../kind.js';
import { earlierMeetings } from './earlier.js';

export interface CarriedItem {
  action: ActionRecord;
  /** What this meeting reported about it, if anything. */
  status: Status;
  note: string | undefined;
}

export interface LoadedMinutes {
  kind: 'minutes';
  file: string;
  source: LoadedYaml;
  meeting: Minutes;
  /** Open items of earlier meetings of the same body, with this meeting's reports on them. */
  carried: CarriedItem[];
  previous: { file: string; number: number; year: number } | null;
  inputs: string[];
}

export function loadMinutes(meeting: Minutes, base: LoadBase): LoadedMinutes {
  const { file, at } = base;
  lintWording(base.source, at);
  const chain = earlierMeetings(file, meeting, base);
  // Oldest meeting first, so carried items read in the order they were decided.
  const actions = [...chain].reverse().flatMap((e) => minutesActions(e.meeting, e.file));
  const earlierProgress = chain.flatMap((e) => minutesProgress(e.meeting, e.file));
  const open = openActions(actions, earlierProgress);
  const own = minutesProgress(meeting, file);
  const carried = open.map((action) => carriedItem(action, own));

  const followUpIndex = meeting.agenda.findIndex((item) => item.followUp === true);
  if (followUpIndex >= 0 && chain.length === 0) at.warn('NO_FOLLOW_UP_SOURCE', ['agenda', followUpIndex, 'followUp']);
  checkRefs(meeting, open, at);

  const previous = chain[0];
  return {
    kind: 'minutes',
    file,
    source: base.source,
    meeting,
    carried,
    previous: previous === undefined ? null : { file: previous.file, number: previous.meeting.number, year: previous.meeting.year },
    inputs: [file, ...chain.map((e) => e.file)],
  };
}

function carriedItem(action: ActionRecord, own: readonly ProgressRecord[]): CarriedItem {
  const report = own.find((p) => p.ref === action.ref);
  return { action, status: report?.status ?? statusOf(action, []).status, note: report?.note };
}

function checkRefs(meeting: Minutes, open: readonly ActionRecord[], at: LoadBase['at']): void {
  const refs = new Set(open.map((a) => a.ref));
  meeting.agenda.forEach((item, i) =>
    (item.progress ?? []).forEach((p, k) => {
      if (!refs.has(p.ref)) {
        at.warn('FOLLOW_UP_REF_UNKNOWN', ['agenda', i, 'progress', k, 'ref'], { value: p.ref, allowed: [...refs].join(', ') || '-' });
      }
    }),
  );
}
