// Codes of the ITA year data, of figures a report needs but cannot stand behind, and of money.
import type { Entry } from './messages.js';

const YEAR_HINT_TH = 'แก้ไฟล์เกณฑ์ของปีนี้ตามคู่มือการประเมิน ITA ของสำนักงาน ป.ป.ช.';
const YEAR_HINT_EN = "correct the year's rules from NACC's ITA manual";

export const ITA_MESSAGES = {
  YEAR_FILE_MISMATCH: {
    th: 'ไฟล์นี้เป็นเกณฑ์ของปี {year} (ตามชื่อไฟล์) แต่ระบุ fiscalYear: {value}',
    en: 'this file holds the rules of {year} (by its name) but says fiscalYear: {value}',
    hintTh: 'แก้เป็น fiscalYear: {year} หรือเปลี่ยนชื่อไฟล์เป็น {value}.yaml',
    hintEn: 'write fiscalYear: {year}, or rename the file {value}.yaml',
  },
  YEAR_WEIGHTS_SUM: {
    th: 'น้ำหนักของเครื่องมือรวมกันได้ {sum} ไม่ใช่ 1 ({weights})',
    en: 'the tool weights add up to {sum}, not 1 ({weights})',
    hintTh: YEAR_HINT_TH,
    hintEn: YEAR_HINT_EN,
  },
  YEAR_LEVEL_ORDER: {
    th: 'ระดับ "{name}" (ตั้งแต่ {min}) ไม่ได้ต่ำกว่าระดับก่อนหน้า "{previous}" (ตั้งแต่ {previousMin}) จึงไม่มีวันถูกเลือก',
    en: 'level "{name}" (from {min}) is not below the level before it, "{previous}" (from {previousMin}): it could never be chosen',
    hintTh: 'เรียงระดับจากสูงไปต่ำ ระดับที่คะแนนขั้นต่ำเท่ากันต้องมีเกณฑ์รายเครื่องมือ (everyToolMin) ต่ำกว่าระดับก่อนหน้า',
    hintEn: 'order the levels from highest to lowest; a level with the same minimum needs a lower everyToolMin than the one before',
  },
  YEAR_LEVEL_FLOOR: {
    th: 'ระดับสุดท้าย "{name}" เริ่มที่ {min} คะแนนที่ต่ำกว่านั้นจึงไม่มีระดับ',
    en: 'the last level, "{name}", starts at {min}: a lower total would have no level',
    hintTh: 'ระดับสุดท้ายต้องเป็น min: 0 และไม่มี everyToolMin',
    hintEn: 'the last level needs min: 0 and no everyToolMin',
  },
  YEAR_DUPLICATE: {
    th: '"{value}" ซ้ำกับรายการที่ {first}',
    en: '"{value}" repeats item {first}',
  },
  YEAR_INDICATOR_TOOL: {
    th: 'ตัวชี้วัดนี้อยู่ในเครื่องมือ "{value}" ซึ่งไม่มีใน tools ของไฟล์นี้',
    en: 'this indicator belongs to tool "{value}", which is not in this file\'s tools',
    hintTh: 'เครื่องมือของไฟล์นี้: {allowed}',
    hintEn: "this file's tools: {allowed}",
  },
  YEAR_RANGE_ORDER: {
    th: 'ช่วงข้อคำถามเริ่มที่ {from} แต่จบที่ {to}',
    en: 'the question range starts at {from} but ends at {to}',
    hintTh: 'from ต้องไม่มากกว่า to',
    hintEn: 'from must not be greater than to',
  },
  YEAR_RANGE_OVERLAP: {
    th: 'ข้อคำถาม {range} ของตัวชี้วัดที่ {number} ซ้อนกับ {otherRange} ของตัวชี้วัดที่ {other}',
    en: 'questions {range} of indicator {number} overlap {otherRange} of indicator {other}',
    hintTh: 'ข้อคำถามหนึ่งข้ออยู่ได้ในตัวชี้วัดเดียว',
    hintEn: 'a question belongs to one indicator only',
  },
  TOTAL_UNKNOWN: {
    th: 'ไม่มีคะแนนรวม ITA ของปี {year}: ไม่ได้ระบุ และคำนวณไม่ได้ ({reason})',
    en: 'no ITA total for {year}: not written and not computable ({reason})',
    hintTh: 'ใส่ assessment.total ตามที่สำนักงาน ป.ป.ช. ประกาศ หรือสร้างไฟล์เกณฑ์ {path}',
    hintEn: 'write assessment.total as NACC announced it, or create the year file {path}',
  },
  LEVEL_UNKNOWN: {
    th: 'ไม่มีระดับผลการประเมินของปี {year}: ไม่ได้ระบุ และไม่มีเกณฑ์ระดับของปีนั้น',
    en: 'no rating level for {year}: not written, and there are no bands for that year',
    hintTh: 'ใส่ assessment.level ตามที่ประกาศ (เช่น ผ่าน) หรือสร้างไฟล์เกณฑ์ {path}',
    hintEn: 'write assessment.level as announced (e.g. ผ่าน), or create the year file {path}',
  },
  LEVEL_UNCONFIRMED: {
    th: 'เกณฑ์ระดับของปี {year} ยังไม่ได้ยืนยัน ({file}) ระดับที่คำนวณได้ "{computed}" จึงไม่พิมพ์ในเอกสาร',
    en: 'the {year} bands are unconfirmed ({file}): the computed level "{computed}" is not printed',
    hintTh: 'ใส่ assessment.level ตามที่สำนักงาน ป.ป.ช. ประกาศ',
    hintEn: 'write assessment.level as NACC announced it',
  },
  TOOL_NAMES_UNKNOWN: {
    th: 'ข้อนี้ต้องใช้ชื่อเครื่องมือการประเมินของปี {year} แต่ไม่มีไฟล์เกณฑ์ของปีนั้น',
    en: 'this item needs the names of the {year} assessment tools, but there is no year file',
    hintTh: 'สร้างไฟล์เกณฑ์ {path} (ดูแบบจาก data/ita/2566.yaml) หรือเขียนข้อนี้เป็น text แทน include',
    hintEn: 'create the year file {path} (see data/ita/2566.yaml), or write this item as text instead of include',
  },
  INDICATOR_NAME_UNKNOWN: {
    th: 'ไม่มีชื่อของตัวชี้วัดที่ {value}: ไม่ได้ระบุ และไม่มีในเกณฑ์ของปี {year}',
    en: 'indicator {value} has no name: not written, and not in the {year} rules',
    hintTh: 'ใส่ name: ของตัวชี้วัดนี้ หรือสร้างไฟล์เกณฑ์ {path}',
    hintEn: 'write this indicator\'s name:, or create the year file {path}',
  },
  WEIGHTS_UNCONFIRMED: {
    th: 'น้ำหนักเครื่องมือของปี {year} ยังไม่ได้ยืนยัน ({file}) จึงไม่คำนวณคะแนนรวมและไม่พิมพ์น้ำหนัก',
    en: 'the {year} tool weights are unconfirmed ({file}): no total is computed and no weights are printed',
    hintTh: 'ใส่ assessment.total ตามที่สำนักงาน ป.ป.ช. ประกาศ',
    hintEn: 'write assessment.total as NACC announced it',
  },
  MONEY_WORDS_MISMATCH: {
    th: 'จำนวนเงินเป็นตัวอักษร "{words}" ไม่ตรงกับ {amount} บาท ซึ่งอ่านว่า "{expected}"',
    en: 'the amount in words "{words}" does not match {amount} baht, which reads "{expected}"',
    hintTh: 'แก้ตัวเลขหรือตัวอักษรให้ตรงกัน',
    hintEn: 'make the figure and the words agree',
  },
  MONEY_TOO_LARGE: {
    th: 'จำนวนเงิน {amount} บาท ใหญ่เกินกว่าจะตรวจคำอ่านได้ถึงสตางค์',
    en: 'the amount {amount} baht is too large to check to the satang',
  },
} satisfies Record<string, Entry>;
