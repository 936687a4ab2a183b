// Inlines → docx runs. One model TextRun is one w:r, so no run boundary can fall
// inside a Thai word; every run names the font and size for both scripts.
import { TextRun, UnderlineType, type IRunOptions } from 'docx';
import type { Inline } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { withJoiners } from './keep-whole.js';
import { ptToHalfPoints } from './units.js';

/** Thai block U+0E00–U+0E7F: a run holding any of it is complex script. */
export const THAI = /[\u0E00-\u0E7F]/;

export interface RunOverrides {
  sizePt?: number;
  /** Bold regardless of the inline (table header cells). */
  bold?: boolean;
  /** Joiners where a line must not break (keep-whole.ts); default true. */
  joiners?: boolean;
}

/** Font and size of a run, with the complex-script twins docx writes for them (cs font, szCs). */
export function fontRunOptions(ctx: DocxContext, sizePt?: number): Pick<IRunOptions, 'font' | 'size'> {
  return { font: ctx.font.family, size: ptToHalfPoints(sizePt ?? ctx.font.sizePt) };
}

/**
 * Splits text where the script changes: Thai (with the spaces, digits and punctuation between
 * Thai letters) and everything else. A Thai word is never cut (a cut falls only beside a non-Thai
 * letter); Latin runs are then left unmarked by <w:cs/>, so Word proofs "Integrity and
 * Transparency Assessment" as English (sayam/thai-docx-skill ADR 0039). Neutral characters go
 * with the run before them.
 */
export function splitByScript(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let script: Script | null = null;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number;
    const strong = scriptOf(code);
    if (strong !== null && script !== null && strong !== script) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (strong !== null) script = strong;
    i += code > 0xffff ? 2 : 1;
  }
  if (start < text.length || out.length === 0) out.push(text.slice(start));
  return out;
}

type Script = 'thai' | 'other';

/** A letter or mark's script, null for a neutral character; by code point, with no string per character. */
function scriptOf(code: number): Script | null {
  // Thai letters and marks (not Thai digits, which are neutral like Arabic ones: I๑ stays one run).
  if ((code >= 0x0e01 && code <= 0x0e4f) || code === 0x0e5a || code === 0x0e5b) return 'thai';
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'other' : null;
  // The rest of the Thai block (digits, unassigned) and General Punctuation (spaces, joiners,
  // dashes, quotes) hold no letter.
  if ((code >= 0x0e00 && code <= 0x0e7f) || (code >= 0x2000 && code <= 0x206f)) return null;
  return LETTER.test(String.fromCodePoint(code)) ? 'other' : null;
}

const LETTER = /\p{L}/u;

export function inlinesToRuns(inlines: Inline[], ctx: DocxContext, overrides: RunOverrides = {}): TextRun[] {
  const plain = inlines.map((inline) => (inline.type === 'text' ? inline.text : ''));
  const texts = overrides.joiners === false ? plain : withJoiners(plain, ctx.dictionary);
  const { font, size } = fontRunOptions(ctx, overrides.sizePt);
  const runs: TextRun[] = [];
  inlines.forEach((inline, i) => {
    if (inline.type === 'break') {
      runs.push(ctx.run({ font, size }, `${font}|${size}`, { break: 1 }));
      return;
    }
    // docx writes b with bCs and i with iCs.
    const bold = inline.bold || overrides.bold || undefined;
    const italics = inline.italic || undefined;
    const underline = inline.underline || undefined;
    for (const text of splitByScript(texts[i] as string)) {
      const thai = (ctx.thaiLanguage && THAI.test(text)) || undefined;
      const style = {
        font,
        size,
        bold,
        italics,
        underline: underline && { type: UnderlineType.SINGLE },
        language: thai && { bidirectional: 'th-TH' },
      };
      runs.push(ctx.run(style, `${font}|${size}|${bold}|${italics}|${underline}|${thai}`, { text }));
    }
  });
  return runs;
}
