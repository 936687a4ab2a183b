// Thai digits ๐-๙ are U+0E50..U+0E59, in the same order as 0-9, so a code-point offset converts them.
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replaces 0-9 with ๐-๙; every other character is kept. */
export function toThaiDigits(text: string): string {
  // A loop, not replace with a callback: the PDF writer calls this for every piece of text it
  // lays out, and most pieces hold no digit (profiled: ~2 ms of a warm PDF render with replace).
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ARABIC_ZERO || code > ARABIC_ZERO + 9) continue;
    out += text.slice(from, i) + String.fromCharCode(THAI_ZERO + code - ARABIC_ZERO);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Replaces ๐-๙ with 0-9; every other character is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String.fromCharCode(ARABIC_ZERO + digit.charCodeAt(0) - THAI_ZERO));
}
