// Thai text hygiene: characters typed in an order that renders wrongly, doubled marks,
// ํ + า typed for ำ, invisible and control characters. One left-to-right pass over a value,
// linear in its length; each fix is returned so the caller can say what was changed and where.

export type FixCode = 'TEXT_MARK_ORDER' | 'TEXT_DOUBLED_MARK' | 'TEXT_SARA_AM' | 'TEXT_ZERO_WIDTH' | 'TEXT_CONTROL';

export interface TextFix {
  code: FixCode;
  /** Index in the original value of the first character changed. */
  index: number;
  /** The characters changed, exactly as in the original value (found again in the source). */
  span: string;
  /** A readable before → after: the changed characters with the letter they sit on. */
  before: string;
  after: string;
}

export interface CleanedText {
  value: string;
  /** The first fixes, in order, up to the limit asked for. */
  fixes: TextFix[];
  /** How many more fixes were made past the limit. */
  more: number;
}

const SARA_AA = '\u0e32';
const SARA_AM = '\u0e33';
const NIKHAHIT = '\u0e4d';

/** Vowels above and below a consonant, and mai tai khu: typed before a tone mark. */
const isVowelMark = (c: number): boolean => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e47;
const isTone = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4b;
/** Every Thai combining mark: vowels above and below, tones, thanthakhat, nikhahit, yamakkan. */
const isMark = (c: number): boolean => isVowelMark(c) || (c >= 0x0e48 && c <= 0x0e4e);
/** Zero-width space, non-joiner, joiner, word joiner, BOM: pasted from LINE or Word, invisible, never meant. */
const isZeroWidth = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;

/**
 * C0 and C1 controls other than tab and line feed, DEL, lone surrogates and the noncharacters
 * (U+FDD0–U+FDEF, U+FFFE, U+FFFF; U+FDD0 also stands in for a raw control character the loader
 * hid from the YAML parser, see hideControls).
 */
function isControlAt(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  if (c < 0x20) return c !== 0x09 && c !== 0x0a;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return true;
  if (c >= 0xd800 && c <= 0xdbff) return !isLowSurrogate(value.charCodeAt(i + 1));
  if (isLowSurrogate(c)) return !(value.charCodeAt(i - 1) >= 0xd800 && value.charCodeAt(i - 1) <= 0xdbff);
  return (c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Anything worth a full pass; most values hold none of it and are returned at once. */
const SUSPECT = new RegExp(
  [
    '[\\u0e48-\\u0e4b][\\u0e31\\u0e34-\\u0e3a\\u0e47]', // tone before a vowel
    '([\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e])\\1', // a mark twice
    '\\u0e4d', // nikhahit (ํ + า for ำ)
    '\\u0e33[\\u0e48-\\u0e4b]', // ำ before its tone
    '[\\u200b-\\u200d\\u2060\\ufeff]',
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff\\ud800-\\udfff]',
  ].join('|'),
);

/** What the loader puts in place of a raw control character, so the YAML parser accepts the file. */
export const CONTROL_PLACEHOLDER = '\ufdd0';

/** Raw control characters YAML refuses (any but tab and line ends), replaced one for one, so offsets stay. */
export function hideControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, CONTROL_PLACEHOLDER);
}

/** Collects fixes up to a limit and counts the rest: a hostile value may hold a million. */
class Fixes {
  readonly list: TextFix[] = [];
  more = 0;
  constructor(private readonly limit: number) {}

  add(code: FixCode, index: number, span: string, before: () => string, after: () => string): void {
    if (this.list.length < this.limit) this.list.push({ code, index, span, before: before(), after: after() });
    else this.more++;
  }
}

export function cleanText(value: string, limit = Number.POSITIVE_INFINITY): CleanedText {
  if (!SUSPECT.test(value)) return { value, fixes: [], more: 0 };
  const fixes = new Fixes(limit);
  // The pieces of the result, joined once at the end: `out +=` made a rope of a node per fix,
  // which the collector walked again and again (4× the text took 14× as long, measured).
  const out: string[] = [];
  let copied = 0; // value[copied, i) is unchanged and not yet in `out`
  let lastFixed = ''; // the last character `out` ends with, when out was just written
  const base = (start: number): string => (copied < start ? (value[start - 1] as string) : lastFixed);
  const replace = (start: number, end: number, text: string, baseBefore: string): void => {
    if (copied < start) out.push(value.slice(copied, start));
    if (text !== '') out.push(text);
    copied = end;
    lastFixed = text === '' ? baseBefore : (text[text.length - 1] as string);
  };

  let i = 0;
  while (i < value.length) {
    const c = value.charCodeAt(i);
    const start = i;
    if (isZeroWidth(c) || isControlAt(value, i)) {
      const zeroWidth = isZeroWidth(c);
      while (i < value.length && (zeroWidth ? isZeroWidth(value.charCodeAt(i)) : isControlAt(value, i))) i++;
      const span = value.slice(start, i);
      const before = base(start);
      fixes.add(zeroWidth ? 'TEXT_ZERO_WIDTH' : 'TEXT_CONTROL', start, span, () => span, () => '');
      replace(start, i, '', before);
    } else if (isMark(c)) {
      while (i < value.length && isMark(value.charCodeAt(i))) i++;
      if (value[i] === SARA_AA && value.slice(start, i).includes(NIKHAHIT)) i++;
      const run = value.slice(start, i);
      const fixed = fixRun(run, start, base(start), fixes);
      if (fixed !== run) replace(start, i, fixed, base(start));
    } else if (value[i] === SARA_AM && isTone(value.charCodeAt(i + 1))) {
      // ำ typed before its tone (น ำ ้): the tone belongs on the consonant, before ำ.
      i++;
      while (i < value.length && isMark(value.charCodeAt(i))) i++;
      const letter = base(start);
      const marks = fixRun(value.slice(start + 1, i), start + 1, letter, fixes);
      fixes.add('TEXT_MARK_ORDER', start, value.slice(start, i), () => letter + SARA_AM + marks, () => letter + marks + SARA_AM);
      replace(start, i, marks + SARA_AM, letter);
    } else {
      i++;
    }
  }
  out.push(value.slice(copied));
  // The fix of ำ and its tone is found before the fixes of the marks after it.
  fixes.list.sort((a, b) => a.index - b.index);
  return { value: out.join(''), fixes: fixes.list, more: fixes.more };
}

/** One run of marks (and the า of a ํ + า), fixed in three steps; each step that changes something is one fix. */
function fixRun(run: string, index: number, base: string, fixes: Fixes): string {
  if (run.length === 1 && run !== NIKHAHIT) return run;
  let current = run;
  const step = (code: FixCode, next: string): void => {
    if (next === current) return;
    const before = current;
    fixes.add(code, index, run, () => base + before, () => base + next);
    current = next;
  };
  // ก่ิ → กิ่: vowels above and below come before the tone; other marks keep their order.
  let toneSeen = false;
  let misordered = false;
  for (let k = 0; k < current.length && !misordered; k++) {
    const c = current.charCodeAt(k);
    if (isTone(c)) toneSeen = true;
    else if (toneSeen && isVowelMark(c)) misordered = true;
  }
  if (misordered) {
    let vowels = '';
    let others = '';
    for (const m of current) {
      if (isVowelMark(m.charCodeAt(0))) vowels += m;
      else others += m;
    }
    step('TEXT_MARK_ORDER', vowels + others);
  }
  // น้้ำ → น้ำ: the same mark twice in a row (after ordering: ี่ี → ีี่ → ี่).
  let deduped = '';
  for (let k = 0; k < current.length; k++) if (current[k] !== current[k - 1]) deduped += current[k];
  step('TEXT_DOUBLED_MARK', deduped);
  // นํ้า → น้ำ: nikhahit and sara aa, with or without a tone between, are sara am.
  if (current.endsWith(SARA_AA) && current.includes(NIKHAHIT)) {
    step('TEXT_SARA_AM', `${current.slice(0, -1).replace(NIKHAHIT, '')}${SARA_AM}`);
  }
  return current;
}

/** U+200B, U+0E48 …: how a message names characters nobody can see. */
export function codePoints(text: string): string {
  return [...text].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
