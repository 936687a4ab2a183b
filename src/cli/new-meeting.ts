// `minutes new --kind <kind>`: a meeting file to fill in, every section present and explained in
// Thai, every value a (กรอก …) placeholder (kinds/<kind>/skeleton.ts): it does not validate until
// each is replaced, so no sample date, score or year can reach a document.
import { KIND_REGISTRY, type Kind } from '../kinds/index.js';
import { formatThaiDate, todayDate, type CalendarDate } from '../thai/dates.js';

/**
 * `schema`: where the editor finds the JSON Schema, relative to the new file (the command
 * works it out from where the file goes); the path inside this repository by default.
 */
export function newMeetingYaml(kind: Kind, today: CalendarDate = todayDate(), schema = '../schema/meeting.schema.json'): string {
  const header = `# yaml-language-server: $schema=${schema}
# ไฟล์การประชุม (${KIND_REGISTRY[kind].describe}): แทนข้อความ (กรอก ...) ทุกแห่งด้วยข้อมูลจริง แล้วสั่ง
#   npx minutes validate <ไฟล์นี้>          ตรวจข้อมูล
#   npx minutes render <ไฟล์นี้> --format docx,pdf   สร้างเอกสาร
# ตัวเลขที่มีทศนิยม (เวลา คะแนน) เขียนตามที่ต้องการให้แสดง เช่น 13.30 และ 100.00
`;
  return header + KIND_REGISTRY[kind].skeleton({ today: { date: formatThaiDate(today, 'long'), year: today.year + 543 } });
}
