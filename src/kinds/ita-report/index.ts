// kind: ita-report: the report of a meeting attended, with its ITA assessment results.
import { formatThaiDate } from '../../thai/dates.js';
import { formatTimeRange } from '../../thai/times.js';
import { joinThai } from '../../derive/question-codes.js';
import { itaActions } from '../../derive/follow-ups.js';
import { personText } from '../../render/person-text.js';
import { defineKind } from '../kind.js';
import { itaReportSkeleton } from './skeleton.js';
import { itaReportSchema } from './schema.js';
import { loadItaReport } from './load.js';
import { itaView } from './view.js';
import { itaCharts } from './charts.js';

export const itaReport = defineKind({
  name: 'ita-report',
  schema: itaReportSchema,
  describe: 'รายงานผลการเข้าร่วมประชุมและผลการประเมิน ITA',
  skeleton: itaReportSkeleton,
  indexTitle: 'รายงานผลการเข้าร่วมประชุม',
  load: loadItaReport,
  // Written until 0.2.0: the meeting attended nested under `meeting:`, the signer as `reporter`.
  renamedKeys: [
    { from: ['meeting', 'body'], to: ['body'] },
    { from: ['meeting', 'number'], to: ['number'] },
    { from: ['meeting', 'year'], to: ['year'] },
    { from: ['meeting', 'chair'], to: ['chair'] },
    { from: ['reporter'], to: ['recorder'] },
  ],
  view: (loaded) => {
    const context = itaView(loaded.meeting, loaded.ita);
    return {
      context: { ...context, author: loaded.meeting.attendees.map((a) => a.name).join(', '), subject: context.meeting.body },
      images: loaded.photos,
      charts: (options) => itaCharts(loaded.ita, options),
    };
  },
  register: (loaded) => ({ actions: itaActions(loaded.meeting, loaded.file), progress: [] }),
  reportFacts: (loaded) => {
    const r = loaded.meeting;
    return {
      ita: true,
      assignedBy: r.assignedBy === undefined ? null : personText(r.assignedBy),
      attendees: joinThai(r.attendees.map(personText)),
      body: r.body,
      numberText: `${r.number}/${r.year}`,
      date: formatThaiDate(r.date, 'long'),
      timeText: formatTimeRange(r.time.start, r.time.end),
      place: r.place,
      organization: r.assessment.organization,
      fiscalYear: loaded.ita.fiscalYear,
      total: loaded.ita.totalText,
      level: loaded.ita.level,
    };
  },
});

export type { ItaReport, Indicator, AnalysisPart } from './schema.js';
export type { LoadedItaReport } from './load.js';
