// minutes.config.yaml: the office's settings, shared by every meeting file.
import { z } from 'zod';
import { describe } from './labels.js';
import { integer, text } from './scalars.js';
import { flag } from './common.js';

export const officeConfigSchema = z.strictObject({
  office: z
    .strictObject({
      name: text('organization').optional().meta({ description: 'ส่วนราชการ (หัวบันทึกข้อความ) เช่น ตท.สป. ฝ่ายบริหารทั่วไป' }),
      phone: text('phone').optional().meta({ description: 'โทรศัพท์ของส่วนราชการ ต่อท้ายชื่อในบันทึกข้อความ' }),
      documentPrefix: text('documentPrefix').optional().meta({ description: 'รหัสหนังสือของหน่วยงาน เช่น มท 0201.2 (เลขที่ของแต่ละบันทึกต่อท้าย)' }),
      emblem: text('file').optional().meta({ description: 'ไฟล์ภาพตราครุฑ (PNG หรือ JPEG) สำหรับบันทึกข้อความ' }),
    })
    .optional()
    .meta({ description: 'ข้อมูลของหน่วยงาน' }),
  digits: z.enum(['thai', 'arabic']).optional().meta({ description: describe('digits') }),
  moneyWords: flag('moneyWords').optional(),
  words: text('file').optional().meta({ description: 'ไฟล์รายการคำของหน่วยงาน (บรรทัดละหนึ่งคำ) ที่ไม่ให้ตัดข้ามบรรทัด เช่น words.txt' }),
  font: z
    .strictObject({ family: text('fontFamily').optional(), size: integer('fontSize', 8, 40).optional() })
    .optional()
    .meta({ description: 'แบบอักษรของเอกสาร Word (ค่าเริ่มต้น TH SarabunPSK 16 พอยต์)' }),
  pdf: z
    .strictObject({
      fonts: z
        .strictObject({
          regular: text('fontFile'),
          bold: text('fontFile').optional(),
          italic: text('fontFile').optional(),
          boldItalic: text('fontFile').optional(),
        })
        .optional()
        .meta({ description: 'ไฟล์ฟอนต์ TTF สำหรับ PDF เช่น THSarabunNew.ttf (ไม่ระบุ = ใช้ Sarabun ที่มากับโปรแกรม)' }),
    })
    .optional(),
});

/** `dir`: the configuration file's folder, against which its paths are resolved. */
export type OfficeConfig = z.output<typeof officeConfigSchema> & {
  dir?: string;
  /** The words of the `words` list, read when the configuration is loaded. */
  wordList?: readonly string[];
};
