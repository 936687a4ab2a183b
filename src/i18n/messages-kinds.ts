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
} satisfies Record<string, Entry>;
