// kind: minutes: รายงานการประชุม, the formal minutes of the office's own body.
import { formatThaiDate } from '../../thai/dates.js';
import { formatTimeRange } from '../../thai/times.js';
import { minutesActions, minutesProgress } from '../../derive/follow-ups.js';
import { defineKind } from '../kind.js';
import { minutesSkeleton } from './skeleton.js';
import { minutesSchema } from './schema.js';
import { loadMinutes } from './load.js';
import { minutesView } from './view.js';

export const minutes = defineKind({
  name: 'minutes',
  schema: minutesSchema,
  describe: 'รายงานการประชุม (แบบที่ 11)',
  skeleton: minutesSkeleton,
  indexTitle: 'รายงานการประชุม',
  load: loadMinutes,
  view: (loaded, { template }) => ({ context: minutesView(loaded, template.config.agenda ?? []), images: [] }),
  register: (loaded) => ({
    actions: minutesActions(loaded.meeting, loaded.file),
    progress: minutesProgress(loaded.meeting, loaded.file),
  }),
  reportFacts: (loaded) => {
    const m = loaded.meeting;
    return {
      ita: false,
      assignedBy: null,
      attendees: null,
      body: m.body,
      numberText: `${m.number}/${m.year}`,
      date: formatThaiDate(m.date, 'long'),
      timeText: formatTimeRange(m.time.start, m.time.end),
      place: m.place,
      organization: null,
      fiscalYear: null,
      total: null,
      level: null,
    };
  },
});

export { STATUS_TEXT } from './view.js';
export type { Minutes, AgendaItem, SubItem, Progress } from './schema.js';
export type { LoadedMinutes, CarriedItem } from './load.js';
