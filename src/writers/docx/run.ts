// Inlines → docx runs. One model TextRun is one w:r, so no run boundary can fall
// inside a Thai word; every run names the font and size for both scripts.
import { TextRun, UnderlineType, type IRunOptions } from 'docx';
import type { Inline } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { ptToHalfPoints } from './units.js';

/** Thai block U+0E00–U+0E7F: a run holding any of it is complex script. */
export const THAI = /[\u0E00-\u0E7F]/;

export interface RunOverrides {
  sizePt?: number;
  /** Bold regardless of the inline (table header cells). */
  bold?: boolean;
}

/** Font and size of a run, with the complex-script twins docx writes for them (cs font, szCs). */
export function fontRunOptions(ctx: DocxContext, sizePt?: number): Pick<IRunOptions, 'font' | 'size'> {
  return { font: ctx.font.family, size: ptToHalfPoints(sizePt ?? ctx.font.sizePt) };
}

export function inlinesToRuns(inlines: Inline[], ctx: DocxContext, overrides: RunOverrides = {}): TextRun[] {
  return inlines.map((inline) => {
    const base = fontRunOptions(ctx, overrides.sizePt);
    if (inline.type === 'break') return new TextRun({ ...base, break: 1 });
    return new TextRun({
      ...base,
      text: inline.text,
      // docx writes b with bCs and i with iCs.
      bold: inline.bold || overrides.bold || undefined,
      italics: inline.italic || undefined,
      underline: inline.underline ? { type: UnderlineType.SINGLE } : undefined,
      language: ctx.thaiLanguage && THAI.test(inline.text) ? { bidirectional: 'th-TH' } : undefined,
    });
  });
}
