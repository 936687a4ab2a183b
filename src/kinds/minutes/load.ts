// kind: minutes: the prescribed-wording lint and the items carried over from earlier meetings.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Reporter } from '../../i18n/reporter.js';
import type { LoadedYaml } from '../../load/load-yaml.js';
import { loadYamlFile } from '../../load/load-yaml.js';
import type { Path } from '../../load/to-plain.js';
import { minutesSchema, type Minutes } from './schema.js';
import { validateWith } from '../../schema/validate.js';
import {
  minutesActions, minutesProgress, openActions, statusOf, type ActionRecord, type ProgressRecord, type Status,
} from '../../derive/follow-ups.js';
import { lintWording } from '../../derive/wording.js';
import type { LoadBase } from '../kind.js';

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

interface Earlier {
  file: string;
  meeting: Minutes;
}

/** Parsed minutes by path: a batch reads each file once, however many meetings follow it. */
const minutesCache = new Map<string, Minutes | null>();

function readMinutes(file: string): Minutes | null {
  const key = resolve(file);
  if (minutesCache.has(key)) return minutesCache.get(key) ?? null;
  const scratch = new Reporter(file, 'en');
  const source = loadYamlFile(file, scratch);
  const meeting = source === null || (source.value as Record<string, unknown>)['kind'] !== 'minutes'
    ? null
    : validateWith(minutesSchema, source.value, source, scratch);
  minutesCache.set(key, meeting);
  return meeting;
}

const MAX_CHAIN = 100;

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

/** Earlier meetings of the same body, the previous one first: named by previousMeeting, or found in the same folder. */
function earlierMeetings(file: string, meeting: Minutes, base: LoadBase): Earlier[] {
  const chain: Earlier[] = [];
  const seen = new Set([resolve(file)]);
  const folders = new Folders();
  let current: Earlier = { file, meeting };
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const next = previousOf(current, folders, depth === 0 ? base : null);
    if (next === null || seen.has(resolve(next.file))) break;
    seen.add(resolve(next.file));
    chain.push(next);
    current = next;
  }
  return chain;
}

/**
 * The minutes of each folder a chain passes through, listed once per meeting loaded: a chain of
 * 50 earlier meetings used to list and look up every file of the folder at each step, which made
 * a 500-meeting batch spend most of its time here (~60 ms a meeting, measured).
 */
class Folders {
  private readonly byDir = new Map<string, Earlier[]>();

  /** The valid minutes of `dir`, in file name order. */
  minutesIn(dir: string): Earlier[] {
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = [];
      for (const name of readdirSync(dir).sort()) {
        if (!['.yaml', '.yml'].includes(extname(name))) continue;
        const path = join(dir, name);
        const meeting = readMinutes(path);
        if (meeting !== null) found.push({ file: path, meeting });
      }
      this.byDir.set(dir, found);
    }
    return found;
  }
}

function previousOf(current: Earlier, folders: Folders, base: LoadBase | null): Earlier | null {
  const named = current.meeting.previousMeeting;
  if (named !== undefined) {
    const path = join(dirname(current.file), named);
    const where: Path = ['previousMeeting'];
    if (!existsSync(path)) {
      base?.at.error('PREVIOUS_MEETING_MISSING', where, { value: named });
      return null;
    }
    const meeting = readMinutes(path);
    if (meeting === null) {
      base?.at.warn('PREVIOUS_MEETING_INVALID', where, { value: named });
      return null;
    }
    if (meeting.body !== current.meeting.body) {
      base?.at.warn('PREVIOUS_MEETING_OTHER_BODY', where, { value: named, body: meeting.body });
      return null;
    }
    return { file: path, meeting };
  }
  return latestBefore(current, folders);
}

/** The latest meeting of the same body before this one, among the .yaml files of its folder. */
function latestBefore(current: Earlier, folders: Folders): Earlier | null {
  const order = (m: Minutes) => m.year * 1000 + m.number;
  const own = basename(current.file);
  let best: Earlier | null = null;
  for (const other of folders.minutesIn(dirname(current.file))) {
    if (other.meeting.body !== current.meeting.body || basename(other.file) === own) continue;
    if (order(other.meeting) >= order(current.meeting)) continue;
    if (best === null || order(other.meeting) > order(best.meeting)) best = other;
  }
  return best;
}
