// Thai official text keeps a number on the line of the word that introduces it (ครั้งที่ ๒/๒๕๖๖,
// ข้อ ๓, พ.ศ. ๒๕๖๖) and a date whole (๓๑ ธันวาคม ๒๕๖๖, ๓๑ ธ.ค. พ.ศ. ๒๕๖๖). The space between them becomes a no-break space, which
// both writers (and Word) honour, so a line never ends with "ครั้งที่" and starts with its number.
import { thaiMonthAbbreviations, thaiMonthNames } from './dates.js';

const escape = (word: string): string => word.replace(/[.]/g, '\\.');

/**
 * Words a number follows: any word ending in ที่ (ครั้งที่, วันที่, ลำดับที่, ระเบียบวาระที่),
 * ข้อ, ชั้น, มาตรา, ฉบับ, หมู่, พ.ศ., ค.ศ., เวลา, and the months, written out or abbreviated.
 */
const INTRODUCERS = ['ที่', 'ข้อ', 'ชั้น', 'มาตรา', 'ฉบับ', 'หมู่', 'พ.ศ.', 'ค.ศ.', 'เวลา', ...thaiMonthNames, ...thaiMonthAbbreviations];

/** An introducer, then the spaces a writer may break at, then a digit (Arabic or Thai). */
const BEFORE_NUMBER = new RegExp(`(${INTRODUCERS.map(escape).join('|')}) +(?=[0-9๐-๙])`, 'g');

/** A day's number, then the month: a date (๒๒ สิงหาคม ๒๕๖๖) is kept on one line. */
const MONTHS = [...thaiMonthNames, ...thaiMonthAbbreviations].map(escape).join('|');
const DAY_BEFORE_MONTH = new RegExp(`([0-9๐-๙]) +(?=${MONTHS})`, 'g');
/** A month, then the era before the year: ๓๑ ธันวาคม พ.ศ. ๒๕๖๖ is kept on one line too. */
const MONTH_BEFORE_ERA = new RegExp(`(${MONTHS}) +(?=[พค]\\.ศ\\.)`, 'g');

/**
 * Words that count a number (classifiers and units): ๑๒๐ คน, ๕ ราย, ๓ ฉบับ, ๒๔ หน่วยงาน, ๗ วัน,
 * ๙๔.๖๔ คะแนน, ๒๑๕,๐๐๐ บาท: the number and the word are kept on one line.
 */
const COUNTERS = ['คน', 'ราย', 'ท่าน', 'ฉบับ', 'เรื่อง', 'แห่ง', 'หน่วยงาน', 'ครั้ง', 'รายการ', 'โครงการ', 'กิจกรรม', 'วัน', 'วันทำการ', 'เดือน', 'ปี', 'ชั่วโมง', 'นาที',
  'สัปดาห์', 'ไตรมาส', 'รุ่น', 'บาท', 'ล้านบาท', 'สตางค์', 'เล่ม', 'ชุด', 'เครื่อง', 'คัน', 'หลัง', 'แผ่น', 'หน้า', 'ข้อ', 'คะแนน', 'ตัวชี้วัด', 'เปอร์เซ็นต์', 'ตำแหน่ง', 'จังหวัด', 'อำเภอ', 'ตำบล', 'ไร่', 'เมตร', 'กิโลเมตร'];
/** A number, the spaces a writer may break at, then a counter that ends there (๗ วัน, not ๗ วันที่). */
const NUMBER_BEFORE_COUNTER = new RegExp(`([0-9๐-๙]) +(?=(?:${[...COUNTERS].sort((a, b) => b.length - a.length).join('|')})(?![\u0E01-\u0E2E\u0E40-\u0E44]))`, 'g');

/**
 * A telephone number after โทร./โทรศัพท์/โทรสาร, its groups and its extension (โทร. ๐ ๒๒๔๕ ๑๗๐๗
 * ต่อ ๖๑๒) is one piece: the memo's heading printed "โทร. ๐ ๒๒๔๕" / "๑๗๐๗ ต่อ ๖๑๒" (a reviewer).
 */
const PHONE = /(?:โทร\.|โทรศัพท์|โทรสาร) +[0-9๐-๙](?:[0-9๐-๙-]| +(?=[0-9๐-๙]))*(?: +ต่อ +[0-9๐-๙]+(?:[ ,]+[0-9๐-๙]+)*)?/g;

export function keepNumbersWithWords(text: string): string {
  return text.replace(PHONE, (phone) => phone.replace(/ +/g, '\u00A0')).replace(BEFORE_NUMBER, '$1\u00A0').replace(DAY_BEFORE_MONTH, '$1\u00A0').replace(MONTH_BEFORE_ERA, '$1\u00A0').replace(NUMBER_BEFORE_COUNTER, '$1\u00A0');
}

const ENDS_WITH_INTRODUCER = new RegExp(`(${INTRODUCERS.map(escape).join('|')}) *$`);
const STARTS_WITH_NUMBER = /^ *[0-9๐-๙]/;

/**
 * The same across the runs of one line of text (<b>ครั้งที่</b> ๒): the space where one run
 * ends and the next begins, on whichever side of the boundary it is.
 */
export function keepNumbersWithWordsAcross(texts: readonly string[]): string[] {
  const out = texts.map(keepNumbersWithWords);
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1] as string;
    const after = out[i] as string;
    if (!ENDS_WITH_INTRODUCER.test(before) || !STARTS_WITH_NUMBER.test(after)) continue;
    if (/ +$/.test(before)) out[i - 1] = before.replace(/ +$/, '\u00A0');
    else out[i] = after.replace(/^ +/, '\u00A0');
  }
  return out;
}
