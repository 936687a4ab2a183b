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
  let current = '';
  let script: 'thai' | 'other' | null = null;
  for (const ch of text) {
    const strong = THAI_LETTER.test(ch) ? 'thai' : /\p{L}/u.test(ch) ? 'other' : null;
    if (strong !== null && script !== null && strong !== script) {
      out.push(current);
      current = '';
    }
    if (strong !== null) script = strong;
    current += ch;
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** Thai letters and marks (not Thai digits, which are neutral like Arabic ones: I๑ stays one run). */
const THAI_LETTER = /[\u0E01-\u0E4F\u0E5A\u0E5B]/;

export function inlinesToRuns(inlines: Inline[], ctx: DocxContext, overrides: RunOverrides = {}): TextRun[] {
  const plain = inlines.map((inline) => (inline.type === 'text' ? inline.text : ''));
  const texts = overrides.joiners === false ? plain : withJoiners(plain, ctx.dictionary);
  return inlines.flatMap((inline, i) => {
    const base = fontRunOptions(ctx, overrides.sizePt);
    if (inline.type === 'break') return [new TextRun({ ...base, break: 1 })];
    return splitByScript(texts[i] as string).map(
      (text) =>
        new TextRun({
          ...base,
          text,
          // docx writes b with bCs and i with iCs.
          bold: inline.bold || overrides.bold || undefined,
          italics: inline.italic || undefined,
          underline: inline.underline ? { type: UnderlineType.SINGLE } : undefined,
          language: ctx.thaiLanguage && THAI.test(text) ? { bidirectional: 'th-TH' } : undefined,
        }),
    );
  });
}
