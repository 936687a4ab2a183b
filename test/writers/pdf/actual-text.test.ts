import { describe, expect, it } from 'vitest';
import { beginActualText, utf16beHex } from '../../../src/writers/pdf/actual-text.js';

describe('ActualText', () => {
  it('writes UTF-16BE hex with a byte-order mark', () => {
    expect(utf16beHex('น้ำ')).toBe('<FEFF0E190E490E33>');
    expect(utf16beHex('A😀')).toBe('<FEFF0041D83DDE00>');
  });

  it('opens a Span marked-content sequence', () => {
    expect(beginActualText('ก ')).toBe('/Span <</ActualText <FEFF0E010020>>> BDC');
  });
});
