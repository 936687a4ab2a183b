// Word and LibreOffice break Thai lines with their own dictionaries, which part names
// (ทรง|อาวุธ, นาย|วีระพงษ์) and compounds (เร่ง|ด่วน, กองค|ลัง). A DOCX can carry no dictionary, so
// inside a name, an abbreviation, an amount in words and a word of the office's own list the
// DOCX text gets U+FEFF ZERO WIDTH NO-BREAK SPACE between every two grapheme clusters: zero
// width, no glyph, and "no line break here" (Unicode: in mid-text it is a word joiner). Placed
// only between clusters, so shaping is untouched. The document model's text (and the PDF
// writer's) is never changed.
//
// No character keeps a word whole and leaves it to a search; so the shipped dictionary's words
// get none, and the names do. Measured through LibreOffice 7.4 for each candidate
// (test/libreoffice/joiner-candidates.test.ts, Writer's own line ends and its Find):
//   U+FEFF  whole inside Thai words and beside a space; Find (API, Find & Replace dialog with
//           its defaults, diacritics ignored) finds nothing; LibreOffice's PDF text drops it.
//   U+2060, U+200D  whole inside Thai words, not beside a space; Find finds nothing; the PDF's
//           text keeps U+200D (Word's own "No-Width Non Break" is U+200D).
//   U+034F  whole inside Thai words, not beside a space; found only with diacritics ignored
//           (the dialog with "Diacritic-sensitive" off, its default on; the Find toolbar when
//           complex text layout is on, by its source), never by the API; the PDF's text keeps it.
//   U+FEFF in a hidden run (w:vanish)  whole inside Thai words, not beside a space; found by no Find.
// LibreOffice's Find matches the paragraph's text less only soft hyphens and field placeholders
// (sw/source/core/crsr/findtxt.cxx, lcl_CleanStr); Word documents no Find option that looks past
// a character inside a word (its diacritic and kashida options are for right-to-left text).
import { GOVERNMENT_DICTIONARY, graphemes, partOffsets, segmentPieces, SHORT_COMPOUND, type Dictionary } from '../../thai/word-break.js';
import { wordEndsAt } from '../../thai/dictionary/trie.js';
import { keepWholeSpans } from '../../thai/names.js';
import { session } from '../../session.js';

export const NO_BREAK_JOINER = '\uFEFF';

/**
 * joinerOffsets by text, for the shipped dictionary, shared by every document of the process
 * (as the PDF's words are, line-layout.ts): a watch round renders the same paragraphs again,
 * and a report repeats its headings and names. Emptied when full; long texts are not kept.
 */
const joinersByText = () => session().map<string, readonly number[]>('docx/joiners', { scope: 'tool' });
/** At most 2,000 texts of 2,000 UTF-16 units (a meeting has a few hundred): a few MB a thread at worst. */
const MAX_REMEMBERED = 2_000;
const MAX_REMEMBERED_LENGTH = 2_000;

/** Offsets of `text` where a joiner goes: no break by our breaker, but one by another's. */
export function joinerOffsets(text: string, dictionary: Dictionary = GOVERNMENT_DICTIONARY): number[] {
  if (!/[\u0E01-\u0E5B]/.test(text)) return [];
  if (dictionary !== GOVERNMENT_DICTIONARY || text.length > MAX_REMEMBERED_LENGTH) return findJoinerOffsets(text, dictionary);
  const known = joinersByText();
  let offsets = known.get(text);
  if (offsets === undefined) {
    offsets = findJoinerOffsets(text, dictionary);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(text, offsets);
  }
  return [...offsets];
}

function findJoinerOffsets(text: string, dictionary: Dictionary): number[] {
  const at = new Set<number>();
  const clusters = (from: number, to: number) => {
    let o = from;
    for (const cluster of graphemes(text.slice(from, to))) {
      if (o > from) at.add(o);
      o += cluster.length;
    }
  };
  // The words our breaker keeps whole; a long compound (an office's name) in its parts, as
  // the PDF may part it to fill a line.
  const units: Array<[number, number]> = [];
  const addUnit = (from: number, to: number, depth: number) => {
    const word = text.slice(from, to);
    if (depth >= 4 || word.trimEnd().length < SHORT_COMPOUND) {
      units.push([from, to]);
      return;
    }
    let start = from;
    for (const o of [...partOffsets(word, dictionary), word.length]) {
      addUnit(start, from + o, depth + 1);
      start = from + o;
    }
  };
  let offset = 0;
  for (const piece of segmentPieces(text, dictionary)) {
    if (piece.kept) units.push([offset, offset + piece.text.length]);
    else addUnit(offset, offset + piece.text.length, 0);
    offset += piece.text.length;
  }
  // A word of the office's own list: the office asked for it whole, in the DOCX too, between
  // every two clusters. The shipped list gets no joiners: a joiner inside a word hides it from a
  // search in Word and LibreOffice (LibreOffice's Find matched none of 7 common words of a
  // meeting with them, all without), and a copy of the text carries them out; LibreOffice may
  // then part a compound between its words (หน่วย|งาน), never inside one by that measure.
  const office = dictionary.office;
  if (office !== undefined) {
    const ends = new Set(units.map(([from, to]) => from + text.slice(from, to).trimEnd().length));
    for (const [from] of units) for (const end of wordEndsAt(office, text, from)) if (ends.has(end)) clusters(from, end);
  }
  // Inside a name, an abbreviation or an amount: between every two clusters, and on both
  // sides of its spaces, so that no breaker of any dictionary parts it.
  for (const span of keepWholeSpans(text)) clusters(span.start, span.end);
  return [...at].sort((x, y) => x - y);
}

/**
 * Spaces inside an amount in words with its figure (๑๒๕,๕๐๐.๗๕ บาท (หนึ่งแสน…)) as no-break
 * spaces: LibreOffice breaks before an opening parenthesis after a space even between joiners.
 */
function amountSpaces(text: string): string {
  const spans = keepWholeSpans(text).filter((s) => s.kind === 'amount');
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.start) + text.slice(span.start, span.end).replace(/ /g, '\u00A0');
    from = span.end;
  }
  return out + text.slice(from);
}

/**
 * The texts of one paragraph's runs with joiners inserted, judged on their concatenation so a
 * name split across runs (<b>นาย</b>วีระพงษ์) is still kept whole.
 */
export function withJoiners(texts: readonly string[], dictionary?: Dictionary): string[] {
  const joined = amountSpaces(texts.join(''));
  const offsets = joinerOffsets(joined, dictionary);
  if (offsets.length === 0 && joined === texts.join('')) return [...texts];
  const out: string[] = [];
  let start = 0;
  let k = 0;
  for (const text of texts) {
    const end = start + text.length;
    let piece = '';
    let from = start;
    while (k < offsets.length && (offsets[k] as number) < end) {
      const o = offsets[k] as number;
      if (o > start) {
        piece += joined.slice(from, o) + NO_BREAK_JOINER;
        from = o;
      }
      k++;
    }
    out.push(piece + joined.slice(from, end));
    start = end;
  }
  // Joiners exactly at a run boundary: prefix of the next run.
  let s = 0;
  const boundaryJoiners = new Set(offsets);
  for (let i = 0; i + 1 < texts.length; i++) {
    s += (texts[i] as string).length;
    if (boundaryJoiners.has(s) && (texts[i] as string).length > 0) out[i + 1] = NO_BREAK_JOINER + (out[i + 1] as string);
  }
  return out;
}
