// Spans of text a line must never part: a person's name after its title (นายวีระพงษ์ ทรงอาวุธ,
// ร.ต. สรมงคล มงคละสิริ), an abbreviation (ผอ.ตท.สป.), and an amount of money in words with its
// figure (๑๒๕,๕๐๐.๗๕ บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์)). Dictionaries split
// names (libthai: วีระ|พงษ์, ICU: ส|รมงคล); a name is the chunk after a title up to the end of
// the surname (domain brief §6).

/**
 * Titles, ranks and honorifics, full and abbreviated, longest first when matched. Several may
 * stand in a row (พลตำรวจเอก ดร.); an abbreviated one may be followed by a space (ร.ต. สรมงคล).
 */
export const NAME_TITLES: readonly string[] = [
  'นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง', 'ด.ช.', 'ด.ญ.', 'น.ส.',
  'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยโท', 'ว่าที่ร้อยเอก', 'ว่าที่ ร.ต.', 'ว่าที่ร.ต.', 'ว่าที่ ร.ต.หญิง',
  'พลเอก', 'พลโท', 'พลตรี', 'พันเอก', 'พันโท', 'พันตรี', 'ร้อยเอก', 'ร้อยโท', 'ร้อยตรี',
  'จ่าสิบเอก', 'จ่าสิบโท', 'จ่าสิบตรี', 'สิบเอก', 'สิบโท', 'สิบตรี',
  'พล.อ.', 'พล.ท.', 'พล.ต.', 'พ.อ.', 'พ.ท.', 'พ.ต.', 'ร.อ.', 'ร.ท.', 'ร.ต.', 'จ.ส.อ.', 'จ.ส.ท.', 'จ.ส.ต.', 'ส.อ.', 'ส.ท.', 'ส.ต.',
  'พลเรือเอก', 'พลเรือโท', 'พลเรือตรี', 'นาวาเอก', 'นาวาโท', 'นาวาตรี', 'เรือเอก', 'เรือโท', 'เรือตรี',
  'พล.ร.อ.', 'พล.ร.ท.', 'พล.ร.ต.', 'น.อ.', 'น.ท.', 'น.ต.', 'ร.อ.', 'ร.ท.',
  'พลอากาศเอก', 'พลอากาศโท', 'พลอากาศตรี', 'นาวาอากาศเอก', 'นาวาอากาศโท', 'นาวาอากาศตรี',
  'เรืออากาศเอก', 'เรืออากาศโท', 'เรืออากาศตรี', 'พล.อ.อ.', 'พล.อ.ท.', 'พล.อ.ต.', 'ร.อ.อ.', 'ร.อ.ท.', 'ร.อ.ต.',
  'พลตำรวจเอก', 'พลตำรวจโท', 'พลตำรวจตรี', 'พันตำรวจเอก', 'พันตำรวจโท', 'พันตำรวจตรี',
  'ร้อยตำรวจเอก', 'ร้อยตำรวจโท', 'ร้อยตำรวจตรี', 'ดาบตำรวจ', 'จ่าสิบตำรวจ', 'สิบตำรวจเอก', 'สิบตำรวจโท', 'สิบตำรวจตรี',
  'พล.ต.อ.', 'พล.ต.ท.', 'พล.ต.ต.', 'พ.ต.อ.', 'พ.ต.ท.', 'พ.ต.ต.', 'ร.ต.อ.', 'ร.ต.ท.', 'ร.ต.ต.', 'ด.ต.', 'จ.ส.ต.', 'ส.ต.อ.', 'ส.ต.ท.', 'ส.ต.ต.',
  'ศาสตราจารย์พิเศษ', 'รองศาสตราจารย์พิเศษ', 'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์', 'ศ.', 'รศ.', 'ผศ.', 'ดร.', 'ศ.ดร.', 'รศ.ดร.', 'ผศ.ดร.',
  'นายแพทย์', 'แพทย์หญิง', 'นพ.', 'พญ.', 'ทพ.', 'ทพญ.', 'ภก.', 'ภญ.',
  'หม่อมราชวงศ์', 'หม่อมหลวง', 'ม.ร.ว.', 'ม.ล.', 'คุณหญิง', 'ท่านผู้หญิง',
];

/**
 * What follows นาย or นาง in a word that is not a name (นายก..., นายอำเภอ, นางพยาบาล): no name
 * span starts there. Kept short: a wrong match only keeps a few words together, never cuts one.
 */
const NOT_A_NAME_AFTER_TITLE = /^(?:ก|อำเภอ|ทะเบียน|ช่าง|จ้าง|หน้า|ทหาร|ตำรวจ|สิบ|ประกัน|ด่าน|งาน|ท้าย|ทุน|ห้าง|ใหญ่|ร้อย|พยาบาล|ฟ้า|งาม|ใน|แบบ)/;

/** Thai letters and marks of a word: ก..ฺ (U+0E01..U+0E3A) and เ..๎ (U+0E40..U+0E4E). */
const THAI_WORD = '[\\u0E01-\\u0E3A\\u0E40-\\u0E4E]';
const escape = (s: string) => s.replace(/[.]/g, '\\.');
const titles = [...new Set(NAME_TITLES)].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * One or more titles, the given name (2..24 letters) and, after one space, the surname (2..28
 * letters). Bounded lengths keep a title-like start of an ordinary word (คุณธรรม) from
 * swallowing a sentence, and keep matching linear.
 */
const NAME = new RegExp(`(?:(?:${titles})[ \\u00A0]?)+(${THAI_WORD}{2,24})(?:[ \\u00A0](${THAI_WORD}{2,28}))?(?![\\u0E01-\\u0E4E])`, 'g');

/** Abbreviations: letters and dots, at least one dot after a letter (ผอ.ตท.สป., ป.ป.ช., พ.ศ.). */
const ABBREVIATION = new RegExp(`(?:${THAI_WORD}{1,5}\\.){1,6}`, 'g');

const NUMBER_WORD = 'ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน';
/**
 * An amount in words: number words, บาท, then number words and สตางค์ or ถ้วน, with its
 * parentheses when they are there; and the figure before it ("๑๒๕,๕๐๐.๗๕ บาท (") as a span of its
 * own. Each is kept whole, but a line may end between the two: kept as one, a long amount left the
 * line before it spread letter by letter in the PDF (a reviewer's minutes: "ย่ อ ย   จ ำ น ว น").
 */
const AMOUNT = new RegExp(
  `([0-9๐-๙][0-9๐-๙,]{0,20}(?:\\.[0-9๐-๙]{1,2})?[ \\u00A0]?บาท[ \\u00A0]?)?(\\(?(?:(?:${NUMBER_WORD}){1,40}บาท(?:ถ้วน|(?:(?:${NUMBER_WORD}){1,6}สตางค์))?|(?:${NUMBER_WORD}){1,6}สตางค์)\\)?)`,
  'g',
);

export interface Span {
  start: number;
  end: number;
  kind: 'name' | 'abbreviation' | 'amount';
}

/** Where a name proper starts, after the titles: a span whose given name is not a name is none. */
function nameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NAME)) {
    const given = m[1] as string;
    const titlePart = m[0].slice(0, m[0].length - given.length - (m[2] === undefined ? 0 : m[2].length + 1));
    if (NOT_A_NAME_AFTER_TITLE.test(given) && /^(?:นาย|นาง)$/.test(titlePart)) continue;
    out.push({ start: m.index as number, end: (m.index as number) + m[0].length, kind: 'name' });
  }
  return out;
}

/** Every span of `text` that no line may part, sorted by start; overlapping spans are merged. */
export function keepWholeSpans(text: string): Span[] {
  const spans: Span[] = [...nameSpans(text)];
  for (const m of text.matchAll(ABBREVIATION)) spans.push({ start: m.index as number, end: (m.index as number) + m[0].length, kind: 'abbreviation' });
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index as number;
    const figure = m[1] ?? '';
    if (figure !== '') spans.push({ start, end: start + figure.trimEnd().length, kind: 'amount' });
    spans.push({ start: start + figure.length, end: start + m[0].length, kind: 'amount' });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Only the name spans: what a test counts as "a name split". */
export function personNameSpans(text: string): Span[] {
  return nameSpans(text);
}
