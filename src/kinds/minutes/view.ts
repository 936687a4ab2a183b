// What the minutes templates see: the parts of แบบที่ 11 in order, as display strings.
import type { LoadedMinutes } from './load.js';
import type { Action } from '../../schema/common.js';
import { formatThaiDate } from '../../thai/dates.js';
import { formatTime } from '../../thai/times.js';
import { personText } from '../../render/person-text.js';

export const STATUS_TEXT = {
  open: 'ยังไม่ได้รายงานผล',
  'in-progress': 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้วเสร็จ',
  dropped: 'ยกเลิก',
} as const;

const paragraphs = (value: string | string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

const actionView = (a: Action) => ({ unit: a.unit, task: a.task, due: a.due === undefined ? null : formatThaiDate(a.due, 'long') });

export function minutesView(loaded: LoadedMinutes, defaultAgenda: readonly string[] = []) {
  const m = loaded.meeting;
  const previousText = loaded.previous === null ? null : `${loaded.previous.number}/${loaded.previous.year}`;
  return {
    title: `รายงานการประชุม${m.body}`,
    author: m.recorder.name,
    subject: `${m.body} ครั้งที่ ${m.number}/${m.year}`,
    body: m.body,
    numberText: `${m.number}/${m.year}`,
    date: { full: formatThaiDate(m.date, 'full'), long: formatThaiDate(m.date, 'long') },
    place: m.place,
    start: formatTime(m.time.start),
    end: formatTime(m.time.end),
    present: m.present.map((p) => ({
      ...p,
      forText: p.for === undefined ? null : personText(p.for),
    })),
    absent: m.absent ?? [],
    guests: m.guests ?? [],
    agenda: m.agenda.map((item, i) => ({
      number: i + 1,
      title: item.title ?? defaultAgenda[i] ?? '',
      confirmsPrevious: (item.title ?? defaultAgenda[i] ?? '') === 'เรื่องรับรองรายงานการประชุม' ? previousText : null,
      discussion: paragraphs(item.discussion),
      resolution: item.resolution ?? null,
      actions: (item.actions ?? []).map(actionView),
      items: (item.items ?? []).map((sub, j) => ({
        number: `${i + 1}.${j + 1}`,
        title: sub.title,
        discussion: paragraphs(sub.discussion),
        resolution: sub.resolution ?? null,
        actions: (sub.actions ?? []).map(actionView),
      })),
      followUp: item.followUp === true,
      carried: item.followUp === true
        ? loaded.carried.map((c, k) => ({
            number: k + 1,
            ref: c.action.ref,
            task: c.action.task,
            unit: c.action.unit,
            from: `ครั้งที่ ${c.action.meeting.number}/${c.action.meeting.year}`,
            due: c.action.due === null ? '-' : formatThaiDate(c.action.due, 'short'),
            status: STATUS_TEXT[c.status],
            note: c.note ?? null,
          }))
        : [],
    })),
    recorder: m.recorder,
    checker: m.checker ?? null,
  };
}
