import { describe, it, expect } from 'vitest';
import * as thai from '../../src/thai/index.js';

describe('src/thai/index', () => {
  it('re-exports every helper the other stages use', () => {
    const names = [
      'toThaiDigits', 'toArabicDigits', 'roundHalfUp', 'formatFixed', 'parseDecimal',
      'parseDate', 'isValidDate', 'compareDates', 'todayDate', 'isoDate', 'formatThaiDate', 'buddhistYear',
      'parseTime', 'formatTime', 'formatClock', 'formatTimeRange', 'compareTimes',
      'bahtText', 'scoreChange', 'formatScoreChange', 'listLabel',
    ];
    for (const name of names) expect(typeof (thai as Record<string, unknown>)[name], name).toBe('function');
    expect(thai.thaiMonthNames).toHaveLength(12);
    expect(thai.thaiMonthAbbreviations).toHaveLength(12);
  });
});
