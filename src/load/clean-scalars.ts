// Applies the Thai text hygiene to every scalar of a file and reports each fix where it was
// written: the changed characters are found again in the source, so a fix inside a block
// scalar or a quoted string gets its own line and column.
import type { Position, Reporter } from '../i18n/reporter.js';
import type { LineIndex } from './line-index.js';
import { cleanText, codePoints, type TextFix } from './text-hygiene.js';

/** Past this many fixes in one file, the rest are counted in one warning. */
export const MAX_FIX_REPORTS = 20;

export class ScalarCleaner {
  private reported = 0;
  private unreported = 0;
  private firstUnreported: Position | null = null;

  /**
   * @param parsed the text the parser read (raw controls replaced one for one)
   * @param original the file's text, to name a control character the parser never saw
   */
  constructor(
    private readonly parsed: string,
    private readonly original: string,
    private readonly lines: LineIndex,
    private readonly reporter: Reporter,
  ) {}

  /** The value cleaned; `start`–`end` is where the scalar was written. */
  clean(value: string, start: number, end: number): string {
    // Past the fixes shown one by one, only the first position of the rest is needed.
    const wanted = Math.max(0, MAX_FIX_REPORTS - this.reported) + (this.firstUnreported === null ? 1 : 0);
    const { value: cleaned, fixes, more } = cleanText(value, wanted);
    this.unreported += more;
    if (fixes.length === 0) return cleaned;
    const written = this.parsed.slice(start, end);
    let cursor = 0;
    let previous: { fix: TextFix; offset: number } | null = null;
    for (const fix of fixes) {
      let offset: number;
      const inside = previous !== null && fix.index >= previous.fix.index && fix.index < previous.fix.index + previous.fix.span.length;
      if (previous !== null && inside) {
        // A later step on the same characters, or the marks after a ำ moved before them.
        offset = previous.offset + (fix.index - previous.fix.index);
      } else {
        // Not found: written as an escape ("\u200b") in a quoted string; point at the value,
        // and stop looking, so a value full of escapes costs one pass.
        const found = cursor < 0 ? -1 : written.indexOf(fix.span, cursor);
        offset = found >= 0 ? start + found : start;
        cursor = found >= 0 ? found + fix.span.length : -1;
      }
      previous = { fix, offset };
      this.report(fix, offset, !this.parsed.startsWith(fix.span, offset));
    }
    return cleaned;
  }

  /** The count of fixes not shown one by one. */
  finish(): void {
    if (this.unreported > 0) this.reporter.warn('TEXT_MORE_FIXES', this.firstUnreported, { count: this.unreported });
  }

  private report(fix: TextFix, offset: number, escaped: boolean): void {
    if (this.reported >= MAX_FIX_REPORTS) {
      this.unreported++;
      this.firstUnreported ??= this.lines.position(offset);
      return;
    }
    const at = this.lines.position(offset);
    this.reported++;
    switch (fix.code) {
      case 'TEXT_ZERO_WIDTH':
        this.reporter.warn(fix.code, at, { chars: distinctCodePoints(fix.span), count: fix.span.length });
        break;
      case 'TEXT_CONTROL': {
        // The parser saw a placeholder where the file holds the control character itself.
        const written = escaped ? fix.span : this.original.slice(offset, offset + fix.span.length);
        this.reporter.warn(fix.code, at, { chars: distinctCodePoints(written), count: fix.span.length });
        break;
      }
      default: {
        const before = shorten(fix.before);
        const after = shorten(fix.after);
        this.reporter.warn(fix.code, at, { before, after, codes: `${codePoints(before)} → ${codePoints(after)}` });
      }
    }
  }
}

/** The characters of a run, each named once (from its start: a run may be a million long). */
function distinctCodePoints(text: string): string {
  return codePoints([...new Set(text.slice(0, 64))].join(''));
}

/** A run of a thousand marks is shown by its start. */
function shorten(text: string): string {
  const chars = [...text.slice(0, 16)];
  return chars.length > 8 ? `${chars.slice(0, 8).join('')}…` : chars.join('');
}
