// Assignments across meetings: what each unit was told to do, where, by when, and what later
// meetings reported about it. Refs are stable so a later meeting can report progress on them.
import type { AgendaItem, ItaReport, Minutes } from '../kinds/index.js';
import type { Action } from '../schema/common.js';
import { compareDates, type CalendarDate } from '../thai/dates.js';

export type Status = 'open' | 'in-progress' | 'done' | 'dropped';

export interface MeetingRef {
  file: string;
  body: string;
  number: number;
  year: number;
  date: CalendarDate;
}

export interface ActionRecord {
  /** "3/2566-4.1-1" (meeting number/year, agenda item, position), or the action's own id. */
  ref: string;
  meeting: MeetingRef;
  /** Where it was decided: "4.1", or "ตัวชี้วัดที่ 2" for an ITA report. */
  source: string;
  unit: string;
  task: string;
  due: CalendarDate | null;
}

export interface ProgressRecord {
  ref: string;
  meeting: MeetingRef;
  status: Exclude<Status, 'open'>;
  note: string | undefined;
}

function record(meeting: MeetingRef, source: string, index: number, action: Action): ActionRecord {
  return {
    ref: action.id ?? `${meeting.number}/${meeting.year}-${source}-${index + 1}`,
    meeting,
    source,
    unit: action.unit,
    task: action.task,
    due: action.due ?? null,
  };
}

export function minutesMeetingRef(m: Minutes, file: string): MeetingRef {
  return { file, body: m.body, number: m.number, year: m.year, date: m.date };
}

export function minutesActions(m: Minutes, file: string): ActionRecord[] {
  const meeting = minutesMeetingRef(m, file);
  return m.agenda.flatMap((item: AgendaItem, i) => [
    ...(item.actions ?? []).map((a, k) => record(meeting, `${i + 1}`, k, a)),
    ...(item.items ?? []).flatMap((sub, j) => (sub.actions ?? []).map((a, k) => record(meeting, `${i + 1}.${j + 1}`, k, a))),
  ]);
}

export function minutesProgress(m: Minutes, file: string): ProgressRecord[] {
  const meeting = minutesMeetingRef(m, file);
  return m.agenda.flatMap((item) => (item.progress ?? []).map((p) => ({ ref: p.ref, meeting, status: p.status, note: p.note })));
}

/**
 * An ITA report's guidelines are assignments: a guideline with its own units is one action per
 * unit, due when it says (else when its indicator is); the guidelines without units go, together,
 * to each focus unit of the indicator (refs unchanged from 0.2.0, so recorded progress still applies).
 */
export function itaActions(r: ItaReport, file: string): ActionRecord[] {
  const m = r;
  const meeting: MeetingRef = { file, body: m.body, number: m.number, year: m.year, date: r.date };
  return (r.analysis ?? []).flatMap((part) =>
    part.indicators.flatMap((indicator) => {
      const guidelines = (indicator.guidelines ?? []).map((g) => (typeof g === 'string' ? { text: g } : g));
      const shared = guidelines.filter((g) => g.units === undefined);
      const source = `ตัวชี้วัดที่ ${indicator.number}`;
      const byFocusUnit = (indicator.focusUnits ?? []).map((unit, k) => ({
        ref: `${m.number}/${m.year}-I${indicator.number}-${k + 1}`,
        meeting,
        source,
        unit,
        task: shared.map((g) => g.text).join(' / ') || `ปรับปรุงตัวชี้วัดที่ ${indicator.number}`,
        due: indicator.due ?? null,
      }));
      const own = guidelines.flatMap((g, gi) =>
        (g.units ?? []).map((unit, k) => ({
          ref: `${m.number}/${m.year}-I${indicator.number}-G${gi + 1}-${k + 1}`,
          meeting,
          source,
          unit,
          task: g.text,
          due: ('due' in g ? g.due : undefined) ?? indicator.due ?? null,
        })),
      );
      return [...byFocusUnit, ...own];
    }),
  );
}

const sameAction = (a: { ref: string; meeting: MeetingRef }, b: { ref: string; meeting: MeetingRef }) =>
  a.ref === b.ref && a.meeting.body === b.meeting.body;

function meetingOrder(a: MeetingRef, b: MeetingRef): number {
  return compareDates(a.date, b.date) || a.year - b.year || a.number - b.number;
}

/** The latest reported status of an action, from progress recorded at later meetings of the same body. */
export function statusOf(action: ActionRecord, progress: readonly ProgressRecord[]): { status: Status; report: ProgressRecord | null } {
  const reports = progress
    .filter((p) => sameAction(p, action) && meetingOrder(p.meeting, action.meeting) > 0)
    .sort((a, b) => meetingOrder(a.meeting, b.meeting));
  const last = reports[reports.length - 1] ?? null;
  return { status: last?.status ?? 'open', report: last };
}

/** Actions still open: not reported done or dropped. */
export function openActions(actions: readonly ActionRecord[], progress: readonly ProgressRecord[]): ActionRecord[] {
  // Each action is checked against its own reports only: all of them for each action made a
  // meeting's work grow with the square of its chain of earlier meetings.
  const byRef = new Map<string, ProgressRecord[]>();
  for (const p of progress) {
    const same = byRef.get(p.ref);
    if (same === undefined) byRef.set(p.ref, [p]);
    else same.push(p);
  }
  return actions.filter((a) => {
    const { status } = statusOf(a, byRef.get(a.ref) ?? []);
    return status === 'open' || status === 'in-progress';
  });
}

export function isOverdue(action: ActionRecord, status: Status, asOf: CalendarDate): boolean {
  return action.due !== null && (status === 'open' || status === 'in-progress') && compareDates(action.due, asOf) < 0;
}

export { meetingOrder };
