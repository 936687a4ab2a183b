// Where a line of Thai may break: Intl.Segmenter's dictionary words, merged wherever a break
// would cut a syllable, a name the dictionary does not know, or punctuation from its word.
//
// The ICU dictionary splits unknown names into fragments (ส|รมงคล, อม|รา|ภ|รณ์) and splits
// some compounds an official text keeps whole (หน่วย|งาน). The rules below undo the harmful
// splits; they only ever remove break opportunities, never add one inside an ICU word.

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** One Thai consonant, ก..ฮ (U+0E01..U+0E2E), alone: never a word by itself before more Thai. */
const LONE_CONSONANT = /^[\u0E01-\u0E2E]$/;
/** Thai letters and marks, U+0E01..U+0E5B. */
const THAI = /^[\u0E01-\u0E5B]/;
/**
 * Characters that cannot start a syllable: following vowels ะ า ำ ๅ, vowels and marks above
 * or below ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎, and the repetition and abbreviation signs ๆ ฯ.
 */
const NON_INITIAL = /^[\u0E2F\u0E30-\u0E3A\u0E45-\u0E4E]/;
const THANTHAKHAT_END = /\u0E4C$/;
/** Punctuation that belongs to the word before it. */
const CLOSING = /^[.,:;!?)\]}”’%…»]/;
/** Punctuation that belongs to the word after it. */
const OPENING = /[(\[{“‘«]$/;
/** Glue on both sides unless a space stands beside them: ๒/๒๕๖๖, e-mail, "quoted". */
const JOINING = /^[/\-‐"']$/;
/**
 * Spaces a line may break after. NO-BREAK SPACE (U+00A0) and NARROW NO-BREAK SPACE (U+202F)
 * are left out on purpose; ZERO WIDTH SPACE (U+200B) is a break opportunity with no width.
 */
const BREAKABLE_SPACE = /^[\t\n\r \u1680\u2000-\u200B\u2028\u2029\u205F\u3000]+$/;
/** NO-BREAK SPACE, NARROW NO-BREAK SPACE, WORD JOINER: glue on both sides. */
const NO_BREAK_START = /^[\u00A0\u202F\u2060]/;
const NO_BREAK_END = /[\u00A0\u202F\u2060]$/;

/**
 * Compounds of official Thai that ICU splits and a line should not (หน่วย|งาน, ภาค|รัฐ).
 * A short list of data, not a dictionary: extend it when a report shows a bad break.
 */
export const KEEP_WHOLE: ReadonlySet<string> = new Set([
  'หน่วยงาน',
  'ภาครัฐ',
  'ภาคเอกชน',
  'ปลัดกระทรวง',
  'คณะทำงาน',
  'คณะกรรมการ',
  'งบประมาณ',
  'ผู้อำนวยการ',
  'นายกรัฐมนตรี',
  'ดำเนินงาน',
  'เครื่องมือ',
  'ราชบพิตร',
  'ดำรงราชานุภาพ',
  'คัดเลือก',
  'ต่างประเทศ',
  // Words a number follows: the number is kept with them by a no-break space
  // (keep-with-number.ts), so they must not break inside either (ครั้ง|ที่ ๒).
  'ครั้งที่',
  'วันที่',
  'ลำดับที่',
  'ระเบียบวาระที่',
  'ตัวชี้วัดที่',
  'ส่วนที่',
  'ฉบับที่',
  'เลขที่',
  'หมู่ที่',
  'แผนภูมิที่',
  'ภาพที่',
]);

/** Longest run of ICU segments tried against KEEP_WHOLE. */
const KEEP_WHOLE_MAX_SEGMENTS = 4;

export function isBreakableSpace(text: string): boolean {
  return BREAKABLE_SPACE.test(text);
}

function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/** Joins ICU segments that together spell a KEEP_WHOLE compound, longest match first. */
function joinCompounds(segments: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < segments.length) {
    let taken = 1;
    for (let n = Math.min(KEEP_WHOLE_MAX_SEGMENTS, segments.length - i); n > 1; n--) {
      if (KEEP_WHOLE.has(segments.slice(i, i + n).join(''))) {
        taken = n;
        break;
      }
    }
    out.push(segments.slice(i, i + taken).join(''));
    i += taken;
  }
  return out;
}

/**
 * ICU's words, with ฯ and ๆ segmented on their own: glued to the word before, they make ICU
 * lose the word (สำนักนายกรัฐมนตรีฯ came out as ...รัฐ|มน|ตรีฯ).
 */
function icuSegments(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/([ฯๆ])/)) {
    if (chunk === '') continue;
    for (const s of wordSegmenter.segment(chunk)) out.push(s.segment);
  }
  return out;
}

/** True when no line may break between two pieces that touch with no space between them. */
function mustJoin(left: string, right: string): boolean {
  if ((LONE_CONSONANT.test(left) || left === 'ฯ') && THAI.test(right)) return true;
  if (NON_INITIAL.test(right)) return true;
  if (THANTHAKHAT_END.test(right)) return true;
  if (CLOSING.test(right) || OPENING.test(left)) return true;
  if (JOINING.test(right) || JOINING.test(left.slice(-1))) return true;
  if (NO_BREAK_END.test(left) || NO_BREAK_START.test(right)) return true;
  return false;
}

/**
 * Unbreakable pieces of `text`, each a word (as a line sees it) followed by the spaces after it,
 * so that `segmentWords(text).join('') === text` and a line may break only between pieces.
 * Spaces before the first word stay on the first piece: a line never starts with a space.
 */
export function segmentWords(text: string): string[] {
  const segments = joinCompounds(icuSegments(text));
  // Words and space runs alternate on a stack; a join pops and re-examines the piece before.
  const stack: string[] = [];
  for (const segment of segments) {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      stack.push(segment);
    } else if (isBreakableSpace(segment)) {
      if (isBreakableSpace(top)) stack[stack.length - 1] = top + segment;
      else stack.push(segment);
    } else if (isBreakableSpace(top)) {
      // ๆ keeps to its word even across the customary space: "อื่น ๆ".
      if (segment.startsWith('ๆ') && stack.length >= 2) {
        stack.pop();
        stack[stack.length - 1] = stack[stack.length - 1] + top + segment;
      } else {
        stack.push(segment);
      }
    } else if (mustJoin(top, segment)) {
      let joined = top + segment;
      stack.pop();
      // A name the dictionary failed on ends in a fragment with ์ after a trail of short
      // fragments (อม|รา|ภ|รณ์): pull the short ones in too.
      if (THANTHAKHAT_END.test(segment)) {
        let before = stack[stack.length - 1];
        while (before !== undefined && !isBreakableSpace(before) && THAI.test(before) && graphemeCount(before) <= 2) {
          joined = before + joined;
          stack.pop();
          before = stack[stack.length - 1];
        }
      }
      stack.push(joined);
    } else {
      stack.push(segment);
    }
  }
  // Attach each space run to the word before it.
  const pieces: string[] = [];
  for (const item of stack) {
    const last = pieces.length - 1;
    if (last >= 0 && isBreakableSpace(item)) pieces[last] += item;
    else if (last === 0 && isBreakableSpace(pieces[0] ?? '')) pieces[0] += item;
    else pieces.push(item);
  }
  return pieces;
}

/** String offsets (UTF-16) where a line may break, in increasing order; 0 and text.length excluded. */
export function breakOpportunities(text: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const piece of segmentWords(text)) {
    if (offset > 0) offsets.push(offset);
    offset += piece.length;
  }
  return offsets;
}

/** Grapheme clusters of `text`: where an over-long word may be cut without parting a mark from its letter. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}
