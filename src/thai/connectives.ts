// Connectives and particles a Thai line should not end with: they introduce what follows
// (และ, หรือ, ของ, ใน, ที่, ซึ่ง, โดย ...), so a line ending in one reads as cut off. The PDF
// line layout carries such a word down to the next line when the line stays full enough.

export const CONNECTIVES: ReadonlySet<string> = new Set([
  'ที่', 'และ', 'หรือ', 'ของ', 'ใน', 'ซึ่ง', 'โดย', 'กับ', 'แก่', 'แต่', 'เพื่อ', 'จาก', 'ตาม', 'ต่อ', 'แห่ง', 'อัน', 'ด้วย',
  'เมื่อ', 'หาก', 'ถ้า', 'ว่า', 'คือ', 'ณ', 'ถึง', 'จน', 'เพราะ', 'ทั้ง', 'ให้', 'ไป', 'ยัง', 'สำหรับ', 'เกี่ยวกับ', 'ระหว่าง',
  'ตลอดจน', 'รวมถึง', 'ได้แก่', 'เช่น', 'ส่วน', 'หรือไม่', 'อีกทั้ง', 'พร้อมทั้ง', 'ตั้งแต่', 'จนถึง', 'ภายใน', 'นอกจาก',
]);

/** Whether `piece` (a word with the spaces after it) is a connective. */
export function endsWithConnective(piece: string): boolean {
  return CONNECTIVES.has(piece.trimEnd());
}
