// `minutes new --kind memo`: บันทึกข้อความ, every value a (กรอก …) placeholder that fails
// validation until replaced. The office's name and document prefix come from minutes.config.yaml.
import type { SkeletonInputs } from '../kind.js';

export function memoSkeleton({ today }: SkeletonInputs): string {
  return `kind: memo                   # ชนิดเอกสาร: บันทึกข้อความ (ส่วนราชการและรหัสหนังสือมาจาก minutes.config.yaml)

documentNumber: (กรอก เลขที่หนังสือ เช่น 1590)   # ต่อท้ายรหัสหนังสือของหน่วยงาน
date: (กรอก วันที่ เช่น ${today.date})
subject: (กรอก เรื่อง)
to: (กรอก เรียน เช่น ผู้อำนวยการกอง)
# report: 2566-02-ita.yaml   # ไฟล์การประชุมที่บันทึกนี้นำส่ง: ระบบเขียนเนื้อความให้ (ใช้แทน text)
text:                        # เนื้อความ ย่อหน้าละข้อ
  - (กรอก ย่อหน้าแรก)
  - (กรอก ย่อหน้าที่สอง เช่น จึงเรียนมาเพื่อโปรดทราบ)
attachments:                 # สิ่งที่ส่งมาด้วย (ลบได้ถ้าไม่มี)
  - (กรอก สิ่งที่ส่งมาด้วย)
signer:                      # ผู้ลงนาม
  name: (กรอก ชื่อ)
  position: (กรอก ตำแหน่ง)
`;
}
