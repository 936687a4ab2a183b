// Codes of the document kinds' shared shape: keys renamed so every kind names a concept alike,
// links between meeting files.
import type { Entry } from './messages.js';

export const KINDS_MESSAGES = {
  DEPRECATED_KEY: {
    th: 'ชื่อข้อมูล "{old}" เปลี่ยนเป็น "{new}" แล้ว (ยังอ่านได้ แต่ควรแก้)',
    en: 'the key "{old}" is now "{new}" (still read, but change it)',
    hintTh: 'เขียน {new} แทน {old} เอกสารทุกชนิดใช้ชื่อเดียวกันสำหรับเรื่องเดียวกัน',
    hintEn: 'write {new} instead of {old}: every document kind names the same thing alike',
  },
  DEPRECATED_KEY_TWICE: {
    th: 'มีทั้ง "{old}" (ชื่อเดิม) และ "{new}" ให้เหลือเพียง "{new}"',
    en: 'both "{old}" (the old name) and "{new}" are written: keep only "{new}"',
    hintTh: 'ลบ {old} ออก',
    hintEn: 'remove {old}',
  },
  WRONG_WEEKDAY: {
    th: 'วันที่ {date} เป็น{actual} ไม่ใช่{weekday}',
    en: '{date} is a {actual}, not a {weekday}',
    hintTh: 'แก้ชื่อวันเป็น{actual} หรือตรวจวันที่ ("{value}")',
    hintEn: 'write {actual}, or check the date ("{value}")',
  },
  AGENDA_TITLE_MISSING: {
    th: 'ระเบียบวาระที่ {number} ไม่มีชื่อเรื่อง (title) แม่แบบมีหัวข้อมาตรฐานเพียง {count} วาระ',
    en: 'agenda item {number} has no title, and the template has standard headings for {count} items only',
    hintTh: 'ใส่ title: ให้วาระนี้ เช่น title: เรื่องเสนอเพื่อทราบ',
    hintEn: 'give the item a title:, e.g. title: เรื่องเสนอเพื่อทราบ',
  },
  REPORT_CYCLE: {
    th: 'บันทึกข้อความนำส่ง "{value}" ซึ่งย้อนกลับมาที่บันทึกนี้ ({chain})',
    en: 'the memo sends "{value}", which leads back to this memo ({chain})',
    hintTh: 'report: ต้องเป็นไฟล์รายงานการประชุมหรือรายงานผลการเข้าร่วมประชุม ไม่ใช่บันทึกข้อความ',
    hintEn: 'report: must name a minutes or ita-report file, not a memo',
  },
} satisfies Record<string, Entry>;
