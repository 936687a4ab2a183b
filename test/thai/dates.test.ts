import { afterEach, describe, it, expect } from 'vitest';
import {
  buddhistYear,
  compareDates,
  formatThaiDate,
  isoDate,
  isValidDate,
  parseDate,
  thaiMonthAbbreviations,
  thaiMonthNames,
  todayDate,
  type CalendarDate,
} from '../../src/thai/dates.js';

const AUG_22_2023: CalendarDate = { year: 2023, month: 8, day: 22 };

describe('parseDate: ISO form', () => {
  it('reads 2023-08-22 as Christian era', () => {
    expect(parseDate('2023-08-22')).toEqual({ ok: true, date: AUG_22_2023, era: 'ce', form: 'iso', beInIso: false });
  });

  it('reads 2566-08-22 as Buddhist era, not CE 2566, and flags it', () => {
    expect(parseDate('2566-08-22')).toEqual({ ok: true, date: AUG_22_2023, era: 'be', form: 'iso', beInIso: true });
  });

  it('rejects a CE year between 2200 and 2400 as out of range rather than guessing an era', () => {
    expect(parseDate('2300-01-01')).toEqual({ ok: false, reason: 'year-range' });
  });

  it('rejects ISO dates without two-digit month and day', () => {
    expect(parseDate('2023-8-22')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseDate: day/month/year form', () => {
  it.each(['22/08/2566', '22/8/2566', '๒๒/๐๘/๒๕๖๖'])('reads %s as Buddhist era', (text) => {
    expect(parseDate(text)).toEqual({ ok: true, date: AUG_22_2023, era: 'be', form: 'slash', beInIso: false });
  });

  it('reads 22/08/2023 as Christian era', () => {
    expect(parseDate('22/08/2023')).toEqual({ ok: true, date: AUG_22_2023, era: 'ce', form: 'slash', beInIso: false });
  });

  it('reads day first: 2/8/2566 is 2 August', () => {
    expect(parseDate('2/8/2566')).toMatchObject({ ok: true, date: { year: 2023, month: 8, day: 2 } });
  });

  it('rejects a two-digit year such as 22/8/66', () => {
    expect(parseDate('22/8/66')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseDate: Thai forms', () => {
  it.each([
    ['22 สิงหาคม 2566', 'thai-long'],
    ['22สิงหาคม2566', 'thai-long'],
    ['วันที่ 22 สิงหาคม 2566', 'thai-long'],
    ['22 สิงหาคม พ.ศ. 2566', 'thai-long'],
    ['วันที่ ๒๒ สิงหาคม พ.ศ.๒๕๖๖', 'thai-long'],
    ['  22 สิงหาคม 2566  ', 'thai-long'],
    ['22 ส.ค. 2566', 'thai-short'],
    ['22 ส.ค.2566', 'thai-short'],
    ['22ส.ค.2566', 'thai-short'],
    ['22 สค 2566', 'thai-short'],
    ['22 ส.ค. พ.ศ. 2566', 'thai-short'],
  ])('reads %j as 22 August 2023 (%s)', (text, form) => {
    expect(parseDate(text)).toEqual({ ok: true, date: AUG_22_2023, era: 'be', form, beInIso: false });
  });

  it('reads its own full form, weekday included', () => {
    expect(parseDate('วันอังคารที่ 22 สิงหาคม พ.ศ. 2566')).toMatchObject({ ok: true, date: AUG_22_2023 });
  });

  it('rejects a weekday that does not match the date', () => {
    // Monday (1) written, Tuesday (2) the date's weekday: said as such, not as a date that does not exist.
    expect(parseDate('วันจันทร์ที่ 22 สิงหาคม พ.ศ. 2566')).toEqual({ ok: false, reason: 'weekday', date: { year: 2023, month: 8, day: 22 }, written: 1, actual: 2 });
  });

  it('tells มี.ค. (March) from ม.ค. (January)', () => {
    expect(parseDate('1 มี.ค. 2566')).toMatchObject({ ok: true, date: { year: 2023, month: 3, day: 1 } });
    expect(parseDate('1 ม.ค. 2566')).toMatchObject({ ok: true, date: { year: 2023, month: 1, day: 1 } });
  });

  it('reads back every month in long and short form', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = { year: 2023, month, day: 15 };
      expect(parseDate(formatThaiDate(date, 'long'))).toMatchObject({ ok: true, date, form: 'thai-long' });
      expect(parseDate(formatThaiDate(date, 'short'))).toMatchObject({ ok: true, date, form: 'thai-short' });
    }
  });

  it('rejects a Christian-era year written with a Thai month name', () => {
    expect(parseDate('22 สิงหาคม 2023')).toEqual({ ok: false, reason: 'year-range' });
  });
});

describe('parseDate: impossible dates', () => {
  it.each(['2023-02-30', '2023-13-01', '2023-00-10', '2023-02-29', '1900-02-29', '31/04/2566', '00/08/2566', '32 สิงหาคม 2566'])(
    'rejects %s as invalid',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it.each(['2024-02-29', '2000-02-29', '29/02/2567', '29 ก.พ. 2567'])('accepts the leap day %s', (text) => {
    expect(parseDate(text)).toMatchObject({ ok: true, date: { year: text === '2000-02-29' ? 2000 : 2024, month: 2, day: 29 } });
  });

  it('decides leap years on the CE year: 29 Feb 2566 (CE 2023) does not exist', () => {
    expect(parseDate('2566-02-29')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDate('29/02/2566')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parseDate: year range 1900-2200 CE', () => {
  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2200-12-31', true],
    ['2201-01-01', false],
    ['1 ม.ค. 2443', true],
    ['31 ธ.ค. 2442', false],
    ['31/12/2743', true],
    ['1/1/2744', false],
    ['22/08/2399', false],
  ])('%s in range: %s', (text, inRange) => {
    const parsed = parseDate(text);
    if (inRange) expect(parsed.ok).toBe(true);
    else expect(parsed).toEqual({ ok: false, reason: 'year-range' });
  });
});

describe('parseDate: other text', () => {
  it.each(['22-08-2566', 'tomorrow', '', '   ', '2023/08/22', '22 August 2023', '22 สิงหา 2566', '2023-08-22T00:00', '22/08/2566 13.30'])(
    'rejects %j as a format error',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('isValidDate', () => {
  it('accepts real days and rejects impossible or fractional ones', () => {
    expect(isValidDate(AUG_22_2023)).toBe(true);
    expect(isValidDate({ year: 2023, month: 4, day: 31 })).toBe(false);
    expect(isValidDate({ year: 2023, month: 0, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2023, month: 8, day: 1.5 })).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders by year, then month, then day', () => {
    expect(compareDates(AUG_22_2023, { year: 2023, month: 8, day: 23 })).toBeLessThan(0);
    expect(compareDates(AUG_22_2023, { year: 2023, month: 7, day: 31 })).toBeGreaterThan(0);
    expect(compareDates(AUG_22_2023, { year: 2022, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareDates(AUG_22_2023, { ...AUG_22_2023 })).toBe(0);
  });
});

describe('isoDate', () => {
  it('pads month and day: 2023-01-05', () => {
    expect(isoDate({ year: 2023, month: 1, day: 5 })).toBe('2023-01-05');
    expect(isoDate(AUG_22_2023)).toBe('2023-08-22');
  });
});

describe('todayDate', () => {
  it('takes the local calendar day, even just before midnight', () => {
    expect(todayDate(new Date(2023, 7, 22, 23, 59))).toEqual(AUG_22_2023);
    expect(todayDate(new Date(2023, 7, 22, 0, 0))).toEqual(AUG_22_2023);
  });

  it('defaults to now', () => {
    const now = new Date();
    expect(todayDate()).toEqual({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  });
});

describe('formatThaiDate', () => {
  const savedTz = process.env['TZ'];
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  it('writes the long form by default: 22 สิงหาคม 2566', () => {
    expect(formatThaiDate(AUG_22_2023)).toBe('22 สิงหาคม 2566');
  });

  it('writes the short form: 22 ส.ค. 2566', () => {
    expect(formatThaiDate(AUG_22_2023, 'short')).toBe('22 ส.ค. 2566');
  });

  it('writes the full form with the weekday: 22 Aug 2023 was a Tuesday', () => {
    expect(formatThaiDate(AUG_22_2023, 'full')).toBe('วันอังคารที่ 22 สิงหาคม พ.ศ. 2566');
  });

  it('names other weekdays right', () => {
    expect(formatThaiDate({ year: 2024, month: 2, day: 29 }, 'full')).toBe('วันพฤหัสบดีที่ 29 กุมภาพันธ์ พ.ศ. 2567');
    expect(formatThaiDate({ year: 2023, month: 1, day: 1 }, 'full')).toBe('วันอาทิตย์ที่ 1 มกราคม พ.ศ. 2566');
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('does not shift the day in time zone %s', (tz) => {
    process.env['TZ'] = tz;
    expect(formatThaiDate(AUG_22_2023, 'full')).toBe('วันอังคารที่ 22 สิงหาคม พ.ศ. 2566');
  });

  it('throws a RangeError for an impossible date', () => {
    expect(() => formatThaiDate({ year: 2023, month: 2, day: 30 })).toThrow(RangeError);
  });
});

describe('month names and years', () => {
  it('lists the twelve months from มกราคม, and abbreviations from ม.ค.', () => {
    expect(thaiMonthNames).toHaveLength(12);
    expect(thaiMonthNames[0]).toBe('มกราคม');
    expect(thaiMonthNames[6]).toBe('กรกฎาคม');
    expect(thaiMonthNames[11]).toBe('ธันวาคม');
    expect(thaiMonthAbbreviations).toHaveLength(12);
    expect(thaiMonthAbbreviations[0]).toBe('ม.ค.');
    expect(thaiMonthAbbreviations[2]).toBe('มี.ค.');
    expect(thaiMonthAbbreviations[7]).toBe('ส.ค.');
  });

  it('adds 543 for the Buddhist year', () => {
    expect(buddhistYear(2023)).toBe(2566);
  });
});
