import type { ListFormat } from '../model/document.js';
import { toThaiDigits } from './digits.js';

/**
 * Thai letters as official documents number sub-items: (ก) (ข) (ค) (ง) …, the consonants in
 * alphabetical order without the obsolete ฃ and ฅ, nor ฆ (the fourth item is ง).
 * LibreOffice's thaiLetters list keeps ฤ and ฦ; they are vowels and are left out here.
 */
const THAI_LETTERS = [...'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'];

/**
 * The label before list item `n` (1-based): decimal "1." / "๑.", paren "1)" / "๑)",
 * thaiLetter "ก.", bullet "•", dash "-". Throws a RangeError for n below 1, a non-integer n,
 * or a Thai letter past ฮ (item 41): no official sequence goes on from there.
 */
export function listLabel(format: ListFormat, n: number, thaiDigits: boolean): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`list item number must be a positive integer, got ${n}`);
  const digits = thaiDigits ? toThaiDigits(String(n)) : String(n);
  switch (format) {
    case 'decimal':
      return `${digits}.`;
    case 'paren':
      return `${digits})`;
    case 'thaiLetter': {
      const letter = THAI_LETTERS[n - 1];
      if (letter === undefined) throw new RangeError(`no Thai letter for item ${n}; the sequence ends at ฮ (${THAI_LETTERS.length})`);
      return `${letter}.`;
    }
    case 'bullet':
      return '•';
    case 'dash':
      return '-';
  }
}
