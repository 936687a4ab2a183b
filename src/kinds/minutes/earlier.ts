// The earlier meetings of a body, for the items formal minutes carry over: named by
// `previousMeeting`, or the latest minutes of the same body in the same folder.
//
// Each folder is listed and its minutes parsed once per session, then kept by body in meeting
// order, so finding the previous meeting is a binary search. Before, every meeting of a batch
// listed its folder and compared every file at each step of its chain: validating 500 formal
// minutes took 4.8 s and 2000 took 42.6 s (issue 13, item 16). The session counts the work
// ('minutes/listed', 'minutes/lookups', 'minutes/compared') for the test that proves it linear.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { Reporter } from '../../i18n/reporter.js';
import { loadYamlFile } from '../../load/load-yaml.js';
import type { Path } from '../../load/to-plain.js';
import { validateWith } from '../../schema/validate.js';
import { session } from '../../session.js';
import type { LoadBase } from '../kind.js';
import { minutesSchema, type Minutes } from './schema.js';

export interface Earlier {
  file: string;
  meeting: Minutes;
}

/** How far back a chain goes: the work of one meeting stays bounded however long a body's history. */
const MAX_CHAIN = 100;

/** A file's minutes, parsed once per session (null when it is not valid minutes). */
export function readMinutes(file: string): Minutes | null {
  const cache = session().map<string, Minutes | null>('minutes/parsed');
  const key = resolve(file);
  if (cache.has(key)) return cache.get(key) ?? null;
  const scratch = new Reporter(file, 'en');
  const source = loadYamlFile(file, scratch);
  const meeting = source === null || (source.value as Record<string, unknown>)['kind'] !== 'minutes'
    ? null
    : validateWith(minutesSchema, source.value, source, scratch);
  cache.set(key, meeting);
  return meeting;
}

const order = (m: Minutes) => m.year * 1000 + m.number;

/** The valid minutes of one folder, by body, each list in meeting order (then file name order). */
type FolderIndex = Map<string, Earlier[]>;

function folderIndex(dir: string): FolderIndex {
  const folders = session().map<string, FolderIndex>('minutes/folders');
  let index = folders.get(dir);
  if (index === undefined) {
    index = new Map();
    for (const name of readdirSync(dir).sort()) {
      session().count('minutes/listed');
      if (!['.yaml', '.yml'].includes(extname(name))) continue;
      const path = join(dir, name);
      const meeting = readMinutes(path);
      if (meeting === null) continue;
      let body = index.get(meeting.body);
      if (body === undefined) index.set(meeting.body, (body = []));
      body.push({ file: path, meeting });
    }
    // Stable: meetings of one number keep their file name order, the first one winning as before.
    for (const body of index.values()) body.sort((a, b) => order(a.meeting) - order(b.meeting));
    folders.set(dir, index);
  }
  return index;
}

/** The latest meeting of the same body before this one, among the .yaml files of its folder. */
function latestBefore(current: Earlier): Earlier | null {
  const list = folderIndex(dirname(current.file)).get(current.meeting.body) ?? [];
  const own = order(current.meeting);
  session().count('minutes/lookups');
  // The first entry whose order is not below this meeting's; the one before it is the latest earlier.
  let low = 0;
  let high = list.length;
  while (low < high) {
    session().count('minutes/compared');
    const mid = (low + high) >>> 1;
    if (order((list[mid] as Earlier).meeting) < own) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return null;
  const latest = order((list[low - 1] as Earlier).meeting);
  // Of several files with that number, the first in file name order.
  let first = low - 1;
  while (first > 0 && order((list[first - 1] as Earlier).meeting) === latest) first--;
  return list[first] as Earlier;
}

function previousOf(current: Earlier, base: LoadBase | null): Earlier | null {
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
  return latestBefore(current);
}

/** Earlier meetings of the same body, the previous one first, at most MAX_CHAIN of them. */
export function earlierMeetings(file: string, meeting: Minutes, base: LoadBase): Earlier[] {
  const chain: Earlier[] = [];
  const seen = new Set([resolve(file)]);
  let current: Earlier = { file, meeting };
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const next = previousOf(current, depth === 0 ? base : null);
    if (next === null || seen.has(resolve(next.file))) break;
    seen.add(resolve(next.file));
    chain.push(next);
    current = next;
  }
  return chain;
}
