// minutes.config.yaml: the office's settings, shared by every meeting file.
import { z } from 'zod';
import { describe } from './labels.js';
import { integer, text } from './scalars.js';

export const officeConfigSchema = z.strictObject({
  office: z
    .strictObject({ name: text('organization').optional() })
    .optional()
    .meta({ description: 'ข้อมูลของหน่วยงาน' }),
  digits: z.enum(['thai', 'arabic']).optional().meta({ description: describe('digits') }),
  font: z
    .strictObject({ family: text('name').optional(), size: integer('number', 8, 40).optional() })
    .optional()
    .meta({ description: 'แบบอักษรของเอกสาร Word (ค่าเริ่มต้น TH SarabunPSK 16 พอยต์)' }),
  pdf: z
    .strictObject({
      fonts: z
        .strictObject({
          regular: text('file'),
          bold: text('file').optional(),
          italic: text('file').optional(),
          boldItalic: text('file').optional(),
        })
        .optional()
        .meta({ description: 'ไฟล์ฟอนต์ TTF สำหรับ PDF เช่น THSarabunNew.ttf (ไม่ระบุ = ใช้ Sarabun ที่มากับโปรแกรม)' }),
    })
    .optional(),
});

export type OfficeConfig = z.output<typeof officeConfigSchema>;
