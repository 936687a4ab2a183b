// --help in Thai, or English with --lang en.
import type { Lang } from '../i18n/messages.js';

const TH = `minutes: สร้างรายงานการประชุมราชการภาษาไทย (Word และ PDF) จากไฟล์ YAML

วิธีใช้:
  minutes validate <ไฟล์|โฟลเดอร์>...      ตรวจไฟล์การประชุม รายงานข้อผิดพลาดทุกจุดพร้อมบรรทัดและคอลัมน์
  minutes render <ไฟล์|โฟลเดอร์>...        สร้างเอกสารจากไฟล์การประชุม (เฉพาะที่เปลี่ยน) พร้อม index.md
  minutes watch <ไฟล์|โฟลเดอร์>...         สร้างเอกสารใหม่ทุกครั้งที่แก้ไฟล์การประชุม ภาพ แม่แบบ ข้อมูลปี หรือการตั้งค่า (Ctrl-C เพื่อหยุด)
  minutes new [ไฟล์] [--kind <ชนิด>]      สร้างไฟล์การประชุมใหม่ให้กรอก พร้อมคำอธิบายทุกหัวข้อ ชนิดเอกสาร:
                                             minutes = รายงานการประชุม (ค่าเริ่มต้น)
                                             ita-report = รายงานผลการเข้าร่วมประชุมและผลการประเมิน ITA
                                             memo = บันทึกข้อความ
                                           ไม่ระบุ --kind: ชื่อไฟล์ที่มี ita หรือ memo เลือกชนิดนั้นให้
  minutes register <ไฟล์|โฟลเดอร์>...      สร้างทะเบียนติดตามการดำเนินงานตามมติที่ประชุม แยกตามหน่วยงาน (register.docx)
  minutes init [โฟลเดอร์]                  เตรียม repository เก็บการประชุมของหน่วยงาน: package.json, minutes/ (ตัวอย่างทุกชนิด), out/,
                                           การตั้งค่า, pre-commit hook, CI และ VS Code (ไม่เขียนทับไฟล์ที่มีอยู่)
  minutes help                             แสดงวิธีใช้นี้

ตัวเลือก:
  --out <โฟลเดอร์>          โฟลเดอร์ผลลัพธ์ (ค่าเริ่มต้น out/)
  --format <ชนิด>           docx, pdf หรือ docx,pdf (ค่าเริ่มต้น docx)
  --pdf-engine <ชนิด>       builtin (ค่าเริ่มต้น ไม่ต้องติดตั้งอะไรเพิ่ม) หรือ libreoffice (แปลงจาก Word ด้วย LibreOffice)
  --strict                  ถือว่าคำเตือนเป็นข้อผิดพลาด
  --config <ไฟล์>           ไฟล์ตั้งค่าของหน่วยงาน (ค่าเริ่มต้น minutes.config.yaml ถ้ามี)
  --templates <โฟลเดอร์>    โฟลเดอร์แม่แบบ (ค่าเริ่มต้น templates/ ในโฟลเดอร์ปัจจุบันถ้ามี ไม่เช่นนั้นใช้แม่แบบที่มากับโปรแกรม)
  --check                   (render) ไม่เขียนไฟล์ ตรวจว่าโฟลเดอร์ผลลัพธ์เป็นปัจจุบัน ไม่เป็นปัจจุบันออกด้วยรหัส 1
  --force                   ให้ render เขียนทับเอกสารที่ถูกแก้ด้วยมือ (เก็บสำเนาไว้ใน .backup/) และให้ minutes new เขียนทับไฟล์
  --json                    (validate, render) ผลเป็น JSON หนึ่งชุดทาง stdout สำหรับโปรแกรมแก้ไขและ CI
  --jobs <จำนวน>            (render) จำนวนเธรดที่ใช้สร้างเอกสาร (ค่าเริ่มต้น เท่าจำนวนคอร์)
  --kind <ชนิด>             (new) ชนิดเอกสาร: minutes, ita-report หรือ memo
  --lang <th|en>            ภาษาของข้อความ (ค่าเริ่มต้น th)
  -h, --help                แสดงวิธีใช้
  -v, --version             แสดงรุ่นของโปรแกรม

รหัสออก: 0 สำเร็จ, 1 ข้อมูลไม่ถูกต้อง (หรือ --check พบไฟล์ที่ไม่เป็นปัจจุบัน), 2 ใช้คำสั่งผิด, 3 ข้อผิดพลาดภายในโปรแกรม, 130 ถูกหยุด

ตัวอย่าง:
  minutes validate minutes/
  minutes render minutes/2566-02-ita.yaml --format docx,pdf
  minutes render minutes/ --format docx,pdf --check
  minutes new minutes/2569-01-wg.yaml
  minutes new minutes/2569-01-ita.yaml --kind ita-report
  minutes register minutes/ --format docx,pdf
`;

const EN = `minutes: official Thai meeting reports (Word and PDF) from YAML files

Usage:
  minutes validate <file|dir>...    check meeting files; every problem with its line and column
  minutes render <file|dir>...      write the documents of meeting files (those that changed) and index.md
  minutes watch <file|dir>...       render again whenever a meeting, photo, template, year data or the configuration changes (Ctrl-C stops)
  minutes new [file] [--kind <kind>]  a new meeting file to fill in, every section explained; kinds:
                                      minutes = formal minutes (default), ita-report = report of a
                                      meeting attended with ITA results, memo = cover memo; without
                                      --kind a file name holding ita or memo picks that kind
  minutes register <file|dir>...    the register of assignments by unit over the meetings (register.docx)
  minutes init [dir]                set up an archive repository: package.json, minutes/ (a sample of each kind), out/,
                                    the configuration, the pre-commit hook, CI and VS Code (never overwrites a file)
  minutes help                      show this help

Options:
  --out <dir>            output folder (default out/)
  --format <list>        docx, pdf or docx,pdf (default docx)
  --pdf-engine <name>    builtin (default, nothing to install) or libreoffice (converts the Word file)
  --strict               treat warnings as errors
  --config <file>        office configuration (default minutes.config.yaml when present)
  --templates <dir>      templates folder (default: templates/ in the current folder if there is one, else the shipped templates)
  --check                (render) write nothing; exit 1 when the output folder is not up to date
  --force                let render overwrite documents edited by hand (a copy is kept in .backup/),
                         and minutes new overwrite an existing file
  --json                 (validate, render) one JSON document on stdout, for editors and CI
  --jobs <n>             (render) threads that render (default: one per core)
  --kind <kind>          (new) document kind: minutes, ita-report or memo
  --lang <th|en>         message language (default th)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 success, 1 invalid input (or --check found files out of date), 2 usage error,
3 internal error, 130 interrupted

Examples:
  minutes validate minutes/
  minutes render minutes/2566-02-ita.yaml --format docx,pdf
  minutes render minutes/ --format docx,pdf --check
  minutes new minutes/2569-01-wg.yaml
  minutes new minutes/2569-01-ita.yaml --kind ita-report
  minutes register minutes/ --format docx,pdf
`;

export function helpText(lang: Lang): string {
  return lang === 'th' ? TH : EN;
}
