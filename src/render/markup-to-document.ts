// Document markup (what templates produce; see docs/markup.md) → document model blocks.
// The markup is small and HTML-like; htmlparser2 tokenises it, this file gives it meaning
// and reports anything a template got wrong with the line of the generated markup.
import { Parser } from 'htmlparser2';
import { LineIndex } from '../load/line-index.js';
import type {
  Align, Block, FieldLine, Figure, ImageData, Inline, List, ListFormat, ListItem, ParagraphLayout, Signature, Table, TableCell,
} from '../model/document.js';
import type { ChartLookup } from './charts/chart-set.js';

export interface MarkupMeta {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
}

export interface MarkupResult {
  blocks: Block[];
  meta: MarkupMeta;
  errors: Array<{ line: number; message: string }>;
}

export interface MarkupContext {
  /** Photos the meeting loaded, by index. */
  images: readonly ImageData[];
  /** Charts the document may place by name, `<figure chart="indicator-2">`; none when absent. */
  charts?: ChartLookup;
  /** Text width, for figure widths given as a fraction. */
  textWidthMm: number;
}

type Attrs = Record<string, string>;

interface Frame {
  tag: string;
  attrs: Attrs;
  line: number;
  inlines: Inline[];
  blocks: Block[];
  items: ListItem[];
  rows: TableCell[][];
  columns: Array<{ fraction: number; align: Align }>;
  lines: Inline[][];
  caption: Inline[];
  fields: FieldLine['fields'];
  style: { bold: boolean; italic: boolean; underline: boolean };
}

const BLOCK_CONTAINERS = new Set(['body', 'li']);
const INLINE_TAGS = new Set(['b', 'i', 'u']);
const TEXT_HOLDERS = new Set(['h1', 'h2', 'h3', 'p', 'li', 'th', 'td', 'caption', 'line', 'letterhead', 'field']);
const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'justify', 'thaiDistribute'];
const LIST_FORMATS: readonly ListFormat[] = ['decimal', 'paren', 'thaiLetter', 'bullet', 'dash'];

export function markupToDocument(markup: string, context: MarkupContext): MarkupResult {
  const errors: MarkupResult['errors'] = [];
  const meta: MarkupMeta = {};
  // One index of line starts instead of rescanning the markup before every element.
  const lines = new LineIndex(markup);
  const lineAt = (offset: number): number => lines.position(offset).line;
  const root = frame('body', {}, 1);
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;
  const fail = (message: string): void => {
    errors.push({ line: lineAt(parser.startIndex), message });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        if (name === 'meta') {
          Object.assign(meta, attrs);
          return;
        }
        checkAttributes(name, attrs, fail);
        if (name === 'br') {
          if (!TEXT_HOLDERS.has(parent.tag) && !INLINE_TAGS.has(parent.tag)) fail('<br/> outside text');
          textFrame(stack).inlines.push({ type: 'break' });
          return;
        }
        if (name === 'pagebreak') {
          if (parent.tag !== 'body') fail('<pagebreak/> only at the top level');
          parent.blocks.push({ type: 'pageBreak' });
          return;
        }
        if (name === 'col') {
          if (parent.tag !== 'table') fail('<col> outside <table>');
          parent.columns.push({ fraction: number(attrs['width'], 1), align: align(attrs['align'], 'left') });
          return;
        }
        const child = frame(name, attrs, lineAt(parser.startIndex));
        // Headings of Thai official documents are bold; the model says so, not each writer.
        if (/^(h[123]|letterhead)$/.test(name)) child.style = { ...child.style, bold: true };
        if (INLINE_TAGS.has(name)) {
          child.style = { ...parent.style, [{ b: 'bold', i: 'italic', u: 'underline' }[name] as string]: true };
        } else if (!allowedIn(parent.tag, name)) {
          fail(`<${name}> is not allowed inside <${parent.tag}>`);
        }
        stack.push(child);
      },
      ontext(text) {
        const holder = top();
        if (isMarkupWhitespace(text)) {
          if (TEXT_HOLDERS.has(holder.tag) || INLINE_TAGS.has(holder.tag)) textFrame(stack).inlines.push(run(' ', holder));
          return;
        }
        if (!TEXT_HOLDERS.has(holder.tag) && !INLINE_TAGS.has(holder.tag)) {
          fail(`text "${text.trim().slice(0, 30)}" outside a paragraph`);
          return;
        }
        textFrame(stack).inlines.push(run(text, holder));
      },
      onclosetag(name, implied) {
        if (['meta', 'br', 'pagebreak', 'col'].includes(name)) return;
        if (implied) {
          fail(`<${name}> is not closed`);
          return;
        }
        const closing = stack.pop();
        if (closing === undefined || closing.tag !== name || stack.length === 0) {
          fail(`</${name}> does not match <${closing?.tag ?? '?'}>`);
          if (closing !== undefined && stack.length === 0) stack.push(closing);
          return;
        }
        if (INLINE_TAGS.has(name)) return;
        finish(closing, top(), context, fail);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return { blocks: root.blocks, meta, errors };
}

function frame(tag: string, attrs: Attrs, line: number): Frame {
  return {
    tag, attrs, line, inlines: [], blocks: [], items: [], rows: [], columns: [], lines: [], caption: [], fields: [],
    style: { bold: false, italic: false, underline: false },
  };
}

/** The nearest enclosing frame that collects text (inline tags pass text up). */
function textFrame(stack: Frame[]): Frame {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i];
    if (f !== undefined && !INLINE_TAGS.has(f.tag)) return f;
  }
  return stack[0] as Frame;
}

/** Markup whitespace, as HTML has it: a no-break space (&#160;) is text, kept. */
const MARKUP_WHITESPACE = /[ \t\n\f\r]+/g;

function isMarkupWhitespace(text: string): boolean {
  return text.replace(MARKUP_WHITESPACE, '') === '';
}

function run(text: string, holder: Frame): Inline {
  return { type: 'text', text: text.replace(MARKUP_WHITESPACE, ' '), ...holder.style };
}

const CHILDREN: Record<string, readonly string[]> = {
  body: ['h1', 'h2', 'h3', 'p', 'ol', 'ul', 'table', 'figure', 'signature', 'letterhead', 'fields'],
  fields: ['field'],
  li: ['ol', 'ul', 'p', 'table', 'figure'],
  ol: ['li'],
  ul: ['li'],
  table: ['tr'],
  tr: ['th', 'td'],
  figure: ['caption'],
  signature: ['line'],
};

function allowedIn(parent: string, child: string): boolean {
  return CHILDREN[parent]?.includes(child) ?? false;
}

/**
 * The numeric attributes a template may set, with the range a page can hold. Out of range, the
 * writers pushed text off the page or shrank it to nothing, and the PDF silently lost it
 * (issue 13, 17): an absurd value is a template error instead, at its line.
 */
const NUMBER_RANGES: Record<string, { min: number; max: number; unit: string; above?: boolean }> = {
  indent: { min: -50, max: 150, unit: 'mm' },
  left: { min: 0, max: 150, unit: 'mm' },
  before: { min: 0, max: 200, unit: 'pt' },
  after: { min: 0, max: 200, unit: 'pt' },
  size: { min: 4, max: 72, unit: 'pt' },
};

/** `width`: a share of the text width (table, figure), or a column's relative weight. */
function widthRange(tag: string): { min: number; max: number; unit: string; above: boolean } {
  return tag === 'col' ? { min: 0, max: 100, unit: '', above: true } : { min: 0, max: 1, unit: '', above: true };
}

function checkAttributes(tag: string, attrs: Attrs, fail: (message: string) => void): void {
  for (const [name, value] of Object.entries(attrs)) {
    const range = name === 'width' ? widthRange(tag) : Object.hasOwn(NUMBER_RANGES, name) ? NUMBER_RANGES[name] : undefined;
    if (range !== undefined) {
      const n = value.trim() === '' ? NaN : Number(value);
      const low = range.above === true ? n > range.min : n >= range.min;
      if (!Number.isFinite(n) || !low || n > range.max) {
        fail(`<${tag} ${name}="${value.slice(0, 20)}">: ${name} must be a number ${range.above === true ? 'above' : 'from'} ${range.min} ${range.above === true ? 'up to' : 'to'} ${range.max}${range.unit === '' ? '' : ` ${range.unit}`}`);
      }
    } else if (name === 'align' && !ALIGNS.includes(value as Align)) {
      fail(`<${tag} align="${value.slice(0, 20)}">: align must be one of ${ALIGNS.join(', ')}`);
    }
  }
}

function number(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function align(value: string | undefined, fallback: Align): Align {
  return ALIGNS.find((a) => a === value) ?? fallback;
}

/** Collapses spaces at the edges of a paragraph and around line breaks; merges equal neighbours. */
export function tidyInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.type === 'text' && last?.type === 'text' && last.bold === inline.bold && last.italic === inline.italic && last.underline === inline.underline) {
      merged[merged.length - 1] = { ...last, text: (last.text + inline.text).replace(/ {2,}/g, ' ') };
    } else {
      merged.push(inline.type === 'text' ? { ...inline, text: inline.text.replace(/ {2,}/g, ' ') } : inline);
    }
  }
  for (let i = 0; i < merged.length; i++) {
    const inline = merged[i];
    if (inline?.type !== 'text') continue;
    const before = merged[i - 1];
    const after = merged[i + 1];
    let text = inline.text;
    if (before === undefined || before.type === 'break' || (before.type === 'text' && before.text.endsWith(' '))) text = text.replace(/^ /, '');
    if (after === undefined || after.type === 'break') text = text.replace(/ $/, '');
    merged[i] = { ...inline, text };
  }
  return merged.filter((inline) => inline.type === 'break' || inline.text !== '');
}

function layout(attrs: Attrs, defaults: Partial<ParagraphLayout>): ParagraphLayout {
  const result: ParagraphLayout = {
    align: align(attrs['align'], defaults.align ?? 'left'),
    firstLineMm: number(attrs['indent'], defaults.firstLineMm ?? 0),
    indentLeftMm: number(attrs['left'], defaults.indentLeftMm ?? 0),
    spaceBeforePt: number(attrs['before'], defaults.spaceBeforePt ?? 0),
    spaceAfterPt: number(attrs['after'], defaults.spaceAfterPt ?? 0),
    keepWithNext: attrs['keep'] === 'next' || (defaults.keepWithNext ?? false),
  };
  if (attrs['size'] !== undefined) result.sizePt = number(attrs['size'], 16);
  return result;
}

function finish(closing: Frame, parent: Frame, context: MarkupContext, fail: (message: string) => void): void {
  const a = closing.attrs;
  const inlines = tidyInlines(closing.inlines);
  switch (closing.tag) {
    case 'h1':
    case 'h2':
    case 'h3': {
      const level = Number(closing.tag[1]) as 1 | 2 | 3;
      parent.blocks.push({ type: 'heading', level, inlines, ...layout(a, { align: 'left', keepWithNext: true }) });
      return;
    }
    case 'p':
      parent.blocks.push({ type: 'paragraph', inlines, ...layout(a, { firstLineMm: 25 }) });
      return;
    case 'li':
      parent.items.push({ inlines, children: closing.blocks });
      return;
    case 'ol':
    case 'ul': {
      const format = LIST_FORMATS.find((f) => f === a['format']) ?? (closing.tag === 'ol' ? 'decimal' : 'dash');
      const list: List = {
        type: 'list', format, start: number(a['start'], 1),
        indentLeftMm: number(a['left'], 0), firstLineMm: number(a['indent'], 25), hangingMm: number(a['hanging'], 0),
        items: closing.items,
      };
      parent.blocks.push(list);
      return;
    }
    case 'th':
    case 'td': {
      const cell: TableCell = { inlines, colSpan: Math.max(1, Math.floor(number(a['colspan'], 1))), header: closing.tag === 'th' };
      if (a['align'] !== undefined) cell.align = align(a['align'], 'left');
      parent.inlines = [];
      parent.rows.push([cell]);
      return;
    }
    case 'tr':
      parent.rows.push(closing.rows.flat());
      return;
    case 'table':
      parent.blocks.push(table(closing, fail));
      return;
    case 'caption':
      parent.caption = inlines;
      return;
    case 'figure': {
      const figure = figureBlock(closing, context, fail);
      if (figure !== null) parent.blocks.push(figure);
      return;
    }
    case 'line':
      parent.lines.push(inlines);
      return;
    case 'letterhead': {
      const index = closing.attrs['emblem'];
      const image = index === undefined ? null : context.images[Number(index)] ?? null;
      if (index !== undefined && image === null) fail(`<letterhead emblem="${index}"> names no loaded image`);
      parent.blocks.push({
        type: 'letterhead', image, imageHeightMm: number(a['height'], 15), title: inlines, titleSizePt: number(a['size'], 29),
      });
      return;
    }
    case 'field':
      parent.fields.push({ label: a['label'] ?? '', value: inlines, fraction: number(a['width'], 1) });
      return;
    case 'fields':
      parent.blocks.push({
        type: 'fieldLine', labelSizePt: number(a['size'], 20), spaceBeforePt: number(a['before'], 0), fields: closing.fields,
      });
      return;
    case 'signature': {
      const signature: Signature = {
        type: 'signature', offsetFraction: number(a['offset'], 0.5), spaceBeforePt: number(a['before'], 24), lines: closing.lines,
      };
      parent.blocks.push(signature);
      return;
    }
    default:
      fail(`unknown element <${closing.tag}>`);
  }
}

function table(closing: Frame, fail: (message: string) => void): Table {
  const rows = closing.rows.map((cells) => ({ cells }));
  const width = rows.reduce((max, row) => Math.max(max, row.cells.reduce((n, c) => n + c.colSpan, 0)), 0);
  let columns = closing.columns;
  if (columns.length === 0) columns = Array.from({ length: width }, () => ({ fraction: 1, align: 'left' as Align }));
  if (columns.length !== width) fail(`<table> has ${columns.length} <col> but rows span ${width} columns`);
  const sum = columns.reduce((n, c) => n + c.fraction, 0) || 1;
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]?.cells.every((c) => c.header)) headerRows++;
  return {
    type: 'table',
    columns: columns.map((c) => ({ ...c, fraction: c.fraction / sum })),
    headerRows,
    rows,
    widthFraction: Math.min(1, number(closing.attrs['width'], 1)),
  };
}

function figureBlock(closing: Frame, context: MarkupContext, fail: (message: string) => void): Figure | null {
  const a = closing.attrs;
  if (a['chart'] !== undefined) {
    const chart = context.charts?.get(a['chart']);
    if (chart === undefined) {
      fail(`<figure chart="${a['chart']}"> names no chart of this document`);
      return null;
    }
    // Without a width a chart prints at the width it was drawn for, where its text has the body size.
    const widthMm = a['width'] === undefined
      ? Math.min(chart.drawing.widthMm, context.textWidthMm)
      : context.textWidthMm * Math.min(1, number(a['width'], 1));
    return { type: 'figure', chart, widthMm, caption: closing.caption };
  }
  const index = Number(closing.attrs['photo']);
  const image = Number.isInteger(index) ? context.images[index] : undefined;
  if (image === undefined) {
    fail(`<figure photo="${closing.attrs['photo'] ?? ''}"> names no loaded photo`);
    return null;
  }
  const fraction = Math.min(1, number(closing.attrs['width'], 0.8));
  return { type: 'figure', image, widthMm: context.textWidthMm * fraction, caption: closing.caption };
}
