import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/i18n/reporter.js';
import { messageOf } from '../../src/i18n/messages.js';
import { loadYamlText } from '../../src/load/load-yaml.js';
import { MAX_FIX_REPORTS } from '../../src/load/clean-scalars.js';
import { MAX_VALUES } from '../../src/load/yaml-tree.js';

function load(text: string, lang: 'th' | 'en' = 'en') {
  const reporter = new Reporter('m.yaml', lang);
  const loaded = loadYamlText(text, reporter);
  // Diagnostics are values: each is given its text in the language asked, as printing does.
  const diagnostics = reporter.diagnostics.map((d) => ({ ...d, ...messageOf(d, lang) }));
  return { value: loaded?.value as Record<string, unknown> | undefined, found: reporter.diagnostics.map((d) => [d.code, d.line, d.column]), diagnostics };
}

describe('text hygiene while loading', () => {
  it('cleans every value and reports each fix at the line and column of the character', () => {
    const { value, found } = load('a: ห้อง\u200bประชุม\nb:\n  - "x ก่ิ"\n');
    expect(value).toEqual({ a: 'ห้องประชุม', b: ['x กิ่'] });
    expect(found).toEqual([
      ['TEXT_ZERO_WIDTH', 1, 8],
      ['TEXT_MARK_ORDER', 3, 9],
    ]);
  });

  it('counts lines inside a block scalar', () => {
    const { value, found } = load('text: |\n  บรรทัดแรก\n  สอง นํ้า\n  สาม\u200b\n');
    expect(value?.['text']).toBe('บรรทัดแรก\nสอง น้ำ\nสาม\n');
    expect(found).toEqual([
      ['TEXT_SARA_AM', 3, 8],
      ['TEXT_ZERO_WIDTH', 4, 6],
    ]);
  });

  it('points at the value when the character was written as an escape', () => {
    const { value, found } = load('a: "x\\u200by"\n');
    expect(value?.['a']).toBe('xy');
    expect(found).toEqual([['TEXT_ZERO_WIDTH', 1, 5]]);
  });

  it('accepts raw control characters (refused by YAML) and removes them from the text, naming them', () => {
    const { value, diagnostics } = load('a: คณะ\u000bทำงาน\u0007\nb: ok\n');
    expect(value).toEqual({ a: 'คณะทำงาน', b: 'ok' });
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['TEXT_CONTROL', 1, 7, 'removed 1 control character(s) (U+000B)'],
      ['TEXT_CONTROL', 1, 13, 'removed 1 control character(s) (U+0007)'],
    ]);
  });

  it('cleans keys too, so an invisible character does not make a known key unknown', () => {
    expect(load('pl\u200bace: x\n').value).toEqual({ place: 'x' });
  });

  it('says what was changed, in Thai by default', () => {
    const { diagnostics } = load('a: น้้ำ\n', 'th');
    expect(diagnostics[0]?.message).toBe('เครื่องหมายซ้ำ "น้้" แก้เป็น "น้" (U+0E19 U+0E49 U+0E49 → U+0E19 U+0E49)');
  });

  it(`shows at most ${MAX_FIX_REPORTS} fixes one by one, then counts the rest in one warning`, () => {
    const rows = Array.from({ length: 30 }, (_, i) => `k${i}: ก่ิ ก่ิ`);
    const { found, diagnostics } = load(`${rows.join('\n')}\n`);
    expect(found).toHaveLength(MAX_FIX_REPORTS + 1);
    expect(found[MAX_FIX_REPORTS]).toEqual(['TEXT_MORE_FIXES', 11, 7]);
    expect(diagnostics[MAX_FIX_REPORTS]?.message).toBe('40 more text fix(es) in this file, not shown one by one');
  });
});

describe('limits', () => {
  it(`refuses more than ${MAX_VALUES} values at the first one past the limit, before building anything`, () => {
    const rows = Array.from({ length: MAX_VALUES }, (_, i) => `k${i}: v`);
    const { found } = load(`${rows.join('\n')}\n`);
    // The top mapping is one value, each row two: the one past the limit is the value of row MAX_VALUES / 2.
    expect(found).toEqual([['TOO_MANY_VALUES', MAX_VALUES / 2, 8]]);
  });

  it('answers a 2 MiB file of one-character values in well under a second', () => {
    const started = performance.now();
    const { found } = load('- \n'.repeat(690_000));
    expect(found[0]?.[0]).toBe('TOO_MANY_VALUES');
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('syntax errors people make, explained', () => {
  const reason = (text: string) => {
    const { diagnostics } = load(text, 'th');
    return diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint]);
  };

  it('prose holding ": " after a key', () => {
    expect(reason('place: ห้องประชุม: ชั้น 5\n')).toEqual([
      ['YAML_SYNTAX', 1, 18, 'รูปแบบ YAML ไม่ถูกต้อง: ข้อความมีเครื่องหมาย : ตามด้วยช่องว่าง', 'ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด เช่น "ข้อความ"'],
    ]);
  });

  it('a value starting with @, ` or %', () => {
    expect(reason('a: 1\nplace: @ห้อง\n')).toEqual([
      ['YAML_SYNTAX', 2, 8, 'รูปแบบ YAML ไม่ถูกต้อง: ข้อความขึ้นต้นด้วย @ ไม่ได้', 'ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด เช่น "ข้อความ"'],
    ]);
  });

  it('a Windows path in double quotes', () => {
    expect(reason('file: "C:\\Users\\x"\n')[0]?.[3]).toBe('รูปแบบ YAML ไม่ถูกต้อง: มีเครื่องหมาย \\ ที่อ่านไม่ได้ในข้อความที่อยู่ในเครื่องหมายคำพูดคู่ (")');
  });

  it('a bullet star or an ampersand at the start of a value', () => {
    expect(reason('a: * ข้อแรก\n')[0]?.[3]).toBe('รูปแบบ YAML ไม่ถูกต้อง: ข้อความขึ้นต้นด้วย * หรือ & ไม่ได้');
    expect(reason('a: & ข้อแรก\n')[0]?.[3]).toBe('รูปแบบ YAML ไม่ถูกต้อง: ข้อความขึ้นต้นด้วย * หรือ & ไม่ได้');
  });

  it('a star meant as text (no anchor of that name) gets a hint to quote it', () => {
    expect(reason('a: *สำคัญ\n')).toEqual([
      ['YAML_ALIAS', 1, 4, 'ไม่อนุญาตการอ้างอิง YAML (*สำคัญ) พบ 1 จุดในไฟล์', 'ถ้าต้องการเครื่องหมาย * เป็นข้อความ ให้ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด'],
    ]);
  });

  it('an unclosed bracket, pointed at where it opens', () => {
    expect(reason('a: [x, y\nb: 1\n')).toEqual([
      ['YAML_SYNTAX', 1, 4, 'รูปแบบ YAML ไม่ถูกต้อง: เปิดวงเล็บ [ หรือ { แล้วไม่ได้ปิด', 'ปิดวงเล็บให้ครบ หรือใส่ข้อความไว้ในเครื่องหมายคำพูด'],
    ]);
    expect(reason('a: {k: [x]\n')[0]?.slice(0, 3)).toEqual(['YAML_SYNTAX', 1, 4]);
  });
});

describe('a file of comments only', () => {
  it('is an empty file even when decoding it gave a warning', () => {
    // TIS-620 bytes in a comment: ENCODING_LEGACY, then nothing but the comment.
    const reporter = new Reporter('m.yaml', 'en');
    reporter.warn('ENCODING_LEGACY', null);
    expect(loadYamlText('# ที่ประชุม\n', reporter)).toBeNull();
    expect(reporter.diagnostics.map((d) => d.code)).toEqual(['ENCODING_LEGACY', 'EMPTY_FILE']);
  });
});
