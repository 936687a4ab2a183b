// What the memo template sees: the office's details from the configuration, the memo's own
// fields, and, when it sends a report, the facts of that meeting for the default text.
import type { LoadedMemo } from '../pipeline/kinds/memo.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { formatThaiDate } from '../thai/dates.js';
import { formatTimeRange } from '../thai/times.js';
import { joinThai } from '../derive/question-codes.js';
import { personText } from './person-text.js';


function reportView(report: LoadedMemo['report']) {
  if (report === null) return null;
  if (report.kind === 'ita-report') {
    const r = report.meeting;
    return {
      ita: true,
      assignedBy: r.assignedBy === undefined ? null : personText(r.assignedBy),
      attendees: joinThai(r.attendees.map(personText)),
      body: r.meeting.body,
      numberText: `${r.meeting.number}/${r.meeting.year}`,
      date: formatThaiDate(r.date, 'long'),
      timeText: formatTimeRange(r.time.start, r.time.end),
      place: r.place,
      organization: r.assessment.organization,
      fiscalYear: report.ita.fiscalYear,
      total: report.ita.totalText,
      level: report.ita.level,
    };
  }
  const m = report.meeting;
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
}

export function memoView(loaded: LoadedMemo, office: OfficeConfig | null, hasEmblem: boolean) {
  const memo = loaded.meeting;
  const prefix = office?.office?.documentPrefix;
  return {
    title: memo.subject,
    author: memo.signer.name,
    subject: memo.subject,
    hasEmblem,
    office: { name: office?.office?.name ?? '', phone: office?.office?.phone ?? null },
    documentNumber: prefix === undefined ? memo.documentNumber : `${prefix}/${memo.documentNumber}`,
    date: formatThaiDate(memo.date, 'long'),
    to: memo.to,
    attachments: memo.attachments ?? [],
    text: memo.text ?? null,
    report: reportView(loaded.report),
    signer: memo.signer,
  };
}
