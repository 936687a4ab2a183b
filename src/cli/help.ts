// --help in Thai, or English with --lang en.
import type { Lang } from '../i18n/messages.js';

const TH = `minutes: สร้างรายงานการประชุมราชการภาษาไทย (Word และ PDF) จากไฟล์ YAML

วิธีใช้:
  minutes validate <ไฟล์|โฟลเดอร์>...      ตรวจไฟล์การประชุม รายงานข้อผิดพลาดทุกจุดพร้อมบรรทัดและคอลัมน์
  minutes render <ไฟล์|โฟลเดอร์>...        สร้างเอกสารจากไฟล์การประชุม
  minutes new [ไฟล์]                       สร้างไฟล์การประชุมใหม่ (ลงวันที่วันนี้) พร้อมคำอธิบายทุกหัวข้อ
  minutes help                             แสดงวิธีใช้นี้

ตัวเลือก:
  --out <โฟลเดอร์>          โฟลเดอร์ผลลัพธ์ (ค่าเริ่มต้น out/)
  --format <ชนิด>           docx, pdf หรือ docx,pdf (ค่าเริ่มต้น docx)
  --pdf-engine <ชนิด>       builtin (ค่าเริ่มต้น ไม่ต้องติดตั้งอะไรเพิ่ม) หรือ libreoffice (แปลงจาก Word ด้วย LibreOffice)
  --strict                  ถือว่าคำเตือนเป็นข้อผิดพลาด
  --config <ไฟล์>           ไฟล์ตั้งค่าของหน่วยงาน (ค่าเริ่มต้น minutes.config.yaml ถ้ามี)
  --templates <โฟลเดอร์>    โฟลเดอร์แม่แบบ (ค่าเริ่มต้น templates/)
  --force                   ให้ minutes new เขียนทับไฟล์ที่มีอยู่
  --lang <th|en>            ภาษาของข้อความ (ค่าเริ่มต้น th)
  -h, --help                แสดงวิธีใช้
  -v, --version             แสดงรุ่นของโปรแกรม

รหัสออก: 0 สำเร็จ, 1 ข้อมูลไม่ถูกต้อง, 2 ใช้คำสั่งผิด, 3 ข้อผิดพลาดภายในโปรแกรม

ตัวอย่าง:
  minutes validate minutes/
  minutes render minutes/2566-02-ita.yaml --format docx,pdf
  minutes new minutes/2567-01-ita.yaml
`;

const EN = `minutes: official Thai meeting reports (Word and PDF) from YAML files

Usage:
  minutes validate <file|dir>...    check meeting files; every problem with its line and column
  minutes render <file|dir>...      write the documents of meeting files
  minutes new [file]                a new meeting file dated today, every section explained
  minutes help                      show this help

Options:
  --out <dir>            output folder (default out/)
  --format <list>        docx, pdf or docx,pdf (default docx)
  --pdf-engine <name>    builtin (default, nothing to install) or libreoffice (converts the Word file)
  --strict               treat warnings as errors
  --config <file>        office configuration (default minutes.config.yaml when present)
  --templates <dir>      templates folder (default templates/)
  --force                let minutes new overwrite an existing file
  --lang <th|en>         message language (default th)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error

Examples:
  minutes validate minutes/
  minutes render minutes/2566-02-ita.yaml --format docx,pdf
  minutes new minutes/2567-01-ita.yaml
`;

export function helpText(lang: Lang): string {
  return lang === 'th' ? TH : EN;
}
