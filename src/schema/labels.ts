// The name of every field in Thai and English: used in messages and, with the
// longer descriptions, in the JSON Schema that editors show while typing. Fields every kind (or
// the office and year files) share are here; each kind adds its own from src/kinds/<kind>/labels.ts.

export interface Label {
  th: string;
  en: string;
  /** Shown by the editor on hover; defaults to the Thai label. */
  describe?: string;
}

export const LABELS: Record<string, Label> = {
  kind: { th: 'ชนิดเอกสาร', en: 'document kind', describe: 'ชนิดเอกสารที่จะสร้าง: ita-report = รายงานผลการเข้าร่วมประชุมและผลการประเมิน ITA, minutes = รายงานการประชุม, memo = บันทึกข้อความ' },
  title: { th: 'ชื่อเรื่อง', en: 'title', describe: 'ชื่อเรื่องของรายงาน (ไม่ใส่ก็ได้ ระบบตั้งให้จากชื่อคณะและครั้งที่ประชุม)' },
  date: { th: 'วันที่ประชุม', en: 'meeting date', describe: 'วันที่ประชุม เช่น 2023-08-22 (ค.ศ.) หรือ 22/08/2566 หรือ 22 สิงหาคม 2566 (พ.ศ.)' },
  time: { th: 'เวลาประชุม', en: 'meeting time', describe: 'เวลาเริ่มและเลิกประชุม' },
  start: { th: 'เวลาเริ่ม', en: 'start time', describe: 'เวลาเริ่ม เช่น 13.30 (นาทีสองหลักเสมอ)' },
  end: { th: 'เวลาเลิก', en: 'end time', describe: 'เวลาเลิก เช่น 16.00 (นาทีสองหลักเสมอ)' },
  place: { th: 'สถานที่ประชุม', en: 'place', describe: 'สถานที่ประชุม เช่น ห้องประชุมราชบพิตร ชั้น 5 อาคารดำรงราชานุภาพสรณ์ กระทรวงมหาดไทย' },
  meeting: { th: 'การประชุมที่เข้าร่วม', en: 'meeting attended', describe: 'การประชุมที่เข้าร่วม: คณะ ครั้งที่ ปี และประธาน' },
  body: { th: 'ชื่อคณะ', en: 'body', describe: 'ชื่อคณะกรรมการหรือคณะทำงานที่ประชุม' },
  number: { th: 'ครั้งที่', en: 'meeting number', describe: 'ครั้งที่ประชุมในปีนั้น เช่น 2 ของครั้งที่ 2/2566 (เริ่มนับใหม่ทุกปี)' },
  year: { th: 'ปี พ.ศ.', en: 'BE year', describe: 'ปี พ.ศ. เช่น 2566' },
  name: { th: 'ชื่อ', en: 'name', describe: 'ชื่อพร้อมคำนำหน้า เช่น นายสมคิด จันทมฤก' },
  position: { th: 'ตำแหน่ง', en: 'position', describe: 'ตำแหน่ง เช่น รองปลัดกระทรวงมหาดไทย' },
  text: { th: 'ข้อความ', en: 'text', describe: 'ข้อความของข้อนี้' },
  items: { th: 'ข้อย่อย', en: 'sub-items', describe: 'ข้อย่อย 1) 2) 3) ใต้ข้อนี้' },
  fiscalYear: { th: 'ปีงบประมาณ', en: 'fiscal year', describe: 'ปีงบประมาณ พ.ศ. ที่ประเมิน เช่น 2566' },
  organization: { th: 'หน่วยงาน', en: 'organization', describe: 'หน่วยงานที่รับการประเมิน' },
  total: { th: 'คะแนนรวม', en: 'total', describe: 'คะแนนรวมที่ประกาศ (ระบบคำนวณเทียบให้จากคะแนนเครื่องมือ)' },
  passMark: { th: 'เกณฑ์ผ่านของคะแนนรวม', en: 'pass mark', describe: 'คะแนนรวมที่ถือว่าผ่าน เส้นประในแผนภูมิคะแนนรวม (ค่าเริ่มต้น 85)' },
  description: { th: 'คำอธิบาย', en: 'description', describe: 'คำอธิบายการเก็บข้อมูลของส่วนนี้' },
  file: { th: 'ไฟล์ภาพ', en: 'image file', describe: 'ไฟล์ภาพ JPEG หรือ PNG ในโฟลเดอร์เดียวกับไฟล์นี้ เช่น photos/ภาพ1.jpg' },
  // Shared by the ita-report kind and the ITA year data.
  'indicators.number': { th: 'หมายเลขตัวชี้วัด', en: 'indicator number', describe: 'หมายเลขตัวชี้วัดตามคู่มือการประเมินของปี เช่น 2 = การใช้งบประมาณ' },
  'questions.from': { th: 'ข้อคำถามแรก', en: 'first question', describe: 'เลขข้อคำถามแรกของตัวชี้วัด เช่น 7 ของ I7' },
  'questions.to': { th: 'ข้อคำถามสุดท้าย', en: 'last question', describe: 'เลขข้อคำถามสุดท้ายของตัวชี้วัด เช่น 12 ของ I12' },
  recorder: {
    th: 'ผู้จดรายงาน',
    en: 'recorder',
    describe: 'ผู้จัดทำรายงานและลงชื่อท้ายรายงาน: ผู้จดรายงานการประชุม (รายงานการประชุม) หรือผู้รายงาน (รายงานผลการเข้าร่วมประชุม)',
  },
  options: { th: 'ตัวเลือกเอกสาร', en: 'document options' },
  due: { th: 'กำหนดเสร็จ', en: 'due date', describe: 'กำหนดเสร็จ เช่น 2023-12-31 หรือ 31 ธันวาคม 2566' },
  actions: { th: 'งานที่มอบหมาย', en: 'assigned actions', describe: 'งานที่มอบหมายให้หน่วยงาน เพื่อติดตามในการประชุมครั้งต่อไปและในทะเบียนติดตาม' },
  id: { th: 'รหัสงาน', en: 'action id', describe: 'รหัสสั้น ๆ ของงาน (ไม่ใส่ก็ได้) ใช้อ้างถึงในการประชุมครั้งต่อไป' },
  unit: { th: 'หน่วยงานรับผิดชอบ', en: 'responsible unit' },
  task: { th: 'สิ่งที่ต้องดำเนินการ', en: 'task' },
  digits: { th: 'ชนิดตัวเลข', en: 'digits', describe: 'thai = เลขไทย (๑๒๓), arabic = เลขอารบิก (123)' },
  // Descriptions of fields whose key means something else elsewhere (name, title, file, …):
  // editors show these; messages name the field by its key as above.
  fontFamily: { th: 'แบบอักษร', en: 'font', describe: 'แบบอักษรของเอกสาร เช่น TH SarabunPSK (ต้องมีในเครื่องที่เปิดไฟล์ Word)' },
  fontSize: { th: 'ขนาดอักษร', en: 'font size', describe: 'ขนาดอักษรของเนื้อความ เป็นพอยต์ เช่น 16' },
  fontFile: { th: 'ไฟล์แบบอักษร', en: 'font file', describe: 'ไฟล์แบบอักษร TrueType (.ttf) สำหรับ PDF เทียบกับโฟลเดอร์ของไฟล์ตั้งค่า เช่น fonts/THSarabunNew.ttf' },
  moneyWords: { th: 'จำนวนเงินเป็นตัวอักษร', en: 'amounts in words', describe: 'true = เติมจำนวนเงินเป็นตัวอักษรในวงเล็บหลังจำนวนเงินที่ยังไม่มี เช่น 125,500.75 บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์)' },
};

/**
 * Adds a kind's own field names. A kind's schema imports its labels module first, so the
 * descriptions exist when the schema is built. A key may be added twice only with the same label.
 */
export function addLabels(table: Record<string, Label>): void {
  for (const [key, label] of Object.entries(table)) {
    const known = LABELS[key];
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(label)) throw new Error(`label "${key}" defined twice, differently`);
    LABELS[key] = label;
  }
}

/**
 * A key's label; a key that names different things in different places has a label per place,
 * written "parent.key" ("indicators.number" beside "number", the meeting's number).
 */
export function labelOf(key: string | number | undefined, lang: 'th' | 'en', parent?: string): string {
  if (typeof key === 'number') return lang === 'th' ? `รายการที่ ${key + 1}` : `item ${key + 1}`;
  const label = key === undefined ? undefined : (parent === undefined ? undefined : LABELS[`${parent}.${key}`]) ?? LABELS[key];
  if (label === undefined) return typeof key === 'string' ? key.slice(key.lastIndexOf('.') + 1) : '';
  return lang === 'th' ? label.th : label.en;
}

/** A field's name in both languages, for a diagnostic's params. */
export function fieldName(key: string | number | undefined, parent?: string): { th: string; en: string } {
  return { th: labelOf(key, 'th', parent), en: labelOf(key, 'en', parent) };
}

/** The name of the field at a path: its last key, told apart by its parent's key where that matters. */
export function fieldNameAt(path: ReadonlyArray<string | number>): { th: string; en: string } {
  const keys = path.filter((k): k is string => typeof k === 'string');
  return fieldName(keys[keys.length - 1], keys[keys.length - 2]);
}

export function describe(key: string): string {
  const label = LABELS[key];
  return label?.describe ?? label?.th ?? key;
}
