// Thai digits ๐-๙ are U+0E50..U+0E59, in the same order as 0-9, so a code-point offset converts them.
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replaces 0-9 with ๐-๙; every other character is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + digit.charCodeAt(0) - ARABIC_ZERO));
}

/** Replaces ๐-๙ with 0-9; every other character is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String.fromCharCode(ARABIC_ZERO + digit.charCodeAt(0) - THAI_ZERO));
}
