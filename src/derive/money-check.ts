// Every amount of money the clerk wrote, in any text field of any kind, checked against the
// words written after it: a mismatch is an error at the words' own line and column.
import type { LoadedYaml } from '../load/load-yaml.js';
import type { Path } from '../load/to-plain.js';
import type { Reporter } from '../i18n/reporter.js';
import { checkBahtWords, findMoney } from '../thai/money.js';

/**
 * Where the character at `index` of a scalar was written: exact for a scalar written as it
 * reads (plain, or quoted without escapes, on one line); otherwise the first place its
 * surroundings occur after the scalar's start, else the scalar's own position.
 */
function offsetOf(source: LoadedYaml, path: Path, value: string, index: number, piece: string): number {
  const start = source.positions.get(path)?.valueOffset ?? 0;
  for (const skip of [0, 1]) {
    if (source.text.startsWith(value, start + skip)) return start + skip + index;
  }
  const at = source.text.indexOf(piece, start);
  return at < 0 ? start : at + 1;
}

export function checkMoney(source: LoadedYaml, reporter: Reporter): void {
  const walk = (value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      for (const amount of findMoney(value)) {
        if (amount.words === null) continue;
        const check = checkBahtWords(amount.value, amount.words.text);
        if (check.ok === true) continue;
        const position = source.lines.position(offsetOf(source, path, value, amount.words.index, `(${amount.words.text})`));
        if (check.ok === 'too-large') reporter.error('MONEY_TOO_LARGE', position, { amount: amount.figure });
        else reporter.error('MONEY_WORDS_MISMATCH', position, { words: amount.words.text, amount: amount.figure, expected: check.expected });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(source.value, []);
}
