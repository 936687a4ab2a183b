import { describe, it, expect } from 'vitest';
import { compareTimes, formatClock, formatTime, formatTimeRange, parseTime } from '../../src/thai/times.js';

describe('parseTime', () => {
  it.each([
    ['13.30', 13, 30],
    ['13:30', 13, 30],
    ['9.00', 9, 0],
    ['09.00', 9, 0],
    ['13.30 น.', 13, 30],
    ['13.30น.', 13, 30],
    ['13.30 น', 13, 30],
    ['๑๓.๓๐ น.', 13, 30],
    [' 16.00 ', 16, 0],
    ['0.00', 0, 0],
    ['23.59', 23, 59],
  ])('reads %j as %i:%i', (text, hour, minute) => {
    expect(parseTime(text)).toEqual({ ok: true, time: { hour, minute } });
  });

  it('rejects a time written as 13.3 (YAML’s number for 13.30) with its own reason', () => {
    expect(parseTime('13.3')).toEqual({ ok: false, reason: 'one-digit-minutes' });
    expect(parseTime('9.5 น.')).toEqual({ ok: false, reason: 'one-digit-minutes' });
  });

  it.each(['25.00', '13.60', '24.00', '99.99'])('rejects %s as out of range', (text) => {
    expect(parseTime(text)).toEqual({ ok: false, reason: 'range' });
  });

  it.each(['', 'บ่ายโมง', '1330', '13', '13.300', '113.30', '13.30 น.ค.', '-1.00', '13,30', '13.30 pm', '13 . 30'])(
    'rejects %j as a format error',
    (text) => {
      expect(parseTime(text)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('formatting times', () => {
  it('writes a time with น.: 13.30 น.', () => {
    expect(formatTime({ hour: 13, minute: 30 })).toBe('13.30 น.');
  });

  it('writes a clock time without น., minutes and hour padded to two digits', () => {
    expect(formatClock({ hour: 13, minute: 30 })).toBe('13.30');
    expect(formatClock({ hour: 9, minute: 5 })).toBe('09.05');
  });

  it('writes a range with one น. at the end: 13.30 - 16.00 น.', () => {
    expect(formatTimeRange({ hour: 13, minute: 30 }, { hour: 16, minute: 0 })).toBe('13.30 - 16.00 น.');
  });
});

describe('compareTimes', () => {
  it('orders by hour, then minute', () => {
    expect(compareTimes({ hour: 13, minute: 30 }, { hour: 16, minute: 0 })).toBeLessThan(0);
    expect(compareTimes({ hour: 13, minute: 30 }, { hour: 13, minute: 5 })).toBeGreaterThan(0);
    expect(compareTimes({ hour: 9, minute: 0 }, { hour: 9, minute: 0 })).toBe(0);
  });
});
