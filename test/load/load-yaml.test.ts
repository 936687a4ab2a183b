import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/i18n/reporter.js';
import { messageOf } from '../../src/i18n/messages.js';
import { loadYamlText } from '../../src/load/load-yaml.js';
import { decodeText } from '../../src/load/decode.js';

function load(text: string) {
  const reporter = new Reporter('m.yaml', 'en');
  const loaded = loadYamlText(text, reporter);
  return { loaded, diagnostics: reporter.diagnostics };
}

const at = (text: string, path: (string | number)[]) => {
  const { loaded } = load(text);
  const found = loaded?.positions.get(path);
  return found === undefined || loaded === null ? undefined : loaded.lines.position(found.valueOffset);
};

describe('loading YAML with positions', () => {
  it('keeps every scalar as the text written: 13.30 stays 13.30 and 100.00 stays 100.00', () => {
    const { loaded } = load('time:\n  start: 13.30\nscore: 100.00\nyear: 0123\n');
    expect(loaded?.value).toEqual({ time: { start: '13.30' }, score: '100.00', year: '0123' });
  });

  it('knows the line and column of every value, nested and in lists', () => {
    const text = 'a:\n  b: x\nlist:\n  - first\n  - k: v\n';
    expect(at(text, ['a', 'b'])).toEqual({ line: 2, column: 6 });
    expect(at(text, ['list', 0])).toEqual({ line: 4, column: 5 });
    expect(at(text, ['list', 1, 'k'])).toEqual({ line: 5, column: 8 });
  });

  it('counts columns in characters, so Thai text before a value does not shift it', () => {
    expect(at('ชื่อ: ค่า\n', ['ชื่อ'])).toEqual({ line: 1, column: 7 });
  });

  it('treats a key with no value as missing but remembers where it was written', () => {
    const { loaded } = load('place:\nnext: 1\n');
    expect(loaded?.value).toEqual({ place: undefined, next: '1' });
    expect(loaded?.positions.get(['place'])).toBeDefined();
  });

  it('reports every duplicate key with the line of the first', () => {
    const { diagnostics } = load('a: 1\nb: 2\na: 3\nb: 4\n');
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['DUPLICATE_KEY', 3, 1],
      ['DUPLICATE_KEY', 4, 1],
    ]);
    expect(messageOf(diagnostics[0]!, 'en').message).toContain('line 1');
  });

  it('refuses tags that would construct objects', () => {
    const { diagnostics } = load('a: !!js/function "x"\nb: !!binary aGVsbG8=\nc: !!str 12\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['YAML_TAG', 'YAML_TAG']);
  });

  it('refuses aliases with one message, so an expansion bomb costs nothing', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++) rows.push(`${String.fromCharCode(97 + (i % 26))}${i}: &n${i} [${Array(9).fill(i === 1 ? '*a' : `*n${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const { diagnostics } = load(`${rows.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diagnostics.filter((d) => d.code === 'YAML_ALIAS')).toHaveLength(1);
  });

  it('keeps a key named __proto__ as data', () => {
    const { loaded } = load('__proto__: x\n');
    expect(Object.keys(loaded?.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('reports an empty file, a list or a scalar at the top', () => {
    expect(load('').diagnostics.map((d) => d.code)).toEqual(['EMPTY_FILE']);
    expect(load('# only a comment\n').diagnostics.map((d) => d.code)).toEqual(['EMPTY_FILE']);
    expect(load('- a\n- b\n').diagnostics.map((d) => d.code)).toEqual(['NOT_A_MAPPING']);
    expect(load('hello\n').diagnostics.map((d) => d.code)).toEqual(['NOT_A_MAPPING']);
  });

  it('reports several documents in one file', () => {
    expect(load('a: 1\n---\nb: 2\n').diagnostics.map((d) => [d.code, d.line])).toEqual([['YAML_MULTI_DOC', 2]]);
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `${'a:\n'.split('').join('')}${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`;
    expect(load(deep).diagnostics.map((d) => d.code)).toEqual(['YAML_SYNTAX']);
  });
});

describe('decoding bytes', () => {
  const decode = (bytes: Uint8Array) => {
    const reporter = new Reporter('m.yaml', 'en');
    return { text: decodeText(bytes, reporter), codes: reporter.diagnostics.map((d) => d.code) };
  };

  it('drops a UTF-8 BOM and turns CRLF into LF', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('a: ก\r\nb: 1\r\n')]))).toEqual({ text: 'a: ก\nb: 1\n', codes: [] });
  });

  it('reads UTF-16 with a BOM, with a warning', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: ก\n', 'utf16le')]);
    expect(decode(utf16)).toEqual({ text: 'a: ก\n', codes: ['ENCODING_UTF16'] });
  });

  it('reads TIS-620 Thai with a warning instead of mojibake', () => {
    // "ก" is 0xA1 in TIS-620.
    expect(decode(new Uint8Array([0x61, 0x3a, 0x20, 0xa1, 0x0a]))).toEqual({ text: 'a: ก\n', codes: ['ENCODING_LEGACY'] });
  });

  it('refuses a binary file', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({ text: null, codes: ['BINARY_FILE'] });
  });
});

describe('a file with a document marker and nothing in it', () => {
  it.each(['---\n', '---\n...\n', '--- # ว่าง\n', '---\n---\n'])('%j is an empty file, said in Thai, not "undefined"', (text) => {
    const { loaded, diagnostics } = load(text);
    expect(loaded).toBeNull();
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain(text === '---\n---\n' ? 'YAML_MULTI_DOC' : 'EMPTY_FILE');
    for (const d of diagnostics) {
      expect(messageOf(d, 'th').message).not.toContain('undefined');
      expect(messageOf(d, 'th').message).toMatch(/[\u0e00-\u0e7f]/);
    }
  });
});
