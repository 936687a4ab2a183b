// Where a line of Thai may break. Words come from two dictionaries: ICU's (Intl.Segmenter),
// right on everyday words, and this project's list of the words of government papers
// (dictionary/government-words.ts, plus an office's own list), which ICU gets wrong
// (ผู้อำนวยการก|อง|การ…, ส่ง|เสริม). A paragraph is cut into the fewest words either dictionary
// knows (maximal matching, as libthai does), our words preferred; then breaks that would cut a
// syllable, a name, an abbreviation, an amount in words or punctuation from its word are removed.
// Every step is linear in the text's length (issue 13 item 9).
import { GOVERNMENT_WORDS } from './dictionary/government-words.js';
import { buildTrie, wordEndsAt, type WordTrie } from './dictionary/trie.js';
import { keepWholeSpans } from './names.js';
import { session } from '../session.js';

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
/** Leading vowels เ แ โ ใ ไ (U+0E40..U+0E44): a syllable never ends with one. */
const LEADING_VOWEL = /[\u0E40-\u0E44]$/;
const THANTHAKHAT_END = /\u0E4C$/;
/** Vowels and marks that continue the syllable before them (not ฯ and ๆ, which follow words). */
const CONTINUES_SYLLABLE = /^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;
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

/** A dictionary of words a line must not cut: a trie over them, built once. */
export interface Dictionary {
  trie: WordTrie;
  size: number;
  /** The office's own words alone (its word list): the DOCX keeps these whole with joiners. */
  office?: WordTrie;
}

export function makeDictionary(words: Iterable<string>): Dictionary {
  const list = [...new Set(words)];
  return { trie: buildTrie(list), size: list.length };
}

/** The government words this project ships (dictionary/government-words.ts). */
export const GOVERNMENT_DICTIONARY: Dictionary = makeDictionary(GOVERNMENT_WORDS);

/** The shipped words with an office's own (its dictionary.txt), for one document. */
export function dictionaryWith(words: readonly string[]): Dictionary {
  return words.length === 0 ? GOVERNMENT_DICTIONARY : { ...makeDictionary([...GOVERNMENT_WORDS, ...words]), office: buildTrie([...new Set(words)]) };
}

/** A compound of the shipped list: kept for callers that ask whether a word is kept whole. */
export const KEEP_WHOLE: ReadonlySet<string> = new Set(GOVERNMENT_WORDS);

export function isBreakableSpace(text: string): boolean {
  return BREAKABLE_SPACE.test(text);
}

/**
 * ICU's dictionary breaker takes time growing with the square of a run without spaces (25,000
 * letters: 0.3 s; 100,000: 22 s), so a long run is given to it in windows of this many UTF-16
 * units, each window's boundaries kept up to the last one at least OVERLAP before its end, where
 * the next window starts: the windows agree with ICU on the whole run except near a cut.
 */
const ICU_WINDOW = 800;
const ICU_OVERLAP = 200;

/** Marks `at[offset + b]` for each ICU boundary b of `chunk`, in windows when it is long. */
function markIcu(chunk: string, offset: number, at: Uint8Array): void {
  if (chunk.length <= ICU_WINDOW) {
    for (const s of wordSegmenter.segment(chunk)) at[offset + s.index] = 1;
    return;
  }
  let pos = 0;
  while (pos < chunk.length) {
    const end = Math.min(chunk.length, pos + ICU_WINDOW);
    const limit = end === chunk.length ? end : end - ICU_OVERLAP;
    let cut = pos;
    for (const s of wordSegmenter.segment(chunk.slice(pos, end))) {
      const b = pos + s.index;
      if (b > limit) break;
      at[offset + b] = 1;
      cut = b;
    }
    pos = end === chunk.length ? end : cut > pos ? cut : limit;
    at[offset + pos] = 1;
  }
}

/**
 * ICU's word boundaries, with ฯ and ๆ segmented on their own: glued to the word before, they
 * make ICU lose the word (สำนักนายกรัฐมนตรีฯ came out as ...รัฐ|มน|ตรีฯ). Offsets in `text`.
 */
function icuBoundaries(text: string): Uint8Array {
  const at = new Uint8Array(text.length + 1);
  at[0] = 1;
  at[text.length] = 1;
  const known = icuByChunk();
  let offset = 0;
  for (const chunk of text.split(/([ฯๆ\s])/)) {
    if (chunk === '') continue;
    const cut = chunk.length > MAX_REMEMBERED_CHUNK ? null : known.get(chunk);
    if (cut !== undefined && cut !== null) {
      for (let i = 0; i < cut.length; i++) at[offset + (cut[i] as number)] = 1;
    } else if (cut === null) {
      markIcu(chunk, offset, at);
    } else {
      const own = new Uint8Array(chunk.length + 1);
      markIcu(chunk, 0, own);
      const marks: number[] = [];
      for (let i = 0; i <= chunk.length; i++) if (own[i] === 1) marks.push(i);
      if (known.size >= MAX_REMEMBERED_CHUNKS) known.clear();
      known.set(chunk, Uint16Array.from(marks));
      for (const b of marks) at[offset + b] = 1;
    }
    offset += chunk.length;
    at[offset] = 1;
  }
  return at;
}

/**
 * ICU's boundaries of a chunk (the text between two spaces, ฯ or ๆ), by its text, for the
 * process: Intl.Segmenter was the dearest step of both writers (profiled: ~40 ms of a watch
 * round), each text was segmented two or three times (the DOCX's joiners, its words, the PDF's
 * lines), and reports repeat their words, names and phrases. ICU's answer for a chunk does not
 * depend on the dictionary or on the chunk's neighbours. Emptied when full; long chunks (runs
 * without spaces, which ICU takes in windows) are not kept.
 */
const icuByChunk = () => session().map<string, Uint16Array>('thai/icu-chunks', { scope: 'tool' });
const MAX_REMEMBERED_CHUNKS = 10_000;
/** At most 10,000 chunks of 400 UTF-16 units: a few MB a thread even in the worst case. */
const MAX_REMEMBERED_CHUNK = 400;

/** Offsets where ICU (Intl.Segmenter, as LibreOffice's breaker) sees a word boundary, 0 and the end included. */
export function icuWordBoundaries(text: string): number[] {
  const at = icuBoundaries(text);
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++) if (at[i] === 1) out.push(i);
  return out;
}

/** Cost of a word of our dictionary against one of ICU's: ours wins a tie. */
const DICTIONARY_WORD_COST = 9;
const ICU_WORD_COST = 10;
/**
 * Cost of part of an ICU word, cut where one of our words starts or ends inside it: ICU glues a
 * word to the start of the next (ตามพ|ระ|ราช|บัญญัติ, ผู้|อำนวย|การก|อง), and the part left
 * over is then a word of its own (ตาม|พระราชบัญญัติ). Dearer than a whole ICU word, so it is
 * used only where our word saves more.
 */
const ICU_PART_COST = 13;

/** A part of an ICU word that may stand as a word: two clusters or more, no dangling vowel. */
function isWordPart(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (LEADING_VOWEL.test(text.charAt(to - 1))) return false;
  if (to < text.length && CONTINUES_SYLLABLE.test(text.charAt(to))) return false;
  return THAI.test(text.charAt(from)) && !NON_INITIAL.test(text.charAt(from));
}

/**
 * Boundaries of the cheapest cut of `text` into words: ICU's words (from an ICU boundary to the
 * next) and our dictionary's (from any boundary reached), fewest words first. A dictionary word
 * must not end where the next character continues the syllable (การ in การ์ด). `wholeAllowed`
 * false: no dictionary word may span the whole text (to part a word too long for its line).
 */
function wordBoundaries(text: string, dictionary: Dictionary, wholeAllowed = true): number[] {
  const n = text.length;
  const wordEnd = text.trimEnd().length;
  const icu = icuBoundaries(text);
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  // The ICU boundary at or before, and after, each offset.
  const prevIcu = new Int32Array(n + 1);
  const nextIcu = new Int32Array(n + 1);
  for (let i = 0, last = 0; i <= n; i++) {
    if (icu[i] === 1) last = i;
    prevIcu[i] = last;
  }
  for (let i = n, next = n; i >= 0; i--) {
    nextIcu[i] = next;
    if (icu[i] === 1) next = i;
  }
  const relax = (p: number, q: number, c: number) => {
    if (c < (cost[q] as number)) {
      cost[q] = c;
      from[q] = p;
    }
  };
  for (let p = 0; p <= n; p++) {
    // Our words starting inside an ICU word: reach p from that word's start.
    const starts = p < n && icu[p] !== 1 ? wordEndsAt(dictionary.trie, text, p) : [];
    if (starts.length > 0) {
      const a = prevIcu[p] as number;
      if ((cost[a] as number) < Number.POSITIVE_INFINITY && isWordPart(text, a, p)) relax(a, p, (cost[a] as number) + ICU_PART_COST);
    }
    const here = cost[p] as number;
    if (here === Number.POSITIVE_INFINITY || p === n) continue;
    if (icu[p] === 1) relax(p, nextIcu[p] as number, here + ICU_WORD_COST);
    else if (isWordPart(text, p, nextIcu[p] as number)) relax(p, nextIcu[p] as number, here + ICU_PART_COST);
    for (const q of starts.length > 0 ? starts : wordEndsAt(dictionary.trie, text, p)) {
      if (q < n && CONTINUES_SYLLABLE.test(text.charAt(q))) continue;
      if (!wholeAllowed && p === 0 && q >= wordEnd) continue;
      relax(p, q, here + DICTIONARY_WORD_COST);
    }
  }
  const cuts: number[] = [];
  for (let q = n; q > 0; q = from[q] as number) cuts.push(q);
  cuts.push(0);
  return cuts.reverse();
}

/**
 * Where a piece too long for its line may be parted: the words it is made of (a compound of our
 * dictionary in its parts, a name at its space), best first; empty when it is one word.
 */
export function partOffsets(text: string, dictionary: Dictionary = GOVERNMENT_DICTIONARY): number[] {
  const cuts = wordBoundaries(text, dictionary, false);
  // A short compound among the parts (ปลัดกระทรวง in ปลัด|กระทรวง|มหาดไทย) stays whole.
  const isCut = new Set(cuts);
  const drop = new Set<number>();
  for (const s of cuts) {
    for (const q of wordEndsAt(dictionary.trie, text, s)) {
      if (q - s >= SHORT_COMPOUND || !isCut.has(q) || (s === 0 && q >= text.trimEnd().length)) continue;
      for (let o = s + 1; o < q; o++) if (isCut.has(o)) drop.add(o);
    }
  }
  return cuts.slice(1, -1).filter((o) => !drop.has(o));
}

/** Compounds shorter than this (UTF-16 units) are never parted, not even to fill a line. */
export const SHORT_COMPOUND = 14;

/** True when no line may break between two pieces that touch with no space between them. */
function mustJoin(left: string, right: string): boolean {
  if ((LONE_CONSONANT.test(left) || left === 'ฯ') && THAI.test(right)) return true;
  if (LEADING_VOWEL.test(left)) return true;
  if (NON_INITIAL.test(right)) return true;
  if (THANTHAKHAT_END.test(right)) return true;
  if (CLOSING.test(right) || OPENING.test(left)) return true;
  if (JOINING.test(right) || JOINING.test(left.slice(-1))) return true;
  if (NO_BREAK_END.test(left) || NO_BREAK_START.test(right)) return true;
  return false;
}

/** An unbreakable piece of a text: a word as a line sees it and the spaces after it. */
export interface WordPiece {
  text: string;
  /**
   * Holds a name, an abbreviation or an amount in words: parted only when it cannot fit a line
   * at all, never to fill one (a compound of our dictionary may part at its words to fill a line).
   */
  kept: boolean;
}

interface Item {
  start: number;
  end: number;
  /** Start of the last word in the item: what the rules compare with the next word. */
  lastStart: number;
  space: boolean;
  kept: boolean;
}

/**
 * Unbreakable pieces of `text` with where each may be parted if it cannot fit a line:
 * `pieces.map(p => p.text).join('') === text`. Spaces before the first word stay on the first
 * piece: a line never starts with a space.
 */
export function segmentPieces(text: string, dictionary: Dictionary = GOVERNMENT_DICTIONARY): WordPiece[] {
  if (text === '') return [];
  const cuts = wordBoundaries(text, dictionary);
  // No break inside a name, an abbreviation or an amount: offsets strictly inside a span.
  const keep = new Uint8Array(text.length + 1);
  for (const span of keepWholeSpans(text)) for (let i = span.start + 1; i < span.end; i++) keep[i] = 1;
  // Nor inside a word of the office's own list, however long: the office listed it to keep it
  // whole (กรมพัฒนาฝีมือแรงงาน was parted at its words to fill a line, as a long compound of
  // the shipped dictionary may be).
  const listed = new Uint8Array(text.length + 1);
  const office = dictionary.office;
  if (office !== undefined) {
    const isCut = new Set(cuts);
    for (const start of cuts) {
      for (const end of wordEndsAt(office, text, start)) {
        if (!isCut.has(end)) continue;
        listed[start] = 1;
        for (let i = start + 1; i < end; i++) keep[i] = 1;
      }
    }
  }

  const stack: Item[] = [];
  const wordOf = (item: Item) => text.slice(item.lastStart, item.end);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const start = cuts[c] as number;
    const end = cuts[c + 1] as number;
    const segment = text.slice(start, end);
    const space = isBreakableSpace(segment);
    const top = stack[stack.length - 1];
    const item: Item = { start, end, lastStart: start, space, kept: listed[start] === 1 };
    if (top === undefined) {
      stack.push(item);
      continue;
    }
    if (keep[start] === 1) {
      // Inside a kept span: joined whatever the pieces are.
      top.kept = true;
      top.end = end;
      if (!space) top.lastStart = start;
      top.space = top.space && space;
      continue;
    }
    if (space) {
      if (top.space) top.end = end;
      else stack.push(item);
      continue;
    }
    if (top.space) {
      // ๆ keeps to its word even across the customary space: "อื่น ๆ".
      const before = stack[stack.length - 2];
      if (segment.startsWith('ๆ') && before !== undefined) {
        stack.pop();
        before.end = end;
        before.lastStart = start;
      } else {
        stack.push(item);
      }
      continue;
    }
    if (mustJoin(wordOf(top), segment)) {
      top.end = end;
      top.lastStart = start;
      top.kept = top.kept || item.kept;
      // A name the dictionary failed on ends in a fragment with ์ after a trail of short
      // fragments (อม|รา|ภ|รณ์): pull the short ones in too.
      if (THANTHAKHAT_END.test(segment)) {
        let merged = stack.pop() as Item;
        let prev = stack[stack.length - 1];
        while (prev !== undefined && !prev.space && prev.end - prev.start <= 6 && THAI.test(text.charAt(prev.start)) && graphemeCount(text.slice(prev.start, prev.end)) <= 2) {
          stack.pop();
          merged = { ...merged, start: prev.start, kept: merged.kept || prev.kept };
          prev = stack[stack.length - 1];
        }
        stack.push(merged);
      }
      continue;
    }
    stack.push(item);
  }
  // Attach each space run to the word before it.
  const pieces: WordPiece[] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  let kept = false;
  const close = () => {
    if (pieceStart >= 0) pieces.push({ text: text.slice(pieceStart, pieceEnd), kept });
  };
  for (const item of stack) {
    if (pieceStart >= 0 && (item.space || (pieces.length === 0 && isBreakableSpace(text.slice(pieceStart, pieceEnd))))) {
      kept = kept || item.kept;
      pieceEnd = item.end;
      continue;
    }
    close();
    pieceStart = item.start;
    pieceEnd = item.end;
    kept = item.kept;
  }
  close();
  return pieces;
}

function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/**
 * Unbreakable pieces of `text`, each a word (as a line sees it) followed by the spaces after it,
 * so that `segmentWords(text).join('') === text` and a line may break only between pieces.
 */
export function segmentWords(text: string, dictionary: Dictionary = GOVERNMENT_DICTIONARY): string[] {
  return segmentPieces(text, dictionary).map((p) => p.text);
}

/** String offsets (UTF-16) where a line may break, in increasing order; 0 and text.length excluded. */
export function breakOpportunities(text: string, dictionary: Dictionary = GOVERNMENT_DICTIONARY): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const piece of segmentWords(text, dictionary)) {
    if (offset > 0) offsets.push(offset);
    offset += piece.length;
  }
  return offsets;
}

/** Text whose clusters the fast path below knows: printable ASCII, Latin-1 and Thai. */
const SIMPLE_TEXT = /^[\u0020-\u007E\u00A0-\u00FF\u0E01-\u0E5B]*$/;
/** Thai marks that join the cluster before them: ั, ำ, ิ..ฺ, ็..๎ (Unicode Extend and SpacingMark). */
const JOINS_CLUSTER = /[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/;

/** Grapheme clusters of `text`: where an over-long word may be cut without parting a mark from its letter. */
export function graphemes(text: string): string[] {
  // Intl.Segmenter is the dearest step of laying out a justified line; for Thai and Latin
  // text the clusters are a letter and the marks after it (UAX #29 GB9, GB9a).
  if (!SIMPLE_TEXT.test(text)) return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || !JOINS_CLUSTER.test(text.charAt(i))) {
      out.push(text.slice(start, i));
      start = i;
    }
  }
  return out;
}
