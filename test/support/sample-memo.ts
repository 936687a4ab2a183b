// A บันทึกข้อความ (memo) as a document model: letterhead, label lines, เรียน, body and signature,
// for writer tests that must not depend on YAML or templates.
import type { Block, Document, FieldLine, ParagraphLayout } from '../../src/model/document.js';
import { makePng } from './images.js';
import { t } from './sample-document.js';

const body: ParagraphLayout = {
  align: 'thaiDistribute', firstLineMm: 25, indentLeftMm: 0, spaceBeforePt: 6, spaceAfterPt: 0, keepWithNext: false,
};

/** Garuda stand-in: 120 × 150 px, so 12 × 15 mm at the regulation's 1.5 cm height. */
export const memoEmblem = () => makePng(120, 150, 40);

export function fieldLine(fields: FieldLine['fields'], spaceBeforePt = 0): FieldLine {
  return { type: 'fieldLine', labelSizePt: 20, spaceBeforePt, fields };
}

export function sampleMemo(withEmblem = true): Document {
  const blocks: Block[] = [
    { type: 'letterhead', image: withEmblem ? memoEmblem() : null, imageHeightMm: 15, title: [t('บันทึกข้อความ')], titleSizePt: 29 },
    fieldLine([{ label: 'ส่วนราชการ', value: [t('สำนักงานปลัดกระทรวงมหาดไทย กองกลาง โทร. ๐ ๒๒๒๒ ๑๑๔๑')], fraction: 1 }], 6),
    fieldLine([
      { label: 'ที่', value: [t('มท ๐๒๐๑.๒/ว ๑๕๙๐')], fraction: 0.5 },
      { label: 'วันที่', value: [t('๒๓ สิงหาคม ๒๕๖๖')], fraction: 0.5 },
    ]),
    fieldLine([{ label: 'เรื่อง', value: [t('รายงานผลการเข้าร่วมประชุมคณะทำงาน ITA ครั้งที่ ๒/๒๕๖๖')], fraction: 1 }]),
    { type: 'paragraph', ...body, align: 'left', firstLineMm: 0, spaceBeforePt: 12, inlines: [t('เรียน ปลัดกระทรวงมหาดไทย')] },
    { type: 'paragraph', ...body, inlines: [
      t('ตามที่ ร.ต. สรมงคล มงคละสิริ ผอ.ตท.สป. ได้มอบหมายให้ นางอมราภรณ์ ทรงอาวุธ หน.ฝ.บห. เข้าร่วมประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ครั้งที่ ๒/๒๕๖๖ เมื่อวันที่ ๒๒ สิงหาคม ๒๕๖๖ เวลา ๑๓.๓๐ - ๑๖.๐๐ น. ณ ห้องประชุมราชบพิตร ชั้น ๕ อาคารดำรงราชานุภาพสรณ์ นั้น'),
    ] },
    { type: 'paragraph', ...body, inlines: [
      t('บัดนี้ การประชุมดังกล่าวได้เสร็จสิ้นแล้ว โดยสรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานปลัดกระทรวงมหาดไทยได้คะแนน ๙๒.๔๓ คะแนน อยู่ในระดับ “ผ่าน” จึงขอรายงานผลการประชุม รายละเอียดตามสิ่งที่ส่งมาด้วย'),
    ] },
    { type: 'paragraph', ...body, inlines: [t('จึงเรียนมาเพื่อโปรดทราบ')] },
    { type: 'signature', offsetFraction: 0.45, spaceBeforePt: 30, lines: [
      [t('(นางอมราภรณ์ ทรงอาวุธ)')],
      [t('หัวหน้าฝ่ายบริหารทั่วไป')],
    ] },
  ];
  return {
    meta: { title: 'รายงานผลการเข้าร่วมประชุมคณะทำงาน ITA ครั้งที่ ๒/๒๕๖๖', author: 'นางอมราภรณ์ ทรงอาวุธ', subject: 'บันทึกข้อความ', keywords: ['บันทึกข้อความ'], language: 'th-TH' },
    page: { widthMm: 210, heightMm: 297, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } },
    font: { family: 'TH SarabunPSK', sizePt: 16 },
    thaiDigits: true,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks,
  };
}
