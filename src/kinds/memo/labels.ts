// The names of the fields only the memo kind has, in Thai and English (see src/schema/labels.ts).
import { addLabels, type Label } from '../../schema/labels.js';

export const MEMO_LABELS: Record<string, Label> = {
  documentNumber: { th: 'เลขที่หนังสือ', en: 'document number', describe: 'เลขที่ต่อท้ายรหัสหน่วยงานในไฟล์ตั้งค่า เช่น 1590 หรือ ว 1590' },
  subject: { th: 'เรื่อง', en: 'subject' },
  to: { th: 'เรียน', en: 'addressee', describe: 'ผู้รับ เช่น ผู้อำนวยการกองการต่างประเทศ' },
  report: { th: 'รายงานที่ส่ง', en: 'report sent', describe: 'ไฟล์การประชุมที่บันทึกนี้นำส่ง (ระบบเขียนเนื้อความให้จากไฟล์นั้น)' },
  attachments: { th: 'สิ่งที่ส่งมาด้วย', en: 'attachments' },
  signer: { th: 'ผู้ลงนาม', en: 'signer' },
};

addLabels(MEMO_LABELS);
