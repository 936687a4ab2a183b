// The name of every field in Thai and English: used in messages and, with the
// longer descriptions, in the JSON Schema that editors show while typing.

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
  number: { th: 'ครั้งที่', en: 'number', describe: 'ครั้งที่ประชุมในปีนั้น (เริ่มนับใหม่ทุกปี) หรือหมายเลขตัวชี้วัด' },
  year: { th: 'ปี พ.ศ.', en: 'BE year', describe: 'ปี พ.ศ. เช่น 2566' },
  chair: { th: 'ประธานการประชุม', en: 'chair' },
  name: { th: 'ชื่อ', en: 'name', describe: 'ชื่อพร้อมคำนำหน้า เช่น นายสมคิด จันทมฤก' },
  position: { th: 'ตำแหน่ง', en: 'position', describe: 'ตำแหน่ง เช่น รองปลัดกระทรวงมหาดไทย' },
  assignedBy: { th: 'ผู้มอบหมาย', en: 'assigned by', describe: 'ผู้มอบหมายให้เข้าร่วมประชุม' },
  attendees: { th: 'ผู้เข้าร่วมประชุม', en: 'attendees', describe: 'ผู้ได้รับมอบหมายให้เข้าร่วมประชุม' },
  summary: { th: 'สรุปผลการประชุม', en: 'summary', describe: 'สรุปผลการประชุมเป็นข้อ ๆ ตามลำดับ' },
  text: { th: 'ข้อความ', en: 'text', describe: 'ข้อความของข้อนี้' },
  items: { th: 'ข้อย่อย', en: 'sub-items', describe: 'ข้อย่อย 1) 2) 3) ใต้ข้อนี้' },
  include: {
    th: 'ส่วนที่ระบบสร้างให้',
    en: 'generated part',
    describe: 'แทรกส่วนที่ระบบสร้างจากข้อมูล: announcement = ประกาศผลคะแนน, tools = เครื่องมือการประเมิน, results = ผลคะแนน, analysis = การวิเคราะห์รายตัวชี้วัด',
  },
  assessment: { th: 'ผลการประเมิน', en: 'assessment', describe: 'ผลการประเมิน ITA ของหน่วยงาน' },
  fiscalYear: { th: 'ปีงบประมาณ', en: 'fiscal year', describe: 'ปีงบประมาณ พ.ศ. ที่ประเมิน เช่น 2566' },
  organization: { th: 'หน่วยงาน', en: 'organization', describe: 'หน่วยงานที่รับการประเมิน' },
  scores: { th: 'คะแนนรายเครื่องมือ', en: 'tool scores', describe: 'คะแนนของแต่ละเครื่องมือ เช่น IIT: 91.71' },
  total: { th: 'คะแนนรวม', en: 'total', describe: 'คะแนนรวมที่ประกาศ (ระบบคำนวณเทียบให้จากคะแนนเครื่องมือ)' },
  level: { th: 'ระดับผลการประเมิน', en: 'level', describe: 'ระดับที่ประกาศ เช่น ผ่าน (ระบบตรวจเทียบกับเกณฑ์ของปี)' },
  previous: { th: 'คะแนนรวมปีก่อน ๆ', en: 'previous totals', describe: 'คะแนนรวมของปีก่อน ๆ เช่น 2565: 96.91' },
  passMark: { th: 'เกณฑ์ผ่านของคะแนนรวม', en: 'pass mark', describe: 'คะแนนรวมที่ถือว่าผ่าน เส้นประในแผนภูมิคะแนนรวม (ค่าเริ่มต้น 85)' },
  threshold: { th: 'เกณฑ์คะแนนข้อคำถาม', en: 'question threshold', describe: 'ข้อคำถามที่ได้คะแนนต่ำกว่าค่านี้ถือเป็นจุดอ่อนที่ต้องพัฒนาเร่งด่วน (ค่าเริ่มต้น 95)' },
  analysis: { th: 'การวิเคราะห์รายส่วน', en: 'analysis', describe: 'การวิเคราะห์ผลการประเมินแยกตามส่วน (IIT, EIT, OIT)' },
  part: { th: 'เครื่องมือของส่วนนี้', en: 'tool of this part', describe: 'รหัสเครื่องมือ: IIT, EIT หรือ OIT' },
  description: { th: 'คำอธิบาย', en: 'description', describe: 'คำอธิบายการเก็บข้อมูลของส่วนนี้' },
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
  file: { th: 'ไฟล์ภาพ', en: 'image file', describe: 'ไฟล์ภาพ JPEG หรือ PNG ในโฟลเดอร์เดียวกับไฟล์นี้ เช่น photos/ภาพ1.jpg' },
  caption: { th: 'คำบรรยายภาพ', en: 'caption' },
  reporter: { th: 'ผู้รายงาน', en: 'reporter', describe: 'ผู้รายงาน (ลงชื่อท้ายรายงาน)' },
  options: { th: 'ตัวเลือกเอกสาร', en: 'document options' },
  due: { th: 'กำหนดเสร็จ', en: 'due date', describe: 'กำหนดเสร็จ เช่น 2023-12-31 หรือ 31 ธันวาคม 2566' },
  actions: { th: 'งานที่มอบหมาย', en: 'assigned actions', describe: 'งานที่มอบหมายให้หน่วยงาน เพื่อติดตามในการประชุมครั้งต่อไปและในทะเบียนติดตาม' },
  id: { th: 'รหัสงาน', en: 'action id', describe: 'รหัสสั้น ๆ ของงาน (ไม่ใส่ก็ได้) ใช้อ้างถึงในการประชุมครั้งต่อไป' },
  unit: { th: 'หน่วยงานรับผิดชอบ', en: 'responsible unit' },
  task: { th: 'สิ่งที่ต้องดำเนินการ', en: 'task' },
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
  recorder: { th: 'ผู้จดรายงานการประชุม', en: 'recorder' },
  checker: { th: 'ผู้ตรวจรายงานการประชุม', en: 'checker' },
  documentNumber: { th: 'เลขที่หนังสือ', en: 'document number', describe: 'เลขที่ต่อท้ายรหัสหน่วยงานในไฟล์ตั้งค่า เช่น 1590 หรือ ว 1590' },
  subject: { th: 'เรื่อง', en: 'subject' },
  to: { th: 'เรียน', en: 'addressee', describe: 'ผู้รับ เช่น ผู้อำนวยการกองการต่างประเทศ' },
  report: { th: 'รายงานที่ส่ง', en: 'report sent', describe: 'ไฟล์การประชุมที่บันทึกนี้นำส่ง (ระบบเขียนเนื้อความให้จากไฟล์นั้น)' },
  attachments: { th: 'สิ่งที่ส่งมาด้วย', en: 'attachments' },
  signer: { th: 'ผู้ลงนาม', en: 'signer' },
  digits: { th: 'ชนิดตัวเลข', en: 'digits', describe: 'thai = เลขไทย (๑๒๓), arabic = เลขอารบิก (123)' },
  // Descriptions of fields whose key means something else elsewhere (name, title, file, …):
  // editors show these; messages name the field by its key as above.
  fontFamily: { th: 'แบบอักษร', en: 'font', describe: 'แบบอักษรของเอกสาร เช่น TH SarabunPSK (ต้องมีในเครื่องที่เปิดไฟล์ Word)' },
  fontSize: { th: 'ขนาดอักษร', en: 'font size', describe: 'ขนาดอักษรของเนื้อความ เป็นพอยต์ เช่น 16' },
  fontFile: { th: 'ไฟล์แบบอักษร', en: 'font file', describe: 'ไฟล์แบบอักษร TrueType (.ttf) สำหรับ PDF เทียบกับโฟลเดอร์ของไฟล์ตั้งค่า เช่น fonts/THSarabunNew.ttf' },
  moneyWords: { th: 'จำนวนเงินเป็นตัวอักษร', en: 'amounts in words', describe: 'true = เติมจำนวนเงินเป็นตัวอักษรในวงเล็บหลังจำนวนเงินที่ยังไม่มี เช่น 125,500.75 บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์)' },
  indicatorName: { th: 'ชื่อตัวชี้วัด', en: 'indicator name', describe: 'ชื่อตัวชี้วัด เช่น การใช้งบประมาณ (ไม่ใส่ก็ได้ ระบบใช้ชื่อจากเกณฑ์ของปี)' },
  agendaTitle: { th: 'ชื่อระเบียบวาระ', en: 'agenda title', describe: 'ชื่อเรื่องของระเบียบวาระ เช่น เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ (ไม่ใส่ก็ได้ ระบบใช้หัวข้อมาตรฐานของวาระนั้น)' },
  subItemTitle: { th: 'ชื่อเรื่องย่อย', en: 'sub-item title', describe: 'ชื่อเรื่องย่อยของระเบียบวาระ (เลข ๔.๑ ๔.๒ ระบบใส่ให้)' },
  agendaItems: { th: 'เรื่องย่อย', en: 'sub-items', describe: 'เรื่องย่อยของระเบียบวาระ แต่ละเรื่องมีชื่อ การพิจารณา และมติ (ระบบใส่เลข ๔.๑ ๔.๒ ให้)' },
  progressNote: { th: 'ความคืบหน้า', en: 'progress note', describe: 'ความคืบหน้าหรือผลการดำเนินงาน เช่น อยู่ระหว่างทดสอบระบบ คาดว่าเปิดใช้เดือนพฤศจิกายน 2566' },
};

export function labelOf(key: string | number | undefined, lang: 'th' | 'en'): string {
  if (typeof key === 'number') return lang === 'th' ? `รายการที่ ${key + 1}` : `item ${key + 1}`;
  const label = key === undefined ? undefined : LABELS[key];
  if (label === undefined) return key ?? '';
  return lang === 'th' ? label.th : label.en;
}

export function describe(key: string): string {
  const label = LABELS[key];
  return label?.describe ?? label?.th ?? key;
}
