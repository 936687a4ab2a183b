// js-yaml's syntax errors → one YAML_SYNTAX diagnostic, in Thai, at the place to fix.
import { YAMLException } from 'js-yaml';
import type { Position, Reporter } from '../i18n/reporter.js';
import type { Said } from '../model/diagnostic.js';
import type { LineIndex } from './line-index.js';

export const MAX_DEPTH = 32;

const QUOTE_HINT = 'ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด เช่น "ข้อความ"';

const REASONS_TH: Array<[RegExp, string, string?]> = [
  [/tab characters must not be used/, 'ใช้แท็บ (Tab) ย่อหน้าไม่ได้', 'ใช้ช่องว่าง (Space) ย่อหน้าแทนแท็บ'],
  [/bad indentation of a mapping entry/, 'ย่อหน้าของบรรทัดนี้ไม่ตรงกับข้อมูลระดับเดียวกัน', 'จัดย่อหน้าให้ตรงกับบรรทัดก่อนหน้าในระดับเดียวกัน'],
  [/bad indentation of a sequence entry/, 'ย่อหน้าของรายการ (-) ไม่ถูกต้อง', 'จัดย่อหน้าของ - ให้ตรงกัน'],
  [/deficient indentation/, 'ย่อหน้าไม่พอ'],
  [/unexpected end of the (stream|document) within a (single|double) quoted scalar/, 'เปิดเครื่องหมายคำพูดแล้วไม่ได้ปิด'],
  [/unexpected end of the stream within a flow collection/, 'เปิดวงเล็บ [ หรือ { แล้วไม่ได้ปิด', 'ปิดวงเล็บให้ครบ หรือใส่ข้อความไว้ในเครื่องหมายคำพูด'],
  [/missed comma between flow collection entries/, 'ขาดเครื่องหมายจุลภาค (,) ระหว่างรายการในวงเล็บ', 'คั่นรายการใน [ ] หรือ { } ด้วย , หรือใส่ข้อความไว้ในเครื่องหมายคำพูด'],
  [/end of the stream or a document separator is expected/, 'มีข้อความเกินมาที่อ่านไม่ได้'],
  [/nesting exceeded maxDepth/, `ข้อมูลซ้อนกันลึกเกิน ${MAX_DEPTH} ชั้น`],
  [/incomplete explicit mapping pair|can not read a block mapping entry/, 'อ่านคู่ ชื่อ: ค่า ไม่ได้', 'ตรวจเครื่องหมาย : หลังชื่อข้อมูล'],
  [/duplicated mapping key/, 'ชื่อข้อมูลซ้ำ'],
  [/unknown escape sequence|expected hexadecimal character/, 'มีเครื่องหมาย \\ ที่อ่านไม่ได้ในข้อความที่อยู่ในเครื่องหมายคำพูดคู่ (")', "ใช้เครื่องหมายคำพูดเดี่ยว ('C:\\เอกสาร') หรือเขียน \\\\ แทน \\"],
  [/name of an (alias|anchor) node must contain at least one character/, 'ข้อความขึ้นต้นด้วย * หรือ & ไม่ได้', QUOTE_HINT],
  [/non-printable characters/, 'มีอักขระที่พิมพ์ไม่ได้'],
  [/tag|directive/i, 'เขียนแท็กหรือคำสั่ง YAML (! หรือ %) ไม่ถูกต้อง', QUOTE_HINT],
];

export function reportSyntax(error: unknown, text: string, lines: LineIndex, reporter: Reporter): void {
  const reason = error instanceof YAMLException ? error.reason : String(error);
  const offset = error instanceof YAMLException && error.mark !== undefined ? error.mark.position : 0;
  const quote = unclosedQuoteBefore(text, offset, lines);
  if (quote !== null) {
    // Point at the opening quote, not at the line where the parser gave up.
    const reason = reporter.say('เปิดเครื่องหมายคำพูดแล้วไม่ได้ปิด', 'a quote is opened and never closed');
    const hintQuote = reporter.say('ปิดเครื่องหมายคำพูดท้ายข้อความ', 'close the quote at the end of the text');
    reporter.error('YAML_SYNTAX', quote, { reason }, hintQuote);
    return;
  }
  const bracket = /deficient indentation|within a flow collection/.test(reason) ? unclosedBracketBefore(offset, lines) : null;
  if (bracket !== null) {
    const reason = reporter.say('เปิดวงเล็บ [ หรือ { แล้วไม่ได้ปิด', 'a bracket [ or { is opened and never closed');
    const hint = reporter.say('ปิดวงเล็บให้ครบ หรือใส่ข้อความไว้ในเครื่องหมายคำพูด', 'close the bracket, or put the text in quotes');
    reporter.error('YAML_SYNTAX', bracket, { reason }, hint);
    return;
  }
  const known = REASONS_TH.find(([pattern]) => pattern.test(reason));
  // js-yaml's own words are English: a Thai reader gets the Thai of the reasons known here.
  const shown = reporter.say(known?.[1] ?? reason, reason);
  const prose = proseProblem(text, offset, reason, lines, reporter);
  if (prose !== null) {
    reporter.error('YAML_SYNTAX', lines.position(prose.offset), { reason: prose.reason }, prose.hint);
    return;
  }
  // An indentation problem is the line's: point at its first character, not where js-yaml stopped.
  const at = /bad indentation/.test(reason) ? lineContentStart(offset, lines) : offset;
  reporter.error('YAML_SYNTAX', lines.position(at), { reason: shown }, known?.[2] === undefined ? undefined : reporter.say(known[2], ''));
}

function lineContentStart(offset: number, lines: LineIndex): number {
  const { line, column } = lines.position(offset);
  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0].length ?? 0;
  return offset - (column - 1) + Math.min(indent, column - 1);
}

/**
 * Two mistakes js-yaml calls "bad indentation": prose holding ": " after a key
 * (`place: ห้อง: ชั้น 5`) and a value starting with a character YAML reserves (@, `, %).
 */
function proseProblem(
  text: string,
  offset: number,
  reason: string,
  lines: LineIndex,
  reporter: Reporter,
): { offset: number; reason: Said; hint: Said } | null {
  if (!/bad indentation of a mapping entry/.test(reason)) return null;
  const at = lines.position(offset);
  const content = lines.lineText(at.line);
  const reserved = /^(\s*(?:-\s+)?[^\s:#][^:#]*:\s+)([@`%])/.exec(content);
  if (reserved !== null) {
    return {
      offset: offset - (at.column - 1) + (reserved[1] as string).length,
      reason: reporter.say(`ข้อความขึ้นต้นด้วย ${reserved[2]} ไม่ได้`, `a value cannot start with ${reserved[2]}`),
      hint: reporter.say(QUOTE_HINT, 'put the whole text in quotes, e.g. "text"'),
    };
  }
  if (/^\s*(?:-\s+)?[^\s:#][^:#]*:\s+[^"'\s].*:(\s|$)/.test(content)) {
    return {
      offset,
      reason: reporter.say('ข้อความมีเครื่องหมาย : ตามด้วยช่องว่าง', 'the text holds ": "'),
      hint: reporter.say(QUOTE_HINT, 'text holding ": " must be quoted, e.g. "Assessment : ITA"'),
    };
  }
  return null;
}

/** An unclosed [ or { makes js-yaml complain about indentation further down: find the bracket. */
function unclosedBracketBefore(offset: number, lines: LineIndex): Position | null {
  const errorLine = lines.position(offset).line;
  for (let line = errorLine; line >= Math.max(1, errorLine - 3); line--) {
    // Quoted text may hold brackets of its own.
    const content = lines.lineText(line).replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (quoted) => ' '.repeat(quoted.length));
    const open: number[] = [];
    for (let i = 0; i < content.length; i++) {
      if (content[i] === '[' || content[i] === '{') open.push(i);
      else if (content[i] === ']' || content[i] === '}') open.pop();
      else if (content[i] === '#' && (i === 0 || content[i - 1] === ' ')) break;
    }
    if (open.length > 0) return { line, column: (open[0] as number) + 1 };
  }
  return null;
}

/** js-yaml reports an unclosed quote where it gave up, often a line later: find the opening quote. */
function unclosedQuoteBefore(text: string, offset: number, lines: LineIndex): Position | null {
  const errorLine = lines.position(offset).line;
  for (let line = errorLine; line >= Math.max(1, errorLine - 3); line--) {
    const content = lines.lineText(line);
    const prefix = /^\s*(-\s+)?([^:"'#]*:\s+)?/.exec(content)?.[0] ?? '';
    const value = content.slice(prefix.length);
    const open = (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"/.test(value)) || (/^'/.test(value) && !/^'(?:[^']|'')*'/.test(value));
    if (open) return { line, column: prefix.length + 1 };
  }
  return null;
}
