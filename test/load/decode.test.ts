import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/i18n/reporter.js';
import { decodeText, firstInvalidUtf8 } from '../../src/load/decode.js';

const decode = (bytes: Uint8Array) => {
  const reporter = new Reporter('m.yaml', 'en');
  const text = decodeText(bytes, reporter);
  return { text, found: reporter.diagnostics.map((d) => [d.code, d.line, d.column]) };
};

describe('decoding bytes of unknown origin', () => {
  it('reads UTF-16 without a BOM, little- and big-endian, with a warning', () => {
    expect(decode(Buffer.from('a: ก\n', 'utf16le'))).toEqual({ text: 'a: ก\n', found: [['ENCODING_UTF16', 0, 0]] });
    expect(decode(Buffer.from('a: ก\n', 'utf16le').swap16())).toEqual({ text: 'a: ก\n', found: [['ENCODING_UTF16', 0, 0]] });
  });

  it('refuses binary that merely starts like UTF-16', () => {
    expect(decode(new Uint8Array([0x61, 0, 0x01, 0, 0x02, 0]))).toEqual({ text: null, found: [['BINARY_FILE', 0, 0]] });
    expect(decode(new Uint8Array([0x61, 0, 0x62]))).toEqual({ text: null, found: [['BINARY_FILE', 0, 0]] });
  });

  it('refuses a Latin-1 file instead of reading é as a Thai tone mark, pointing at the é', () => {
    // "café" in Latin-1: 0xE9 is ้ in TIS-620, which would make "caf้".
    expect(decode(Buffer.from('place: café\n', 'latin1'))).toEqual({ text: null, found: [['ENCODING_INVALID', 1, 11]] });
  });

  it('refuses a UTF-8 file with one broken character, at its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('kind: ita-report\nplace: ห้องประชุม'), Buffer.from([0xe0, 0xb8]), Buffer.from('ใหญ่\n')]);
    expect(decode(bytes)).toEqual({ text: null, found: [['ENCODING_INVALID', 2, 18]] });
  });

  it('still reads TIS-620 Thai, with a warning', () => {
    // "ที่ประชุม" in TIS-620.
    const bytes = new Uint8Array([0x61, 0x3a, 0x20, 0xb7, 0xd5, 0xe8, 0xbb, 0xc3, 0xd0, 0xaa, 0xd8, 0xc1, 0x0d, 0x0a]);
    expect(decode(bytes)).toEqual({ text: 'a: ที่ประชุม\n', found: [['ENCODING_LEGACY', 0, 0]] });
  });

  it('finds the first byte that is not UTF-8', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at(0x61, 0xe0, 0xb8, 0x81)).toBe(4); // all valid: the length
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(at(0x61, 0x62, 0xe0, 0xb8)).toBe(2); // cut short
    expect(at(0x80)).toBe(0); // a lone continuation byte
  });
});
