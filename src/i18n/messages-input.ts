// Codes of hostile and broken input: limits, Thai text hygiene, photos that are not whole images.
import type { Entry } from './messages.js';

export const INPUT_MESSAGES = {
  TOO_MANY_VALUES: {
    th: 'ไฟล์มีข้อมูลมากเกินไป (เกิน {limit} ค่า)',
    en: 'the file holds too many values (more than {limit})',
    hintTh: 'ไฟล์การประชุมหนึ่งไฟล์ไม่ควรมีข้อมูลมากเท่านี้ ตรวจว่าเลือกไฟล์ถูกต้อง',
    hintEn: 'a meeting file should never hold this much: check that this is the right file',
  },
  TEXT_MARK_ORDER: {
    th: 'ลำดับสระกับวรรณยุกต์ผิด "{before}" แก้เป็น "{after}" ({codes})',
    en: 'marks typed in an order that renders wrongly: "{before}" changed to "{after}" ({codes})',
    hintTh: 'พิมพ์สระบนหรือสระล่าง (ั ิ ี ึ ื ็ ุ ู) ก่อนวรรณยุกต์ (่ ้ ๊ ๋) และวรรณยุกต์ก่อนสระอำ',
    hintEn: 'type the vowel above or below before the tone mark, and the tone mark before sara am',
  },
  TEXT_DOUBLED_MARK: {
    th: 'เครื่องหมายซ้ำ "{before}" แก้เป็น "{after}" ({codes})',
    en: 'a mark typed twice: "{before}" changed to "{after}" ({codes})',
  },
  TEXT_SARA_AM: {
    th: 'พิมพ์นิคหิตกับสระอา (ํ + า) แทนสระอำ "{before}" แก้เป็น "{after}" ({codes})',
    en: 'nikhahit and sara aa (ํ + า) typed for sara am: "{before}" changed to "{after}" ({codes})',
    hintTh: 'ใช้ปุ่มสระอำ (ำ) ตัวเดียว',
    hintEn: 'type sara am (ำ) as one character',
  },
  TEXT_ZERO_WIDTH: {
    th: 'ลบอักขระที่มองไม่เห็น ({chars}) {count} ตัว',
    en: 'removed {count} invisible character(s) ({chars})',
    hintTh: 'มักติดมากับข้อความที่คัดลอกจาก LINE หรือ Word',
    hintEn: 'they come with text copied from LINE or Word',
  },
  TEXT_CONTROL: {
    th: 'ลบอักขระควบคุม ({chars}) {count} ตัว',
    en: 'removed {count} control character(s) ({chars})',
    hintTh: 'มักติดมากับข้อความที่คัดลอกจากโปรแกรมอื่น',
    hintEn: 'they come with text copied from other programs',
  },
  TEXT_MORE_FIXES: {
    th: 'แก้ข้อความอีก {count} จุดในไฟล์นี้ (ไม่ได้แสดงทีละจุด)',
    en: '{count} more text fix(es) in this file, not shown one by one',
  },
  PHOTO_TOO_MANY: {
    th: 'มีภาพ {count} ภาพ เกินขีดจำกัด {limit} ภาพ',
    en: '{count} photos, over the limit of {limit}',
    hintTh: 'เลือกเฉพาะภาพที่จำเป็นสำหรับรายงาน',
    hintEn: 'keep the photos the report needs',
  },
  PHOTO_DIMENSIONS: {
    th: 'ภาพ "{value}" มีขนาด {width} × {height} พิกเซล เกินขีดจำกัด {limit} พิกเซล',
    en: 'photo "{value}" is {width} × {height} pixels, over the limit of {limit} pixels',
    hintTh: 'ย่อภาพก่อนใส่ในรายงาน',
    hintEn: 'scale the photo down first',
  },
} satisfies Record<string, Entry>;
