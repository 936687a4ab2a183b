// The names of the fields only the minutes kind has, in Thai and English (see src/schema/labels.ts).
import { addLabels, type Label } from '../../schema/labels.js';

export const MINUTES_LABELS: Record<string, Label> = {
  present: { th: 'ผู้มาประชุม', en: 'members present', describe: 'ผู้มาประชุม: ชื่อ ตำแหน่ง และบทบาทในคณะ (ผู้มาแทนใส่ for)' },
  absent: { th: 'ผู้ไม่มาประชุม', en: 'members absent', describe: 'ผู้ไม่มาประชุม พร้อมเหตุผล เช่น ติดราชการ ลาป่วย' },
  guests: { th: 'ผู้เข้าร่วมประชุม', en: 'others attending', describe: 'ผู้เข้าร่วมประชุมที่ไม่ใช่องค์ประกอบของคณะ' },
  role: { th: 'บทบาทในคณะ', en: 'role', describe: 'บทบาทในคณะ เช่น ประธานคณะทำงาน คณะทำงาน คณะทำงานและเลขานุการ' },
  for: { th: 'มาแทน', en: 'standing in for', describe: 'ผู้ที่มาประชุมแทน: ตำแหน่ง (และชื่อ) ของผู้ที่ไม่ได้มา' },
  reason: { th: 'เหตุผล', en: 'reason', describe: 'เหตุที่ไม่มาประชุม เช่น ติดราชการ ลาป่วย' },
  agenda: { th: 'ระเบียบวาระการประชุม', en: 'agenda', describe: 'ระเบียบวาระตามลำดับ ไม่ใส่ title จะใช้หัวข้อมาตรฐาน 5 วาระ' },
  discussion: { th: 'สาระการประชุม', en: 'discussion', describe: 'สาระที่ประชุมหารือ ข้อความเดียวหรือหลายย่อหน้า' },
  resolution: { th: 'มติที่ประชุม', en: 'resolution', describe: 'มติที่ประชุม เช่น รับทราบ เห็นชอบ' },
  followUp: { th: 'เรื่องสืบเนื่อง', en: 'follow-ups', describe: 'true = แสดงงานที่ยังไม่เสร็จจากการประชุมครั้งก่อนในวาระนี้' },
  progress: { th: 'ผลการดำเนินงาน', en: 'progress', describe: 'ผลการดำเนินงานของงานจากการประชุมครั้งก่อน อ้างด้วย ref' },
  ref: { th: 'อ้างถึงงาน', en: 'action reference', describe: 'รหัสงานตามที่แสดงในเรื่องสืบเนื่อง เช่น 3/2566-4.1-1' },
  status: { th: 'สถานะ', en: 'status', describe: 'done = เสร็จแล้ว, in-progress = อยู่ระหว่างดำเนินการ, dropped = ยกเลิก' },
  previousMeeting: { th: 'การประชุมครั้งก่อน', en: 'previous meeting', describe: 'ไฟล์การประชุมครั้งก่อนของคณะเดียวกัน (ไม่ใส่ก็ได้ ระบบหาให้ในโฟลเดอร์เดียวกัน)' },
  checker: { th: 'ผู้ตรวจรายงานการประชุม', en: 'checker' },
  agendaTitle: { th: 'ชื่อระเบียบวาระ', en: 'agenda title', describe: 'ชื่อเรื่องของระเบียบวาระ เช่น เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ (ไม่ใส่ก็ได้ ระบบใช้หัวข้อมาตรฐานของวาระนั้น)' },
  subItemTitle: { th: 'ชื่อเรื่องย่อย', en: 'sub-item title', describe: 'ชื่อเรื่องย่อยของระเบียบวาระ (เลข ๔.๑ ๔.๒ ระบบใส่ให้)' },
  agendaItems: { th: 'เรื่องย่อย', en: 'sub-items', describe: 'เรื่องย่อยของระเบียบวาระ แต่ละเรื่องมีชื่อ การพิจารณา และมติ (ระบบใส่เลข ๔.๑ ๔.๒ ให้)' },
  progressNote: { th: 'ความคืบหน้า', en: 'progress note', describe: 'ความคืบหน้าหรือผลการดำเนินงาน เช่น อยู่ระหว่างทดสอบระบบ คาดว่าเปิดใช้เดือนพฤศจิกายน 2566' },
};

addLabels(MINUTES_LABELS);
