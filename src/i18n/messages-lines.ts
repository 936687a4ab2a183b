// Codes of the office's word list (src/load/office-words.ts).
import type { Entry } from './messages.js';

export const LINES_MESSAGES = {
  WORD_LIST_CHARACTER: {
    th: 'รายการคำ "{entry}" มีอักขระ "{char}" ซึ่งไม่ใช่ส่วนของคำไทย',
    en: 'word list entry "{entry}" holds "{char}", which is no part of a Thai word',
    hintTh: 'เขียนบรรทัดละหนึ่งคำ (ตัวอักษรไทย ตัวเลขไทย หรือจุดของคำย่อ) ไม่มีช่องว่าง บรรทัดที่ขึ้นต้นด้วย # เป็นหมายเหตุ',
    hintEn: 'write one word a line (Thai letters, Thai digits, or the full stops of an abbreviation), no spaces; a line starting with # is a comment',
  },
  WORD_LIST_TOO_LONG: {
    th: 'รายการคำ "{entry}" ยาวเกิน {limit} ตัวอักษร',
    en: 'word list entry "{entry}" is longer than {limit} characters',
    hintTh: 'แยกเป็นคำที่สั้นลง: คำที่ติดกันในรายการจะไม่ถูกตัดทั้งสองคำ',
    hintEn: 'split it into shorter words: each listed word is kept whole',
  },
} satisfies Record<string, Entry>;
