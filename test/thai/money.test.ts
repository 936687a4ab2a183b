// Amounts of money in running text: found, checked against their words, given words when asked.
import { describe, expect, it } from 'vitest';
import { checkBahtWords, findMoney, withBahtWords } from '../../src/thai/money.js';

describe('findMoney', () => {
  it('recognises an amount with thousands separators and satang', () => {
    const [a] = findMoney('งบประมาณ 125,500.75 บาท สำหรับโครงการ');
    expect(a).toMatchObject({ index: 9, figure: '125,500.75', value: 125500.75, words: null });
  });
  it('recognises Thai digits', () => {
    expect(findMoney('วงเงิน ๑๒๕,๕๐๐.๗๕ บาท')[0]?.value).toBe(125500.75);
  });
  it('recognises 1,000 and 1000, and an amount glued to บาท', () => {
    expect(findMoney('1,000 บาท และ 1000บาท').map((a) => a.value)).toEqual([1000, 1000]);
  });
  it('recognises 0 baht', () => {
    expect(findMoney('ค่าธรรมเนียม 0 บาท')[0]?.value).toBe(0);
  });
  it('reads ล้านบาท as millions', () => {
    expect(findMoney('วงเงิน 2.5 ล้านบาท')[0]?.value).toBe(2_500_000);
  });
  it('does not take a misgrouped figure or a number that is not followed by บาท', () => {
    expect(findMoney('ข้อ 12,50 บาท')).toEqual([]);
    expect(findMoney('ร้อยละ 100 ของหน่วยงาน')).toEqual([]);
  });
  it('finds the words in parentheses after it, with their offset', () => {
    const text = 'จำนวน 1,000 บาท (หนึ่งพันบาทถ้วน)';
    const [a] = findMoney(text);
    expect(a?.words).toEqual({ index: text.indexOf('หนึ่ง'), text: 'หนึ่งพันบาทถ้วน' });
  });
  it('ignores a parenthesis that is not words of money', () => {
    expect(findMoney('1,000 บาท (ร้อยละ 10 ของวงเงิน)')[0]?.words).toBeNull();
  });
});

describe('checkBahtWords', () => {
  it('accepts the right words', () => {
    expect(checkBahtWords(125500.75, 'หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์')).toEqual({ ok: true });
  });
  it('rejects wrong words and says the right ones', () => {
    expect(checkBahtWords(125500.75, 'หนึ่งแสนสองหมื่นห้าพันบาทเจ็ดสิบห้าสตางค์')).toEqual({
      ok: false,
      expected: 'หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์',
    });
  });
  it('takes ถ้วน as optional and ignores spaces', () => {
    expect(checkBahtWords(1000, 'หนึ่งพันบาท')).toEqual({ ok: true });
    expect(checkBahtWords(1000, 'หนึ่งพัน บาทถ้วน')).toEqual({ ok: true });
  });
  it('accepts เอ็ด and หนึ่ง alike in the units place', () => {
    expect(checkBahtWords(101, 'หนึ่งร้อยหนึ่งบาทถ้วน')).toEqual({ ok: true });
    expect(checkBahtWords(101, 'หนึ่งร้อยเอ็ดบาทถ้วน')).toEqual({ ok: true });
  });
  it('writes 0 as ศูนย์บาทถ้วน', () => {
    expect(checkBahtWords(0, 'ศูนย์บาทถ้วน')).toEqual({ ok: true });
  });
  it('rounds satang half up: 10.555 is สิบบาทห้าสิบหกสตางค์', () => {
    expect(checkBahtWords(10.555, 'สิบบาทห้าสิบหกสตางค์')).toEqual({ ok: true });
    expect(checkBahtWords(10.555, 'สิบบาทห้าสิบห้าสตางค์')).toMatchObject({ ok: false });
  });
  it('reads millions and above', () => {
    expect(checkBahtWords(2_500_000, 'สองล้านห้าแสนบาทถ้วน')).toEqual({ ok: true });
    expect(checkBahtWords(1_000_000_000, 'หนึ่งพันล้านบาทถ้วน')).toEqual({ ok: true });
    expect(checkBahtWords(12_000_000_000_000, 'สิบสองล้านล้านบาทถ้วน')).toEqual({ ok: true });
  });
  it('says when an amount is too large to check to the satang', () => {
    expect(checkBahtWords(1e17, 'อะไรก็ได้บาท')).toEqual({ ok: 'too-large' });
  });
});

describe('withBahtWords', () => {
  it('writes the words after an amount that has none', () => {
    expect(withBahtWords('อนุมัติ 125,500.75 บาท แล้ว')).toBe('อนุมัติ 125,500.75 บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทเจ็ดสิบห้าสตางค์) แล้ว');
  });
  it('leaves an amount that has words alone, and keeps them adjacent to the figure', () => {
    const text = 'จำนวน 1,000 บาท (หนึ่งพันบาทถ้วน) และ ๕๐๐ บาท';
    expect(withBahtWords(text)).toBe('จำนวน 1,000 บาท (หนึ่งพันบาทถ้วน) และ ๕๐๐ บาท (ห้าร้อยบาทถ้วน)');
  });
  it('changes nothing in a text without money', () => {
    expect(withBahtWords('ร้อยละ 100')).toBe('ร้อยละ 100');
  });
});
