import { describe, it, expect } from 'vitest';
import ThaiBahtText from 'thai-baht-text';
import { bahtText } from '../../src/thai/baht.js';

describe('bahtText', () => {
  it.each([
    [92.43, 'เก้าสิบสองบาทสี่สิบสามสตางค์'],
    [21, 'ยี่สิบเอ็ดบาทถ้วน'],
    [101, 'หนึ่งร้อยเอ็ดบาทถ้วน'],
    [11, 'สิบเอ็ดบาทถ้วน'],
    [1000000, 'หนึ่งล้านบาทถ้วน'],
    [11000000, 'สิบเอ็ดล้านบาทถ้วน'],
    [0.5, 'ห้าสิบสตางค์'],
    [0.07, 'เจ็ดสตางค์'],
    [1.2, 'หนึ่งบาทยี่สิบสตางค์'],
  ])('writes %s as %s', (amount, expected) => {
    expect(bahtText(amount)).toBe(expected);
  });

  it('writes zero as ศูนย์บาทถ้วน (the library returns "")', () => {
    expect(ThaiBahtText(0)).toBe('');
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText('0.00')).toBe('ศูนย์บาทถ้วน');
  });

  it('writes negatives with ลบ (the library writes "undefined…")', () => {
    expect(bahtText(-5)).toBe('ลบห้าบาทถ้วน');
    expect(bahtText(-1250.5)).toBe('ลบหนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์');
  });

  it('writes an amount that rounds to zero satang as ศูนย์บาทถ้วน, without ลบ', () => {
    expect(bahtText(-0.001)).toBe('ศูนย์บาทถ้วน');
  });

  it('rounds satang half up where the library truncates: 10.555 → ห้าสิบหกสตางค์', () => {
    expect(ThaiBahtText(10.555)).toBe('สิบบาทห้าสิบห้าสตางค์');
    expect(bahtText(10.555)).toBe('สิบบาทห้าสิบหกสตางค์');
  });

  it('rounds 1.005 to one baht one satang, and 0.995 up to one baht', () => {
    expect(bahtText(1.005)).toBe('หนึ่งบาทหนึ่งสตางค์');
    expect(bahtText(0.995)).toBe('หนึ่งบาทถ้วน');
  });

  it('reads strings with thousands separators (the library throws on "1,000")', () => {
    expect(bahtText('1,000')).toBe('หนึ่งพันบาทถ้วน');
    expect(bahtText('1,234,567.25')).toBe('หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทยี่สิบห้าสตางค์');
    expect(bahtText('-1,000')).toBe('ลบหนึ่งพันบาทถ้วน');
  });

  it('reads strings with Thai digits', () => {
    expect(bahtText('๑๐๐')).toBe('หนึ่งร้อยบาทถ้วน');
  });

  it.each([Number.NaN, Infinity, -Infinity, 'abc', '', '1e5', '1,00'])('throws a RangeError for %j', (amount) => {
    expect(() => bahtText(amount)).toThrow(RangeError);
  });

  it('throws a RangeError for amounts too large to be exact to the satang', () => {
    expect(() => bahtText(1e15)).toThrow(RangeError);
    expect(() => bahtText('12,345,678,901,234,567.89')).toThrow(RangeError);
  });
});
