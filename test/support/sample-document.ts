// A "kitchen sink" document model with every block kind and awkward Thai text,
// for writer tests that must not depend on YAML or templates.
import type { Block, Document, Inline, ParagraphLayout } from '../../src/model/document.js';
import { makeJpeg, makePng } from './images.js';

export const t = (text: string, bold = false): Inline => ({ type: 'text', text, bold, italic: false, underline: false });

const body: ParagraphLayout = {
  align: 'left', firstLineMm: 25, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false,
};

export function sampleDocument(thaiDigits = true): Document {
  const blocks: Block[] = [
    { type: 'heading', level: 1, ...body, align: 'center', firstLineMm: 0, spaceAfterPt: 12, keepWithNext: true, sizePt: 20,
      inlines: [t('รายงานผลการเข้าร่วมประชุมคณะทำงาน ITA ครั้งที่ ๒/๒๕๖๖', true)] },
    { type: 'paragraph', ...body, inlines: [
      t('วันนี้ (๒๒ ส.ค. ๒๕๖๖) เวลา ๑๓.๓๐ - ๑๖.๐๐ น. ร.ต. สรมงคล มงคละสิริ ผอ.ตท.สป. มอบหมายให้ '),
      t('นางอมราภรณ์ ทรงอาวุธ', true),
      t(' หน.ฝ.บห. เข้าร่วมประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงานปลัดกระทรวงมหาดไทย ณ ห้องประชุมราชบพิตร ชั้น ๕ อาคารดำรงราชานุภาพสรณ์ กระทรวงมหาดไทย ที่ ผู้ ปี่ น้ำ ฏิ ญ ฐ'),
    ] },
    { type: 'list', format: 'decimal', start: 1, indentLeftMm: 0, firstLineMm: 25, hangingMm: 0, items: [
      { inlines: [t('สำนักงาน ป.ป.ช. ได้ประกาศผลคะแนน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ โดยสำนักงานปลัดกระทรวงมหาดไทยได้คะแนน ๙๒.๔๓ อยู่ในระดับ “ผ่าน”')], children: [] },
      { inlines: [t('เครื่องมือการประเมินประกอบด้วย ๓ เครื่องมือ ดังนี้')], children: [
        { type: 'list', format: 'paren', start: 1, indentLeftMm: 0, firstLineMm: 30, hangingMm: 0, items: [
          { inlines: [t('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT)')], children: [] },
          { inlines: [t('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) & <w:p> {{ literal }}')], children: [] },
        ] },
      ] },
    ] },
    { type: 'list', format: 'dash', start: 1, indentLeftMm: 0, firstLineMm: 25, hangingMm: 0, items: [
      { inlines: [t('เน้นที่กองการเจ้าหน้าที่ สป. และสำนักตรวจราชการและเรื่องราวร้องทุกข์ สป.')], children: [] },
    ] },
    { type: 'table', widthFraction: 1, headerRows: 1,
      columns: [{ fraction: 0.15, align: 'center' }, { fraction: 0.6, align: 'left' }, { fraction: 0.25, align: 'right' }],
      rows: [
        { cells: [
          { inlines: [t('ข้อ')], colSpan: 1, header: true },
          { inlines: [t('เครื่องมือ')], colSpan: 1, header: true },
          { inlines: [t('คะแนน')], colSpan: 1, header: true },
        ] },
        { cells: [
          { inlines: [t('I๑')], colSpan: 1, header: false },
          { inlines: [t('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน')], colSpan: 1, header: false },
          { inlines: [t('๙๒.๘๕')], colSpan: 1, header: false },
        ] },
        { cells: [
          { inlines: [t('รวม', true)], colSpan: 2, header: false, align: 'right' },
          { inlines: [t('๙๒.๔๓', true)], colSpan: 1, header: false },
        ] },
      ] },
    { type: 'figure', image: makeJpeg(320, 240), widthMm: 120, caption: [t('ภาพที่ ๑ บรรยากาศการประชุม')] },
    { type: 'pageBreak' },
    { type: 'paragraph', ...body, inlines: [t('บรรทัดแรก'), { type: 'break' }, t('บรรทัดที่สอง หลังการขึ้นบรรทัดใหม่')] },
    { type: 'figure', image: makePng(160, 90), widthMm: 160, caption: [] },
    { type: 'signature', offsetFraction: 0.5, spaceBeforePt: 24, lines: [
      [t('(ลงชื่อ) ........................................')],
      [t('(นางอมราภรณ์ ทรงอาวุธ)')],
      [t('หัวหน้าฝ่ายบริหารทั่วไป')],
    ] },
  ];
  return {
    meta: { title: 'รายงานผลการเข้าร่วมประชุม', author: 'ตท.สป.', subject: 'ITA ครั้งที่ ๒/๒๕๖๖', keywords: ['ITA', 'ประชุม'], language: 'th-TH' },
    page: { widthMm: 210, heightMm: 297, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } },
    font: { family: 'TH SarabunPSK', sizePt: 16 },
    thaiDigits,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks,
  };
}
