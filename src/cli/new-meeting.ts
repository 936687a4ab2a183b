// `minutes new`: a meeting file to fill in, dated today in the Buddhist era, every section
// present and explained in Thai. It validates as it stands, so a clerk can render it at once.
import { formatThaiDate, todayDate, type CalendarDate } from '../thai/dates.js';

/**
 * `schema`: where the editor finds the JSON Schema, relative to the new file (the command
 * works it out from where the file goes); the path inside this repository by default.
 */
export function newMeetingYaml(today: CalendarDate = todayDate(), schema = '../schema/meeting.schema.json'): string {
  const date = formatThaiDate(today, 'long');
  const year = today.year + 543;
  return `# yaml-language-server: $schema=${schema}
# ไฟล์บันทึกการประชุม: แทนข้อความ (กรอก ...) ทุกแห่งด้วยข้อมูลจริง แล้วสั่ง
#   npx minutes validate <ไฟล์นี้>          ตรวจข้อมูล
#   npx minutes render <ไฟล์นี้> --format docx,pdf   สร้างเอกสาร
# ตัวเลขที่มีทศนิยม (เวลา คะแนน) เขียนตามที่ต้องการให้แสดง เช่น 13.30 และ 100.00
kind: ita-report             # ชนิดเอกสาร: ita-report = รายงานผลการเข้าร่วมประชุมและผลการประเมิน ITA

date: ${date}                # วันที่ประชุม: 22 สิงหาคม 2566, 22/08/2566 (พ.ศ.) หรือ 2023-08-22 (ค.ศ.)
time:                        # เวลาประชุม (นาทีสองหลักเสมอ)
  start: 09.00
  end: 12.00
place: (กรอก ห้องประชุม ชั้น อาคาร)

meeting:                     # การประชุมที่เข้าร่วม
  body: (กรอก ชื่อคณะกรรมการหรือคณะทำงาน)
  number: 1                  # ครั้งที่ (นับใหม่ทุกปี)
  year: ${year}              # ปี พ.ศ. ของครั้งที่ประชุม
  chair:                     # ประธานการประชุม
    name: (กรอก ชื่อประธาน)
    position: (กรอก ตำแหน่งประธาน)

assignedBy:                  # ผู้มอบหมายให้เข้าร่วมประชุม (ลบทั้งส่วนได้ถ้าไม่มี)
  name: (กรอก ชื่อผู้มอบหมาย)
  position: (กรอก ตำแหน่ง)
attendees:                   # ผู้ได้รับมอบหมายให้เข้าร่วมประชุม อย่างน้อยหนึ่งคน
  - name: (กรอก ชื่อผู้เข้าร่วมประชุม)
    position: (กรอก ตำแหน่ง)

summary:                     # สรุปผลการประชุมเป็นข้อ ๆ ตามลำดับ
  - include: announcement    # ข้อที่ระบบเขียนให้: ประกาศผลคะแนน
  - (กรอก ข้อความของข้อนี้)
  - text: (กรอก ข้อความนำ) ดังนี้
    items:                   # ข้อย่อย 1) 2) ...
      - (กรอก ข้อย่อยที่หนึ่ง)
      - (กรอก ข้อย่อยที่สอง)
  - include: results         # ผลคะแนนรายเครื่องมือ คะแนนรวม และการเปลี่ยนแปลงจากปีก่อน
  - text: (กรอก ข้อความนำการวิเคราะห์)
    include: analysis        # การวิเคราะห์รายตัวชี้วัดจากส่วน analysis ด้านล่าง

assessment:                  # ผลการประเมิน ITA ที่ประกาศ
  fiscalYear: 2566           # แก้เป็นปีงบประมาณที่ประเมิน (ต้องมีไฟล์ data/ita/<ปี>.yaml)
  organization: (กรอก ชื่อหน่วยงาน)
  scores:                    # คะแนนรายเครื่องมือ (แก้ตัวเลขตัวอย่างทั้งหมดเป็นคะแนนจริง)
    IIT: 90.00
    EIT: 90.00
    OIT: 90.00
  # total: 90.00             # คะแนนรวมที่ประกาศ: ต้องใส่เมื่อน้ำหนักของปียังไม่ยืนยัน (ตรวจเทียบเมื่อยืนยันแล้ว)
  # level: ผ่าน              # ระดับที่ประกาศ: ควรใส่เสมอ (ระดับที่คำนวณจากเกณฑ์ที่ยังไม่ยืนยันไม่พิมพ์ในเอกสาร)
  previous:                  # คะแนนรวมของปีก่อน ๆ (ลบได้ถ้าไม่มี)
    2565: 90.00
  threshold: 95              # ข้อคำถามที่ได้ต่ำกว่านี้ต้องมีแนวทางและหน่วยงานรับผิดชอบ

analysis:                    # การวิเคราะห์รายส่วน
  - part: IIT
    description: การเก็บข้อมูลจากบุคลากรในหน่วยงานภาครัฐ (IIT) โดยสอบถามการรับรู้และความคิดเห็น
    indicators:
      - number: 1            # ตัวชี้วัดที่ (ชื่อมาจาก data/ita/<ปี>.yaml)
        questions:           # รหัสข้อคำถาม: คะแนน
          I1: 96.00
        guidelines:          # แนวทางปรับปรุง ข้อละบรรทัด
          - (กรอก แนวทาง)
        focusUnits:          # หน่วยงานที่เน้น
          - (กรอก หน่วยงาน)

photos: []                   # ภาพประกอบ เช่น - file: photos/ภาพ1.jpg  caption: คำบรรยาย

reporter:                    # ผู้รายงาน (ลงชื่อท้ายรายงาน)
  name: (กรอก ชื่อผู้รายงาน)
  position: (กรอก ตำแหน่ง)
`;
}
