// What the ita-report templates see: the meeting and its derived figures as display
// strings with Arabic digits (the digit switch applies later, to the whole document).
import type { ItaReport } from './schema.js';
import type { ItaResult } from '../../derive/ita.js';
import { formatThaiDate, type CalendarDate } from '../../thai/dates.js';
import { formatClock, formatTimeRange } from '../../thai/times.js';
import { joinThai } from '../../derive/question-codes.js';
import { formatFixed } from '../../thai/numbers.js';
import { personText } from '../../render/person-text.js';


function dates(date: CalendarDate) {
  return { long: formatThaiDate(date, 'long'), short: formatThaiDate(date, 'short'), full: formatThaiDate(date, 'full') };
}

export function itaView(meeting: ItaReport, ita: ItaResult) {
  const m = { body: meeting.body, number: meeting.number, year: meeting.year, chair: meeting.chair };
  const title = meeting.title ?? `รายงานผลการเข้าร่วมประชุม${m.body} ครั้งที่ ${m.number}/${m.year}`;
  const heading = meeting.title ?? `รายงานผลการเข้าร่วมประชุม`;
  return {
    title,
    heading,
    title_given: meeting.title !== undefined,
    date: dates(meeting.date),
    time: { start: formatClock(meeting.time.start), end: formatClock(meeting.time.end), range: formatTimeRange(meeting.time.start, meeting.time.end) },
    place: meeting.place,
    meeting: { ...m, numberText: `${m.number}/${m.year}`, chairText: personText(m.chair) },
    assignedBy: meeting.assignedBy === undefined ? null : { ...meeting.assignedBy, text: personText(meeting.assignedBy) },
    attendees: meeting.attendees,
    attendeesText: joinThai(meeting.attendees.map(personText)),
    summary: meeting.summary.map((item) => (typeof item === 'string' ? { text: item } : item)),
    assessment: meeting.assessment,
    ita: {
      ...ita,
      tools: ita.tools.map((t, i) => ({
        ...t,
        ordinal: i + 1,
        /** "แบบวัด… (Internal … : IIT)" from the year's data; the code alone without it, never "IIT (IIT : IIT)". */
        label: t.name === null ? t.code : `${t.name} (${t.english ?? t.code} : ${t.code})`,
        shortLabel: t.name === null ? t.code : `${t.name} (${t.code})`,
        weightText: t.weight === null ? null : formatFixed(t.weight, 1),
        scoreText: t.score?.text ?? '-',
        weightedText: t.weighted === null ? '-' : formatFixed(t.weighted, 2),
      })),
      parts: ita.parts.map((part) => ({
        ...part,
        indicators: part.indicators.map((indicator) => ({
          ...indicator,
          guidelines: indicator.guidelines.map((g) => ({
            text: g.text,
            unitsText: g.units.length === 0 ? null : joinThai(g.units),
            dueText: g.due === null ? null : formatThaiDate(g.due, 'long'),
          })),
          focusUnitsText: indicator.focusUnits.length === 0 ? null : joinThai(indicator.focusUnits),
          dueText: indicator.due === null ? null : formatThaiDate(indicator.due, 'long'),
        })),
      })),
      computedTotalText: ita.computedTotal === null ? null : formatFixed(ita.computedTotal, 2),
      changeWord: ita.changeDirection === null ? null : { up: 'เพิ่มขึ้น', down: 'ลดลง', same: 'เท่ากับ' }[ita.changeDirection],
      /** The meeting's urgent weaknesses: per indicator, the questions below the threshold and who is responsible. */
      below: ita.parts.flatMap((part) =>
        part.indicators
          .filter((indicator) => indicator.belowCodes.length > 0)
          .map((indicator) => ({
            number: indicator.number,
            name: indicator.name,
            questions: joinThai(indicator.questions.filter((q) => q.below).map((q) => `${q.code} (${q.score?.text ?? ''})`)),
            // The indicator's focus units and the units of its own guidelines: everyone answerable for it.
            units: joinThai([...new Set([...indicator.focusUnits, ...indicator.guidelines.flatMap((g) => g.units)])]) || '-',
          })),
      ),
    },
    photos: (meeting.photos ?? []).map((p, index) => ({ index, number: index + 1, caption: p.caption })),
    reporter: meeting.recorder ?? null,
  };
}
