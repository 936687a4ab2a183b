// Paragraphs whose first line must be spread far: a short phrase, then an amount in words that
// never parts to fill a line and does not fit after it, so the phrase alone fills its line
// (12 to 60 clusters, up to about 2.4 em between two of them), with and without spaces, with
// tone marks and vowels above and below. Written for these tests.

const AMOUNT = '(หนึ่งร้อยยี่สิบห้าล้านสามแสนสี่หมื่นห้าพันหกร้อยเจ็ดสิบแปดบาทเก้าสิบเก้าสตางค์)';

export const SPREAD_LINES: readonly string[] = [
  `ที่ประชุมรับทราบ ${AMOUNT}`,
  `ผู้อำนวยการกองคลังได้ชี้แจงว่าน้ำหนักของคำขอนี้ต่ำกว่าเกณฑ์ที่กำหนด ${AMOUNT}`,
  `ที่นั่นที่โน่นน้ำใจ ${AMOUNT}`,
  `กองการเจ้าหน้าที่ ได้ รับ ${AMOUNT}`,
  `ขอให้ ผู้เกี่ยวข้อง ทราบ และ ถือ ปฏิบัติ ${AMOUNT}`,
];
