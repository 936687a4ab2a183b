// MISSING_FIELD says where the missing key goes: a clerk who reads "missing: place" still has to
// know at which indentation YAML wants it.
import { describe, expect, it } from 'vitest';
import { nearestHint, whereToAdd } from '../../src/schema/validate.js';

describe('whereToAdd', () => {
  it('puts a top-level key level with kind:', () => {
    expect(whereToAdd([])).toEqual({ th: 'ชิดซ้ายระดับเดียวกับ kind:', en: 'at the left margin, level with kind:' });
  });

  it('puts a nested key under its parent, one level in', () => {
    expect(whereToAdd(['chair']).th).toBe('ใต้ chair: ย่อหน้าเข้าไปอีกระดับ');
    expect(whereToAdd(['assessment', 'scores']).en).toBe('under scores:, indented one level');
  });

  it('puts a key of a list item beside the item’s other keys, naming the list', () => {
    expect(whereToAdd(['attendees', 2]).th).toBe('ในรายการนั้นของ attendees: ตรงแนวเดียวกับข้อมูลอื่นของรายการ');
    expect(whereToAdd([0]).en).toBe('in that item');
  });
});

describe('nearestHint', () => {
  it('names the allowed value a slip was meant to be', () => {
    expect(nearestHint('thia', ['thai', 'arabic'])).toEqual({ th: 'หมายถึง "thai" หรือไม่?', en: 'did you mean "thai"?' });
    expect(nearestHint('minute', ['ita-report', 'minutes', 'memo'])?.en).toBe('did you mean "minutes"?');
  });

  it('says nothing when nothing allowed is near', () => {
    expect(nearestHint('เลขไทย', ['thai', 'arabic'])).toBeUndefined();
    expect(nearestHint('', ['thai'])).toBeUndefined();
  });
});
