// Codes of the formal minutes, the memo and follow-ups across meetings.
import type { Entry } from './messages.js';

export const MINUTES_MESSAGES = {
  PLACEHOLDER: {
    th: 'ยังไม่ได้กรอก: "{value}"',
    en: 'not filled in: "{value}"',
    hintTh: 'แทนข้อความ (กรอก ...) ด้วยข้อมูลจริง หรือลบหัวข้อนี้ถ้าไม่มี',
    hintEn: 'replace the (กรอก ...) text with the real data, or remove the entry',
  },
  WORDING: {
    th: 'ใช้ "{found}" ตามแบบที่ 11 ควรเขียน "{expected}"',
    en: '"{found}": the prescribed wording (form 11) is "{expected}"',
    hintTh: 'ถ้อยคำตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ ข้อ 25',
    hintEn: 'wording of the Regulation on Correspondence, clause 25',
  },
  PREVIOUS_MEETING_MISSING: {
    th: 'ไม่พบไฟล์การประชุมครั้งก่อน "{value}"',
    en: 'previous meeting file "{value}" not found',
  },
  PREVIOUS_MEETING_INVALID: {
    th: 'ไฟล์การประชุมครั้งก่อน "{value}" มีข้อผิดพลาด จึงไม่ได้ดึงเรื่องสืบเนื่อง',
    en: 'previous meeting "{value}" has errors: its open items were not carried over',
    hintTh: 'สั่ง minutes validate {value} เพื่อดูข้อผิดพลาด',
    hintEn: 'run minutes validate {value} to see them',
  },
  PREVIOUS_MEETING_OTHER_BODY: {
    th: 'การประชุมครั้งก่อน "{value}" เป็นของคณะอื่น ({body})',
    en: 'previous meeting "{value}" belongs to another body ({body})',
  },
  FOLLOW_UP_REF_UNKNOWN: {
    th: 'ไม่มีงานค้าง "{value}" จากการประชุมครั้งก่อน',
    en: 'no open item "{value}" from earlier meetings',
    hintTh: 'รหัสงานที่ค้างอยู่: {allowed}',
    hintEn: 'open items: {allowed}',
  },
  NO_FOLLOW_UP_SOURCE: {
    th: 'วาระนี้ขอเรื่องสืบเนื่อง แต่ไม่พบการประชุมครั้งก่อนของคณะเดียวกัน',
    en: 'this item asks for follow-ups but no earlier meeting of the same body was found',
    hintTh: 'ระบุไฟล์ด้วย previousMeeting: หรือวางไฟล์ไว้ในโฟลเดอร์เดียวกัน',
    hintEn: 'name it with previousMeeting: or keep it in the same folder',
  },
  REPORT_NOT_FOUND: { th: 'ไม่พบไฟล์รายงาน "{value}" ที่บันทึกนี้นำส่ง', en: 'report "{value}" sent by this memo not found' },
  REPORT_INVALID: {
    th: 'ไฟล์รายงาน "{value}" ที่บันทึกนี้นำส่งมีข้อผิดพลาด',
    en: 'the report "{value}" sent by this memo has errors',
  },
  EMBLEM_MISSING: {
    th: 'ไม่พบภาพตราครุฑ "{value}" จึงเว้นที่ว่างไว้',
    en: 'emblem image "{value}" not found: its space is left empty',
    hintTh: 'ใส่ไฟล์ภาพตราครุฑ (PNG หรือ JPEG) ตาม office.emblem ใน minutes.config.yaml',
    hintEn: 'put the Garuda image (PNG or JPEG) where office.emblem in minutes.config.yaml says',
  },
  OFFICE_NOT_CONFIGURED: {
    th: 'ไม่ได้กำหนด {value} ใน minutes.config.yaml บันทึกข้อความจึงไม่มีชื่อส่วนราชการหรือรหัสหนังสือ',
    en: '{value} not configured in minutes.config.yaml: the memo has no office name or document code',
    hintTh: 'เพิ่ม office.name (ส่วนราชการ) และ office.documentPrefix (เช่น มท 0201.2) ใน minutes.config.yaml หรือระบุ --config',
    hintEn: 'add office.name and office.documentPrefix (e.g. มท 0201.2) to minutes.config.yaml, or pass --config',
  },
  EMBLEM_NOT_CONFIGURED: {
    th: 'ไม่ได้กำหนดภาพตราครุฑ (office.emblem) จึงเว้นที่ว่างไว้',
    en: 'no emblem image configured (office.emblem): its space is left empty',
    hintTh: 'เพิ่ม office.emblem ใน minutes.config.yaml',
    hintEn: 'add office.emblem to minutes.config.yaml',
  },
  NO_MEMO_TEXT: {
    th: 'บันทึกไม่มีเนื้อความ: ใส่ text หรือ report',
    en: 'the memo has no text: give text or report',
  },
} satisfies Record<string, Entry>;
