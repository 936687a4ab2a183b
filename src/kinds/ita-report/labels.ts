// The names of the fields only the ita-report kind has, in Thai and English (see src/schema/labels.ts).
import { addLabels, type Label } from '../../schema/labels.js';

export const ITA_REPORT_LABELS: Record<string, Label> = {
  chair: { th: 'ประธานการประชุม', en: 'chair' },
  assignedBy: { th: 'ผู้มอบหมาย', en: 'assigned by', describe: 'ผู้มอบหมายให้เข้าร่วมประชุม' },
  attendees: { th: 'ผู้เข้าร่วมประชุม', en: 'attendees', describe: 'ผู้ได้รับมอบหมายให้เข้าร่วมประชุม' },
  summary: { th: 'สรุปผลการประชุม', en: 'summary', describe: 'สรุปผลการประชุมเป็นข้อ ๆ ตามลำดับ' },
  include: {
    th: 'ส่วนที่ระบบสร้างให้',
    en: 'generated part',
    describe: 'แทรกส่วนที่ระบบสร้างจากข้อมูล: announcement = ประกาศผลคะแนน, tools = เครื่องมือการประเมิน, results = ผลคะแนน, analysis = การวิเคราะห์รายตัวชี้วัด',
  },
  assessment: { th: 'ผลการประเมิน', en: 'assessment', describe: 'ผลการประเมิน ITA ของหน่วยงาน' },
  scores: { th: 'คะแนนรายเครื่องมือ', en: 'tool scores', describe: 'คะแนนของแต่ละเครื่องมือ เช่น IIT: 91.71' },
  level: { th: 'ระดับผลการประเมิน', en: 'level', describe: 'ระดับที่ประกาศ เช่น ผ่าน (ระบบตรวจเทียบกับเกณฑ์ของปี)' },
  previous: { th: 'คะแนนรวมปีก่อน ๆ', en: 'previous totals', describe: 'คะแนนรวมของปีก่อน ๆ เช่น 2565: 96.91' },
  threshold: { th: 'เกณฑ์คะแนนข้อคำถาม', en: 'question threshold', describe: 'ข้อคำถามที่ได้คะแนนต่ำกว่าค่านี้ถือเป็นจุดอ่อนที่ต้องพัฒนาเร่งด่วน (ค่าเริ่มต้น 95)' },
  analysis: { th: 'การวิเคราะห์รายส่วน', en: 'analysis', describe: 'การวิเคราะห์ผลการประเมินแยกตามส่วน (IIT, EIT, OIT)' },
  part: { th: 'เครื่องมือของส่วนนี้', en: 'tool of this part', describe: 'รหัสเครื่องมือ: IIT, EIT หรือ OIT' },
  collection: { th: 'วิธีเก็บข้อมูล', en: 'collection methods', describe: 'วิธีเก็บข้อมูลย่อย เช่น ส่วนที่ 1 ผู้รับบริการตอบด้วยตนเอง' },
  indicators: { th: 'ตัวชี้วัด', en: 'indicators' },
  questions: {
    th: 'ข้อคำถาม',
    en: 'questions',
    describe: 'ข้อคำถามและคะแนน เช่น I1: 92.85 หรือรายการรหัสเมื่อไม่มีคะแนน เช่น [E1, E2]',
  },
  note: { th: 'หมายเหตุ', en: 'note', describe: 'ข้อความประกอบ เช่น คะแนน EIT ทั้งส่วนที่ 1 และส่วนที่ 2 ต่ำกว่า 95' },
  guidelines: { th: 'แนวทาง', en: 'guidelines', describe: 'แนวทาง/มาตรการปรับปรุง ข้อละหนึ่งบรรทัด' },
  focusUnits: { th: 'หน่วยงานที่เน้น', en: 'focus units', describe: 'หน่วยงานที่รับผิดชอบ (เน้นที่ ...)' },
  result: { th: 'ผลการประเมินของส่วน', en: 'result of the part', describe: 'คะแนนของส่วนนี้ (ไม่ใส่ก็ได้ ใช้คะแนนเครื่องมือ)' },
  photos: { th: 'ภาพประกอบ', en: 'photos' },
  caption: { th: 'คำบรรยายภาพ', en: 'caption' },
  indicatorName: { th: 'ชื่อตัวชี้วัด', en: 'indicator name', describe: 'ชื่อตัวชี้วัด เช่น การใช้งบประมาณ (ไม่ใส่ก็ได้ ระบบใช้ชื่อจากเกณฑ์ของปี)' },
};

addLabels(ITA_REPORT_LABELS);
