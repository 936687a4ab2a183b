// The faster NextAttributeComponent.prepForXml writes what docx's own does.
import { BuilderElement, NextAttributeComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { fastPrepForXml, installDocxSpeedups } from '../../../src/writers/docx/docx-speedups.js';

interface Attribute { key: string; value: unknown }

/** docx 9.15.2's own method, with its reduce over object spreads. */
function docxPrepForXml(root: Record<string, Attribute>): { _attr: Record<string, unknown> } {
  return {
    _attr: Object.values(root)
      .filter(({ value }) => value !== undefined)
      .reduce<Record<string, unknown>>((acc, { key, value }) => {
        const next = { ...acc };
        Object.defineProperty(next, key, { value, enumerable: true, configurable: true, writable: true });
        return next;
      }, {}),
  };
}

const entriesOf = (result: { _attr: Record<string, unknown> }) => Object.entries(result._attr);

describe('docx speedups', () => {
  it('install with the docx this project pins', () => {
    expect(installDocxSpeedups()).toBe(true);
    expect(NextAttributeComponent.prototype.prepForXml).toBe(fastPrepForXml);
  });

  it('give the attributes in the same order, repeated keys and undefined values as docx does', () => {
    const keys = ['w:val', 'w:color', 'r:id', '__proto__', 'toString', '1', 'w:val'];
    const values = [undefined, 0, 1, 'x', '', false, true, null];
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let round = 0; round < 500; round++) {
      const root: Record<string, Attribute> = {};
      const count = random(8);
      for (let i = 0; i < count; i++) {
        root[['a', 'b', '2', 'c', '0', 'd'][random(6)] as string] = { key: keys[random(keys.length)] as string, value: values[random(values.length)] };
      }
      expect(entriesOf(fastPrepForXml.call({ root }))).toEqual(entriesOf(docxPrepForXml(root)));
    }
  });

  it('leave what an element writes as it was', () => {
    installDocxSpeedups();
    const element = new BuilderElement<{ a: string; b: number; c?: string }>({
      name: 'w:x',
      attributes: { a: { key: 'w:a', value: 'v' }, b: { key: 'w:b', value: 2 }, c: { key: 'w:c', value: undefined } },
    });
    expect(element.prepForXml({ stack: [] } as never)).toEqual({ 'w:x': { _attr: { 'w:a': 'v', 'w:b': 2 } } });
  });
});
