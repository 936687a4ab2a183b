// Codes of faults in the environment: outputs that cannot be written, files named outside their
// folder, files of the wrong type or size, a damaged manifest. Each is the user's to fix, never a bug.
import type { Entry } from './messages.js';

export const FAULT_MESSAGES = {
  OUTPUT_LOCKED: {
    th: 'เขียนทับไฟล์นี้ไม่ได้ เพราะเปิดอยู่ในโปรแกรมอื่น (ไม่ได้เขียนเอกสารของ {source})',
    en: 'this file is open in another program, so it cannot be replaced (nothing written for {source})',
    hintTh: 'ปิดไฟล์ใน Word ก่อน แล้วสั่ง minutes render อีกครั้ง',
    hintEn: 'close the file in Word first, then run minutes render again',
  },
  OUTPUT_WRITE_FAILED: {
    th: 'เขียนไฟล์นี้ไม่ได้: {reason} (ไม่ได้เขียนเอกสารของ {source})',
    en: 'cannot write this file: {reason} (nothing written for {source})',
    hintTh: 'ตรวจสิทธิ์การเขียนและพื้นที่ว่างของโฟลเดอร์ผลลัพธ์',
    hintEn: 'check the output folder\'s permissions and free space',
  },
  OUTPUT_NOT_REGULAR: {
    th: 'ในโฟลเดอร์ผลลัพธ์ ชื่อนี้เป็นลิงก์หรือไม่ใช่ไฟล์ปกติ minutes จึงไม่เขียนผ่านหรือเขียนทับ (ไม่ได้เขียนเอกสารของ {source})',
    en: 'this name in the output folder is a symlink or not a regular file: minutes never writes through or over it (nothing written for {source})',
    hintTh: 'ลบรายการนี้ออก (minutes สร้างเฉพาะไฟล์ปกติ) แล้วสั่งใหม่',
    hintEn: 'remove it (minutes makes regular files only), then run again',
  },
  OUTPUT_CLASH: {
    th: 'การประชุม {source} และ {other} จะเขียนไฟล์เดียวกันนี้ จึงไม่เขียนเอกสารของ {source}',
    en: 'meetings {source} and {other} would both write this file, so nothing was written for {source}',
    hintTh: 'ชื่อไฟล์ผลลัพธ์มาจากชื่อไฟล์การประชุม (ไม่รวมโฟลเดอร์และนามสกุล): เปลี่ยนชื่อไฟล์หนึ่งให้ไม่ซ้ำ เช่น 2567-01.yaml',
    hintEn: 'an output is named after its meeting file (without folder or extension): rename one, e.g. 2567-01.yaml',
  },
  OUTPUT_RESERVED: {
    th: 'ชื่อไฟล์นี้สงวนไว้สำหรับ {owner} จึงไม่เขียนเอกสารของ {source}',
    en: 'this name is reserved for {owner}, so nothing was written for {source}',
    hintTh: 'เปลี่ยนชื่อไฟล์การประชุม',
    hintEn: 'rename the meeting file',
  },
  BACKUP_UNSAFE: {
    th: 'โฟลเดอร์สำรอง {backupDir} เป็นลิงก์หรือไม่ใช่โฟลเดอร์ จึงไม่เก็บสำเนาและไม่เขียนทับ (ไม่ได้เขียนเอกสารของ {source})',
    en: 'the backup folder {backupDir} is a symlink or not a folder: no copy was kept and nothing overwritten (nothing written for {source})',
    hintTh: 'ลบ {backupDir} ออก แล้วสั่งใหม่',
    hintEn: 'remove {backupDir}, then run again',
  },
  MANIFEST_DAMAGED: {
    th: 'อ่านบันทึกผลลัพธ์ไม่ได้ ({reason}) จึงเริ่มบันทึกใหม่: ไฟล์ที่ไม่ตรงกับที่จะสร้างถือว่าถูกแก้ด้วยมือ',
    en: 'the manifest cannot be read ({reason}); it is started again: outputs that differ from a new render count as edited by hand',
    hintTh: 'ตรวจไฟล์ผลลัพธ์ แล้วสั่ง minutes render --force สำหรับไฟล์ที่ต้องการเขียนใหม่',
    hintEn: 'check the outputs, then run minutes render --force for those to write again',
  },
  PHOTO_UNREADABLE: { th: 'อ่านภาพ "{value}" ไม่ได้: {reason}', en: 'cannot read photo "{value}": {reason}' },
  PHOTOS_OVER_BUDGET: {
    th: 'ภาพของการประชุมนี้รวมกันเกินขีดจำกัด ({what}) ตั้งแต่ภาพ "{value}"',
    en: 'the photos of this meeting exceed the limit ({what}) from "{value}" on',
    hintTh: 'ย่อภาพก่อนใส่ในรายงาน (ภาพกว้าง 2000 จุดพอสำหรับหน้ากระดาษ A4) หรือบันทึกภาพ PNG แบบไม่ interlace',
    hintEn: 'scale the photos down first (2000 pixels wide is plenty for an A4 page), or save PNGs without interlacing',
  },
  REPORT_OUTSIDE: {
    th: 'ไฟล์รายงาน "{value}" อยู่นอกโฟลเดอร์ของไฟล์การประชุม',
    en: 'report "{value}" is outside the meeting\'s folder',
    hintTh: 'เก็บรายงานไว้ในโฟลเดอร์เดียวกับบันทึกข้อความ',
    hintEn: 'keep the report in the memo\'s folder',
  },
  OFFICE_FILE_OUTSIDE: {
    th: '{label} "{value}" อยู่นอกโฟลเดอร์ของไฟล์ตั้งค่า',
    en: '{label} "{value}" is outside the configuration\'s folder',
    hintTh: 'เก็บไฟล์ของสำนักงานไว้ในโฟลเดอร์เดียวกับ minutes.config.yaml เช่น fonts/ หรือ assets/',
    hintEn: 'keep the office\'s files in the folder of minutes.config.yaml, e.g. fonts/ or assets/',
  },
  OFFICE_FILE_MISSING: {
    th: 'ไม่พบ{label} "{value}"',
    en: '{label} "{value}" not found',
    hintTh: 'ตรวจชื่อไฟล์ (นับจากโฟลเดอร์ของไฟล์ตั้งค่า) หรือลบบรรทัดนี้เพื่อใช้ค่าเริ่มต้น',
    hintEn: 'check the name (relative to the configuration\'s folder), or remove the line to use the default',
  },
  OFFICE_FILE_INVALID: {
    th: '{label} "{value}" ใช้ไม่ได้: {reason}',
    en: '{label} "{value}" cannot be used: {reason}',
  },
  FONT_NO_THAI: {
    th: 'แบบอักษร "{value}" ไม่มีตัวอักษรไทย เอกสารจะพิมพ์เป็นกล่องสี่เหลี่ยม',
    en: 'font "{value}" has no Thai letters: the document would print boxes',
    hintTh: 'ใช้ไฟล์ TH SarabunPSK หรือ TH Sarabun New หรือลบ pdf.fonts เพื่อใช้แบบอักษร Sarabun ที่มากับโปรแกรม',
    hintEn: 'use the TH SarabunPSK or TH Sarabun New files, or remove pdf.fonts to use the bundled Sarabun',
  },
  TEMPLATE_FILE_INVALID: {
    th: 'ไฟล์แม่แบบนี้ใช้ไม่ได้: {reason}',
    en: 'this template file cannot be used: {reason}',
  },
} satisfies Record<string, Entry>;
