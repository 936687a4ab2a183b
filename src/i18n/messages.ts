// Every diagnostic code with its message and hint in Thai and English.
// Codes are stable: tools and people search for them; docs/diagnostics.md lists them all.
import { ARCHIVE_MESSAGES } from './messages-archive.js';
import { FAULT_MESSAGES } from './messages-faults.js';
import { INPUT_MESSAGES } from './messages-input.js';
import { ITA_MESSAGES } from './messages-ita.js';
import { MINUTES_MESSAGES } from './messages-minutes.js';
import { KINDS_MESSAGES } from './messages-kinds.js';
import { LINES_MESSAGES } from './messages-lines.js';

import type { Diagnostic, Param, Params, Said } from '../model/diagnostic.js';

export type Lang = 'th' | 'en';
export type { Params, Said };

export interface Entry {
  th: string;
  en: string;
  hintTh?: string;
  hintEn?: string;
}

/** Texts use {name} placeholders filled from the diagnostic's params. */
const CORE_MESSAGES = {
  READ_FAILED: { th: 'อ่านไฟล์ไม่ได้: {reason}', en: 'cannot read the file: {reason}' },
  FILE_TOO_LARGE: {
    th: 'ไฟล์ใหญ่เกินไป ({size} ไบต์ เกินขีดจำกัด {limit} ไบต์)',
    en: 'file too large ({size} bytes, limit {limit} bytes)',
    hintTh: 'ไฟล์การประชุมหนึ่งไฟล์ไม่ควรใหญ่เท่านี้ ตรวจว่าเลือกไฟล์ถูกต้อง',
    hintEn: 'a meeting file should never be this large: check that this is the right file',
  },
  BINARY_FILE: {
    th: 'ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (พบไบต์ศูนย์)',
    en: 'this is not a text file (it contains NUL bytes)',
    hintTh: 'บันทึกการประชุมต้องเป็นไฟล์ข้อความ YAML (.yaml)',
    hintEn: 'a meeting must be a YAML text file (.yaml)',
  },
  ENCODING_LEGACY: {
    th: 'ไฟล์ไม่ได้เข้ารหัสเป็น UTF-8 จึงอ่านเป็น TIS-620 (windows-874)',
    en: 'the file is not UTF-8; it was read as TIS-620 (windows-874)',
    hintTh: 'บันทึกไฟล์ใหม่เป็น UTF-8 (ใน Notepad: บันทึกเป็น > การเข้ารหัส UTF-8)',
    hintEn: 'save the file again as UTF-8',
  },
  ENCODING_UTF16: {
    th: 'ไฟล์เข้ารหัสเป็น UTF-16 อ่านได้ แต่ควรใช้ UTF-8',
    en: 'the file is UTF-16; it was read, but UTF-8 is expected',
    hintTh: 'บันทึกไฟล์ใหม่เป็น UTF-8',
    hintEn: 'save the file again as UTF-8',
  },
  ENCODING_INVALID: {
    th: 'ไฟล์มีอักขระที่อ่านไม่ได้ทั้งแบบ UTF-8 และ TIS-620',
    en: 'the file is neither valid UTF-8 nor TIS-620',
    hintTh: 'บันทึกไฟล์ใหม่เป็น UTF-8',
    hintEn: 'save the file again as UTF-8',
  },
  EMPTY_FILE: {
    th: 'ไฟล์ว่าง ไม่มีข้อมูลการประชุม',
    en: 'the file is empty',
    hintTh: 'เริ่มจากแบบฟอร์มด้วยคำสั่ง minutes new',
    hintEn: 'start from a form with: minutes new',
  },
  YAML_SYNTAX: { th: 'รูปแบบ YAML ไม่ถูกต้อง: {reason}', en: 'YAML syntax error: {reason}' },
  YAML_MULTI_DOC: {
    th: 'ไฟล์มีหลายเอกสาร (---) ได้เพียงหนึ่งการประชุมต่อไฟล์',
    en: 'the file holds several documents (---): one meeting per file',
  },
  DUPLICATE_KEY: {
    th: 'ชื่อข้อมูล "{key}" ซ้ำ (มีแล้วที่บรรทัด {firstLine})',
    en: 'duplicate key "{key}" (first at line {firstLine})',
    hintTh: 'ลบบรรทัดที่ซ้ำ หรือรวมเนื้อหาไว้ที่เดียว',
    hintEn: 'remove one of them or merge their contents',
  },
  YAML_TAG: {
    th: 'ไม่อนุญาตแท็ก YAML "{tag}"',
    en: 'YAML tag "{tag}" is not allowed',
    hintTh: 'ลบแท็กออก เขียนเป็นข้อความธรรมดา',
    hintEn: 'remove the tag and write plain text',
  },
  YAML_ALIAS: {
    th: 'ไม่อนุญาตการอ้างอิง YAML (*{name}) พบ {count} จุดในไฟล์',
    en: 'YAML aliases (*{name}) are not allowed ({count} in the file)',
    hintTh: 'เขียนข้อมูลซ้ำตรง ๆ แทนการใช้ & และ *',
    hintEn: 'write the data out instead of using & and *',
  },
  YAML_COMPLEX_KEY: { th: 'ชื่อข้อมูลต้องเป็นข้อความ', en: 'a key must be plain text' },
  NOT_A_MAPPING: {
    th: 'ระดับบนสุดของไฟล์ต้องเป็นชุดข้อมูล (ชื่อ: ค่า) แต่พบ{found}',
    en: 'the top level must be a mapping (key: value), found {found}',
    hintTh: 'เริ่มจากแบบฟอร์มด้วยคำสั่ง minutes new',
    hintEn: 'start from a form with: minutes new',
  },
  UNKNOWN_KEY: {
    th: 'ไม่รู้จักชื่อข้อมูล "{key}"',
    en: 'unknown key "{key}"',
    hintTh: 'หมายถึง "{suggestion}" หรือไม่?',
    hintEn: 'did you mean "{suggestion}"?',
  },
  TEXT_WITH_COLON: {
    th: 'ข้อความ "{text}" มีเครื่องหมาย ": " อยู่ภายใน YAML จึงอ่านเป็นชื่อข้อมูล',
    en: 'the text "{text}" contains ": ", so YAML reads it as a key',
    hintTh: 'ครอบข้อความทั้งหมดด้วยเครื่องหมายคำพูด "..."',
    hintEn: 'put the whole text in double quotes: "..."',
  },
  MISSING_FIELD: {
    th: 'ขาดข้อมูลที่ต้องมี: {key} ({label})',
    en: 'missing required field: {key} ({label})',
    hintTh: 'เพิ่มบรรทัด {key}: ตามด้วย{label} {where}',
    hintEn: 'add a line "{key}:" followed by the {label}, {where}',
  },
  WRONG_TYPE: {
    th: '{label} ต้องเป็น{expected} แต่พบ{found}',
    en: '{label} must be {expected}, found {found}',
  },
  BAD_VALUE: {
    th: '{label} ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed} แต่พบ "{value}"',
    en: '{label} must be one of: {allowed}, found "{value}"',
  },
  BAD_KEY: {
    th: '"{key}" ใช้เป็น{label}ไม่ได้',
    en: '"{key}" is not a valid {label}',
    hintTh: 'ตัวอย่างที่ถูกต้อง: {example}',
    hintEn: 'a valid example: {example}',
  },
  EMPTY_LIST: { th: '{label} ต้องมีอย่างน้อย {min} รายการ', en: '{label} needs at least {min} item(s)' },
  EMPTY_TEXT: { th: '{label} ต้องไม่ว่าง', en: '{label} must not be empty' },
  BAD_TIME: {
    th: 'เวลา "{value}" ไม่ถูกต้อง',
    en: 'invalid time "{value}"',
    hintTh: 'เขียนเป็น ชั่วโมง.นาที ระหว่าง 00.00 ถึง 23.59 เช่น 13.30',
    hintEn: 'write hours.minutes between 00.00 and 23.59, e.g. 13.30',
  },
  TIME_ONE_DIGIT: {
    th: 'เวลา "{value}" มีนาทีหลักเดียว',
    en: 'time "{value}" has one-digit minutes',
    hintTh: 'หมายถึง {value}0 หรือไม่? เขียนนาทีสองหลักเสมอ',
    hintEn: 'did you mean {value}0? always write two-digit minutes',
  },
  BAD_DATE: {
    th: 'วันที่ "{value}" ไม่มีอยู่จริง',
    en: 'date "{value}" does not exist',
    hintTh: 'ตรวจวันและเดือน',
    hintEn: 'check the day and the month',
  },
  DATE_FORMAT: {
    th: 'อ่านวันที่ "{value}" ไม่ได้',
    en: 'cannot read the date "{value}"',
    hintTh: 'ใช้ 2023-08-22 (ค.ศ.) หรือ 22/08/2566 หรือ 22 สิงหาคม 2566 (พ.ศ.)',
    hintEn: 'use 2023-08-22 (CE), 22/08/2566 or 22 สิงหาคม 2566 (BE)',
  },
  DATE_YEAR_RANGE: {
    th: 'ปีในวันที่ "{value}" อยู่นอกช่วงที่รับได้',
    en: 'the year of "{value}" is out of range',
    hintTh: 'วันที่แบบไทยใช้ปี พ.ศ. เช่น 22 สิงหาคม 2566',
    hintEn: 'Thai-style dates take a Buddhist-era year, e.g. 22 สิงหาคม 2566',
  },
  DATE_BE_IN_ISO: {
    th: 'อ่าน "{value}" เป็นปี พ.ศ. {be} (ค.ศ. {ce})',
    en: 'read "{value}" as Buddhist-era year {be} (CE {ce})',
    hintTh: 'รูปแบบ ปี-เดือน-วัน ใช้ปี ค.ศ.: เขียน {iso} หรือ {thai}',
    hintEn: 'the year-month-day form takes a CE year: write {iso} or {thai}',
  },
  BAD_NUMBER: {
    th: '{label} ต้องเป็นตัวเลข แต่พบ "{value}"',
    en: '{label} must be a number, found "{value}"',
    hintTh: 'เขียนตัวเลขเช่น 92.43 ไม่มีหน่วยหรือข้อความต่อท้าย',
    hintEn: 'write a number such as 92.43, without units or words',
  },
  NUMBER_RANGE: {
    th: '{label} ต้องอยู่ระหว่าง {min} ถึง {max} แต่พบ {value}',
    en: '{label} must be between {min} and {max}, found {value}',
  },
  BAD_INTEGER: {
    th: '{label} ต้องเป็นจำนวนเต็ม แต่พบ "{value}"',
    en: '{label} must be a whole number, found "{value}"',
    hintTh: 'เขียนเป็นตัวเลขล้วน (0–9 หรือ ๐–๙) ไม่มีหน่วย คำ หรือจุดทศนิยม',
    hintEn: 'write digits only (0–9 or ๐–๙), with no unit, word or decimal point',
  },
  TIME_ORDER: {
    th: 'เวลาเริ่ม {start} ไม่ได้อยู่ก่อนเวลาเลิก {end}',
    en: 'start time {start} is not before end time {end}',
  },
  NO_YEAR_DATA: {
    th: 'ไม่มีข้อมูลเกณฑ์ ITA ของปีงบประมาณ {year}',
    en: 'no ITA data for fiscal year {year}',
    hintTh: 'สร้างไฟล์เกณฑ์ {path} ในโฟลเดอร์ของงาน (ดูแบบจาก data/ita/2566.yaml ของโปรแกรม) หรือใส่คะแนนรวมและระดับตามที่ประกาศ',
    hintEn: "create the year file {path} in the archive (see the tool's data/ita/2566.yaml), or write the announced total and level",
  },
  UNKNOWN_TOOL: {
    th: 'ไม่รู้จักเครื่องมือการประเมิน "{value}" ของปี {year}',
    en: 'unknown assessment tool "{value}" for {year}',
    hintTh: 'เครื่องมือของปีนี้: {allowed}',
    hintEn: 'this year\'s tools: {allowed}',
  },
  MISSING_TOOL_SCORE: {
    th: 'ขาดคะแนนของเครื่องมือ {tool} จึงคำนวณคะแนนรวมไม่ได้',
    en: 'no score for tool {tool}: the total cannot be computed',
  },
  UNKNOWN_INDICATOR: {
    th: 'ไม่มีตัวชี้วัดที่ {value} ในปี {year}',
    en: 'there is no indicator {value} in {year}',
  },
  INDICATOR_PART: {
    th: 'ตัวชี้วัดที่ {value} เป็นของ {expected} ไม่ใช่ {found}',
    en: 'indicator {value} belongs to {expected}, not {found}',
  },
  QUESTION_RANGE: {
    th: 'ข้อคำถาม {value} ไม่อยู่ในตัวชี้วัดที่ {indicator} ({range})',
    en: 'question {value} is outside indicator {indicator} ({range})',
  },
  TOTAL_MISMATCH: {
    th: 'คะแนนรวม {given} ไม่ตรงกับที่คำนวณจากคะแนนเครื่องมือ ({computed})',
    en: 'total {given} does not match the total computed from the tools ({computed})',
    hintTh: 'ตรวจคะแนนเครื่องมือหรือคะแนนรวม (สูตรปี {year}: {formula})',
    hintEn: 'check the tool scores or the total ({year} formula: {formula})',
  },
  LEVEL_MISMATCH: {
    th: 'ระดับ "{given}" ไม่ตรงกับเกณฑ์ของปี {year} ซึ่งให้ "{computed}"',
    en: 'level "{given}" does not match the {year} bands, which give "{computed}"',
  },
  BELOW_THRESHOLD_NO_ACTION: {
    th: 'ตัวชี้วัดที่ {indicator} มีข้อคำถามต่ำกว่า {threshold} คะแนน ({questions}) แต่ไม่ได้ระบุ{missing} ({key})',
    en: 'indicator {indicator} has questions below {threshold} ({questions}) but no {missing} ({key})',
  },
  PHOTO_MISSING: { th: 'ไม่พบไฟล์ภาพ "{value}"', en: 'photo "{value}" not found' },
  PHOTO_OUTSIDE: {
    th: 'ภาพ "{value}" อยู่นอกโฟลเดอร์ของไฟล์การประชุม',
    en: 'photo "{value}" is outside the meeting\'s folder',
    hintTh: 'เก็บภาพไว้ในโฟลเดอร์เดียวกับไฟล์การประชุม เช่น photos/',
    hintEn: 'keep photos in the meeting\'s folder, e.g. photos/',
  },
  PHOTO_NOT_IMAGE: {
    th: 'ไฟล์ "{value}" ไม่ใช่ภาพ JPEG หรือ PNG ที่อ่านได้',
    en: '"{value}" is not a readable JPEG or PNG image',
  },
  PHOTO_TOO_LARGE: {
    th: 'ภาพ "{value}" ใหญ่เกินไป ({size} ไบต์ เกิน {limit})',
    en: 'photo "{value}" is too large ({size} bytes, limit {limit})',
  },
  TEMPLATE_MISSING: {
    th: 'ไม่พบแม่แบบเอกสารชนิด "{value}"',
    en: 'no template for document kind "{value}"',
    hintTh: 'ชนิดที่มี: {allowed}',
    hintEn: 'available kinds: {allowed}',
  },
  TEMPLATE_SYNTAX: { th: 'แม่แบบผิดรูปแบบ: {reason}', en: 'template syntax error: {reason}' },
  TEMPLATE_RUNTIME: { th: 'แม่แบบทำงานผิดพลาด: {reason}', en: 'template error: {reason}' },
  MARKUP_ERROR: {
    th: 'แม่แบบสร้างเอกสารที่ผิดโครงสร้าง: {reason}',
    en: 'the template produced malformed markup: {reason}',
  },
  LIBREOFFICE_MISSING: {
    th: 'ไม่พบ LibreOffice (soffice) สำหรับ --pdf-engine libreoffice',
    en: 'LibreOffice (soffice) not found for --pdf-engine libreoffice',
    hintTh: 'ติดตั้ง LibreOffice (เช่น apt-get install libreoffice-writer fonts-thai-tlwg) หรือใช้ --pdf-engine builtin',
    hintEn: 'install LibreOffice (e.g. apt-get install libreoffice-writer fonts-thai-tlwg) or use --pdf-engine builtin',
  },
  LIBREOFFICE_FAILED: { th: 'LibreOffice แปลงเอกสารไม่สำเร็จ: {reason}', en: 'LibreOffice failed to convert: {reason}' },
} satisfies Record<string, Entry>;

/**
 * Each area of the tool may keep its codes in a file of its own (messages-<area>.ts,
 * exporting an object that `satisfies Record<string, Entry>`), spread in here.
 */
export const MESSAGES = {
  ...CORE_MESSAGES,
  ...MINUTES_MESSAGES,
  ...INPUT_MESSAGES,
  ...ARCHIVE_MESSAGES,
  ...ITA_MESSAGES,
  ...FAULT_MESSAGES,
  ...KINDS_MESSAGES,
  ...LINES_MESSAGES,
};

export type Code = keyof typeof MESSAGES;

/** A parameter as the language shows it. */
export function paramText(param: Param, lang: Lang): string {
  return typeof param === 'object' ? param[lang] : String(param);
}

function fill(text: string, params: Params, lang: Lang): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const param = params[name];
    return param === undefined ? whole : paramText(param, lang);
  });
}

/** The placeholders a message text uses, e.g. ["label", "value"]. */
export function placeholdersOf(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

export function messageFor(lang: Lang, code: Code, params: Params = {}): { message: string; hint?: string } {
  const entry: Entry = MESSAGES[code];
  const message = fill(lang === 'th' ? entry.th : entry.en, params, lang);
  const hintText = lang === 'th' ? entry.hintTh : entry.hintEn;
  if (hintText === undefined) return { message };
  const hint = fill(hintText, params, lang);
  // A hint whose placeholders were not all given (no suggestion found) says nothing useful.
  return /\{\w+\}/.test(hint) ? { message } : { message, hint };
}

/** A diagnostic's message and hint in one language: the only place a diagnostic becomes text. */
export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const text = d.code in MESSAGES ? messageFor(lang, d.code as Code, d.params) : { message: d.code };
  if (d.hint === undefined) return text;
  const hint = d.hint[lang];
  return hint === '' ? { message: text.message } : { message: text.message, hint };
}
