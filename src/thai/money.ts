// Amounts of money in running Thai text: "125,500.75 บาท", "๑๒๕,๕๐๐.๗๕ บาท", "5 ล้านบาท",
// optionally followed by the amount in words in parentheses, "(หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์)",
// as official letters write it. Pure functions: find them, check the words, add missing words.
import { bahtText } from './baht.js';
import { toArabicDigits } from './digits.js';

export interface MoneyAmount {
  /** Offset (UTF-16 code units) of the figure in the text. */
  index: number;
  /** Offset just after "บาท". */
  end: number;
  /** The figure as written, digits as typed: "125,500.75", "๑๒๕,๕๐๐.๗๕". */
  figure: string;
  /** The amount in baht, multiplier applied: "5 ล้านบาท" is 5,000,000. */
  value: number;
  /** The words in parentheses after the amount, when they are words of money (they say บาท or สตางค์). */
  words: { index: number; text: string } | null;
}

const DIGIT = '[0-9๐-๙]';
/**
 * A figure: digits with thousands separators in groups of three ("1,000", "125,500") or none
 * ("1000"), then decimals; not glued to a preceding digit, letter or separator (so "ข้อ 3.1,000" or
 * "A1,000" are not amounts). Then optional spaces, an optional ล้าน, and บาท.
 */
const AMOUNT = new RegExp(
  `(?<![0-9๐-๙.,\\p{L}])(${DIGIT}{1,3}(?:,${DIGIT}{3})+|${DIGIT}+)(\\.${DIGIT}+)?[ \\u00A0]*(ล้าน)?[ \\u00A0]*บาท`,
  'gu',
);
/** After บาท: optional spaces, then a parenthesis of Thai words. */
const WORDS_AFTER = /^[ \u00A0]*\(([^()]*)\)/u;

const parseFigure = (whole: string, fraction: string | undefined): number =>
  Number(toArabicDigits(`${whole.replace(/,/g, '')}${fraction ?? ''}`));

/** Every amount of money in a text, in order. */
export function findMoney(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [all, whole = '', fraction, million] = match;
    const index = match.index ?? 0;
    const end = index + all.length;
    const value = parseFigure(whole, fraction) * (million === undefined ? 1 : 1_000_000);
    const after = WORDS_AFTER.exec(text.slice(end));
    let words: MoneyAmount['words'] = null;
    if (after !== null && /บาท|สตางค์/.test(after[1] ?? '')) {
      const inner = after[1] ?? '';
      const open = after[0].indexOf('(');
      words = { index: end + open + 1, text: inner };
    }
    found.push({ index, end, figure: `${whole}${fraction ?? ''}`, value, words });
  }
  return found;
}

/**
 * Words compared as a reader hears them: spaces and zero-width characters dropped, เอ็ด and
 * หนึ่ง alike in the units place (ร้อยเอ็ด, ร้อยหนึ่ง are both correct), ถ้วน or ตรง after a whole
 * number of baht optional.
 */
function normaliseWords(words: string): string {
  return words
    .replace(/[\s\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/เอ็ด/g, 'หนึ่ง')
    .replace(/บาท(ถ้วน|ตรง)$/u, 'บาท');
}

export type WordsCheck = { ok: true } | { ok: false; expected: string } | { ok: 'too-large' };

/** Do the words say the amount? `expected` is what thai-baht-text (with satang rounded half up) says. */
export function checkBahtWords(value: number, words: string): WordsCheck {
  let expected: string;
  try {
    expected = bahtText(value);
  } catch {
    return { ok: 'too-large' };
  }
  return normaliseWords(words) === normaliseWords(expected) ? { ok: true } : { ok: false, expected };
}

/**
 * The text with the words written after every amount that has none: "125,500.75 บาท" →
 * "125,500.75 บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์)". One plain space parts them;
 * keeping figure, บาท and words on one line is the line breaker's job.
 */
export function withBahtWords(text: string): string {
  const amounts = findMoney(text).filter((a) => a.words === null);
  if (amounts.length === 0) return text;
  let out = '';
  let from = 0;
  for (const amount of amounts) {
    let words: string;
    try {
      words = bahtText(amount.value);
    } catch {
      continue;
    }
    out += `${text.slice(from, amount.end)} (${words})`;
    from = amount.end;
  }
  return out + text.slice(from);
}
