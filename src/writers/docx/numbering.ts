// Word numbering (numbering.xml) for List blocks: one abstractNum and num per list,
// so every list restarts at its own `start`.
import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { List, ListFormat } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { fontRunOptions } from './run.js';
import { mmToTwips } from './units.js';

interface LabelFormat {
  format: ILevelsOptions['format'];
  /** w:lvlText: %1 is the item number. */
  text: string;
}

function labelFormat(format: ListFormat, thaiDigits: boolean): LabelFormat {
  const digits = thaiDigits ? LevelFormat.THAI_NUMBERS : LevelFormat.DECIMAL;
  switch (format) {
    case 'decimal': return { format: digits, text: '%1.' };
    case 'paren': return { format: digits, text: '%1)' };
    case 'thaiLetter': return { format: LevelFormat.THAI_LETTERS, text: '%1.' };
    // Bullets are real characters in the document font, never Symbol-font glyphs.
    case 'bullet': return { format: LevelFormat.BULLET, text: '•' };
    case 'dash': return { format: LevelFormat.BULLET, text: '-' };
  }
}

/**
 * Thai official layout: the label sits at the first-line indent, a space after it,
 * and continuation lines go back to indentLeftMm. With hangingMm > 0 the text
 * instead aligns hangingMm after the label on every line (a tab after the label).
 */
function levelIndent(list: List): NonNullable<ILevelsOptions['style']>['paragraph'] {
  const labelAt = list.indentLeftMm + list.firstLineMm;
  if (list.hangingMm > 0) {
    return { indent: { left: mmToTwips(labelAt + list.hangingMm), hanging: mmToTwips(list.hangingMm) } };
  }
  return { indent: { left: mmToTwips(list.indentLeftMm), firstLine: mmToTwips(list.firstLineMm) } };
}

/** Adds the list's numbering definition to the context and returns its reference. */
export function addListNumbering(list: List, ctx: DocxContext): string {
  const reference = `list-${ctx.numbering.length + 1}`;
  const label = labelFormat(list.format, ctx.thaiDigits);
  const definition: NumberingDefinition = {
    reference,
    levels: [{
      level: 0,
      format: label.format,
      text: label.text,
      start: list.start,
      alignment: AlignmentType.LEFT,
      suffix: list.hangingMm > 0 ? LevelSuffix.TAB : LevelSuffix.SPACE,
      style: { paragraph: levelIndent(list), run: fontRunOptions(ctx) },
    }],
  };
  ctx.numbering.push(definition);
  return reference;
}
