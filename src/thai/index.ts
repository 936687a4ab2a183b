// Thai text helpers: digits, decimal rounding, BE dates, times, baht text, score changes, list labels; pure functions.
export { toThaiDigits, toArabicDigits } from './digits.js';
export { roundHalfUp, formatFixed, parseDecimal } from './numbers.js';
export {
  type CalendarDate,
  type DateParse,
  parseDate,
  isValidDate,
  compareDates,
  todayDate,
  isoDate,
  formatThaiDate,
  thaiMonthNames,
  thaiMonthAbbreviations,
  buddhistYear,
} from './dates.js';
export {
  type ClockTime,
  type TimeParse,
  parseTime,
  formatTime,
  formatClock,
  formatTimeRange,
  compareTimes,
} from './times.js';
export { bahtText } from './baht.js';
export { type ScoreChange, scoreChange, formatScoreChange } from './score-change.js';
export { listLabel } from './list-label.js';
export { segmentWords, breakOpportunities, graphemes, isBreakableSpace, KEEP_WHOLE } from './word-break.js';
export { keepNumbersWithWords, keepNumbersWithWordsAcross } from './keep-with-number.js';
