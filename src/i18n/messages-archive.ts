// Codes of the archive workflow: outputs edited by hand, and what --check finds out of date.
import type { Entry } from './messages.js';

export const ARCHIVE_MESSAGES = {
  OUTPUT_EDITED: {
    th: 'ไฟล์นี้ถูกแก้ไขหลังจาก minutes สร้าง จึงไม่เขียนทับ (ไม่ได้เขียนเอกสารของ {source})',
    en: 'this file was changed after minutes wrote it, so it was not overwritten (nothing written for {source})',
    hintTh: 'ย้ายการแก้ไขไปไว้ในไฟล์ YAML หรือสั่งใหม่พร้อม --force เพื่อเขียนทับ (ไฟล์เดิมจะถูกเก็บไว้ใน {backupDir})',
    hintEn: 'move the change into the YAML, or run again with --force to overwrite (the file is kept in {backupDir})',
  },
  OUTPUT_MISSING: {
    th: 'ยังไม่มีไฟล์นี้ ต้องสร้างจาก {source}',
    en: 'missing: it would be written from {source}',
    hintTh: 'สั่ง minutes render แล้ว commit โฟลเดอร์ผลลัพธ์',
    hintEn: 'run minutes render and commit the output folder',
  },
  OUTPUT_STALE: {
    th: 'ไฟล์นี้ไม่ตรงกับที่จะสร้างจาก {source}',
    en: 'out of date: a render from {source} would write other bytes',
    hintTh: 'สั่ง minutes render แล้ว commit โฟลเดอร์ผลลัพธ์',
    hintEn: 'run minutes render and commit the output folder',
  },
} satisfies Record<string, Entry>;
