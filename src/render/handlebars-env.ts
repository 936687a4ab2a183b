// One Handlebars environment per document kind, with the helpers templates may call.
// Helpers format; they never compute figures (derive/ does) and never emit markup,
// so everything they return is escaped like any other data.
import Handlebars from 'handlebars';
import type { ClockTime } from '../thai/times.js';
import { formatClock, formatTime, formatTimeRange } from '../thai/times.js';
import { formatThaiDate, type CalendarDate } from '../thai/dates.js';
import { bahtText } from '../thai/baht.js';
import { formatFixed } from '../thai/numbers.js';
import { joinThai } from '../derive/question-codes.js';
import { personText } from './person-text.js';

/** Running numbers of one render, by name; a render is known by its root context. */
const counters = new WeakMap<object, Map<string, number>>();

/** The next number of the counter `name` in this render: helpers run in the order the output is written. */
function nextNumber(name: unknown, options: Handlebars.HelperOptions): number {
  const root: unknown = options.data?.root;
  if (typeof root !== 'object' || root === null) return 1;
  const mine = counters.get(root) ?? new Map<string, number>();
  counters.set(root, mine);
  const n = (mine.get(String(name)) ?? 0) + 1;
  mine.set(String(name), n);
  return n;
}

export function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper({
    /** {{thaiDate date "long"}} → 22 สิงหาคม 2566; "short" → 22 ส.ค. 2566; "full" → วันอังคารที่ 22 สิงหาคม พ.ศ. 2566 */
    thaiDate: (date: CalendarDate, style: unknown) =>
      formatThaiDate(date, style === 'short' || style === 'full' ? style : 'long'),
    /** {{time t}} → 13.30 น.; {{clock t}} → 13.30 */
    time: (t: ClockTime) => formatTime(t),
    clock: (t: ClockTime) => formatClock(t),
    timeRange: (start: ClockTime, end: ClockTime) => formatTimeRange(start, end),
    /** {{fixed 92.431 2}} → 92.43 */
    fixed: (value: number, decimals: unknown) => formatFixed(value, typeof decimals === 'number' ? decimals : 2),
    baht: (amount: number | string) => bahtText(amount),
    /** {{join list}} → "ก, ข และ ค" */
    join: (list: unknown) => (Array.isArray(list) ? joinThai(list.map(String)) : ''),
    /** {{person p}} → "นายสมคิด จันทมฤก รองปลัดกระทรวงมหาดไทย" */
    person: (p: { name: string; position?: string } | undefined) => (p === undefined ? '' : personText(p)),
    eq: (a: unknown, b: unknown) => a === b,
    add: (a: number, b: number) => a + b,
    /** {{nextNumber "chart"}} → 1, then 2 …: แผนภูมิที่ 1, 2 … numbered in document order. */
    nextNumber,
  });
  return hb;
}
