// An office's own word list (minutes.config.yaml `words: words.txt`): the names of its divisions,
// projects and set phrases that the line breaker must not cut, in both writers (the PDF's line
// breaks, the DOCX's joiners). One word a line, UTF-8; blank lines and lines starting with # are
// skipped. Each entry that cannot be a word is an error at its line and column of the file.

/** The largest word list read: a few thousand words is some 100 KB. */
export const MAX_WORD_LIST_BYTES = 1024 * 1024;

/** Longest entry, in characters: the longest office name of the shipped dictionary is under 60. */
export const MAX_WORD_LENGTH = 80;

/** What a word of the list may hold: Thai letters, vowels, tone marks and digits, and the full stop of an abbreviation. */
const WORD_CHAR = /[\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59.]/u;

export interface WordListProblem {
  /** 1-based, in characters. */
  line: number;
  column: number;
  kind: 'character' | 'too-long';
  /** The entry as written (trimmed), and for `character` the character that cannot be in a word. */
  entry: string;
  char?: string;
}

export interface WordList {
  words: string[];
  problems: WordListProblem[];
}

/** The words of a list's text; entries are trimmed, written once each in the order given. */
export function parseWordList(text: string): WordList {
  const words: string[] = [];
  const seen = new Set<string>();
  const problems: WordListProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const lead = raw.length - raw.trimStart().length;
    const entry = raw.trim().normalize('NFC');
    if (entry === '' || entry.startsWith('#')) return;
    const chars = Array.from(entry);
    const bad = chars.findIndex((c) => !WORD_CHAR.test(c));
    if (bad >= 0) {
      problems.push({ line, column: Array.from(raw.slice(0, lead)).length + bad + 1, kind: 'character', entry, char: chars[bad] as string });
      return;
    }
    if (chars.length > MAX_WORD_LENGTH) {
      problems.push({ line, column: Array.from(raw.slice(0, lead)).length + MAX_WORD_LENGTH + 1, kind: 'too-long', entry });
      return;
    }
    if (!seen.has(entry)) {
      seen.add(entry);
      words.push(entry);
    }
  });
  return { words, problems };
}

/** What reports a word list's problems: at the configuration's `words` line, or at a line of the list. */
export interface WordListReporters {
  /** A problem of the file itself (missing, outside the folder, not text), at the `words` key. */
  file: (problem: 'not-utf8') => void;
  /** A problem of one entry, at its line and column of the list. */
  entry: (problem: WordListProblem) => void;
}

/** The words of a list's bytes, every problem reported; null when the file is not UTF-8 text. */
export function readWordList(bytes: Uint8Array, report: WordListReporters): string[] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report.file('not-utf8');
    return null;
  }
  const list = parseWordList(text);
  for (const problem of list.problems) report.entry(problem);
  return list.words;
}
