// The faster docx methods write what docx's own do.
import { NextAttributeComponent, XmlComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { componentProbe, fastAttributesPrepForXml, fastComponentPrepForXml, replaceIfSame } from '../../../src/writers/docx/docx-speedups.js';
import { sampleDocument } from '../../support/sample-document.js';

type Prep = (this: unknown, context: { stack: unknown[] }) => unknown;
const attributesPrototype = NextAttributeComponent.prototype as unknown as { prepForXml: Prep };
const componentPrototype = XmlComponent.prototype as unknown as { prepForXml: Prep };
// docx's own, before the writer (imported below) installs the faster ones.
const docxAttributes = attributesPrototype.prepForXml;
const docxComponent = componentPrototype.prepForXml;
const { writeDocx } = await import('../../../src/writers/docx/index.js');
const { installDocxSpeedups } = await import('../../../src/writers/docx/docx-speedups.js');

interface Attribute { key: string; value: unknown }

describe('docx speedups', () => {
  it('were docx’s own before the writer loaded, and are installed with the docx this project pins', () => {
    expect(docxAttributes).not.toBe(fastAttributesPrepForXml);
    expect(docxComponent).not.toBe(fastComponentPrepForXml);
    expect(installDocxSpeedups()).toEqual({ attributes: true, components: true });
    expect(attributesPrototype.prepForXml).toBe(fastAttributesPrepForXml);
    expect(componentPrototype.prepForXml).toBe(fastComponentPrepForXml);
  });

  it('give the same DOCX bytes as docx’s own methods', async () => {
    const fast = await writeDocx(sampleDocument());
    attributesPrototype.prepForXml = docxAttributes;
    componentPrototype.prepForXml = docxComponent;
    try {
      expect(Buffer.from(await writeDocx(sampleDocument())).equals(Buffer.from(fast))).toBe(true);
    } finally {
      installDocxSpeedups();
    }
  });

  it('give attributes in the same order, with repeated keys and undefined values, as docx does', () => {
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
      const entries = (prep: Prep) => Object.entries((prep.call({ root }, { stack: [] }) as { _attr: object })._attr);
      expect(entries(fastAttributesPrepForXml as Prep)).toEqual(entries(docxAttributes));
    }
  });

  it('refuse a replacement that writes something else, keeping docx’s own', () => {
    // Children's arrays not flattened: the probe has a child whose XML is an array.
    const unflattened = function (this: { root: unknown[]; rootKey: string }, context: { stack: unknown[] }) {
      return { [this.rootKey]: this.root.map((child) => (child instanceof XmlComponent ? child.prepForXml(context as never) : child)) };
    } as Prep;
    componentPrototype.prepForXml = docxComponent;
    try {
      expect(replaceIfSame(componentPrototype, unflattened, () => componentProbe().prepForXml({ stack: [] } as never))).toBe(false);
      expect(componentPrototype.prepForXml).toBe(docxComponent);
    } finally {
      installDocxSpeedups();
    }
  });
});

describe('shared run properties', () => {
  it('are used with the docx this project pins', async () => {
    const { sharingWritesTheSame } = await import('../../../src/writers/docx/docx-speedups.js');
    expect(sharingWritesTheSame()).toBe(true);
  });

  it('give the same DOCX bytes as a w:rPr of its own for every run', async () => {
    const { shareRunProperties, writeRunsAsXml } = await import('../../../src/writers/docx/docx-speedups.js');
    const { writeDocx: write } = await import('../../../src/writers/docx/index.js');
    const document = sampleDocument();
    // Shared w:rPr are what the writer uses once runs written as XML are refused.
    writeRunsAsXml(false);
    try {
      shareRunProperties(true);
      const shared = await write(document);
      shareRunProperties(false);
      const own = await write(document);
      for (const thaiLanguage of [false, true]) {
        shareRunProperties(true);
        const sharedThai = await write(document, { thaiLanguage });
        shareRunProperties(false);
        expect(Buffer.from(sharedThai).equals(Buffer.from(await write(document, { thaiLanguage })))).toBe(true);
      }
      expect(Buffer.from(shared).equals(Buffer.from(own))).toBe(true);
    } finally {
      shareRunProperties(undefined);
      writeRunsAsXml(true);
    }
  });

  it('are refused when docx’s w:rPr is not the same each time it is written', async () => {
    const { sharingWritesTheSame } = await import('../../../src/writers/docx/docx-speedups.js');
    const { RunProperties } = await import('docx');
    const prototype = RunProperties.prototype as unknown as { prepForXml: (context: unknown) => unknown };
    const own = Object.getOwnPropertyDescriptor(prototype, 'prepForXml');
    let written = 0;
    // A docx whose w:rPr differs each time: one prepared once and shared would not.
    prototype.prepForXml = function () {
      written += 1;
      return { 'w:rPr': [{ 'w:n': { _attr: { 'w:val': written } } }] };
    };
    try {
      expect(sharingWritesTheSame()).toBe(false);
    } finally {
      if (own) Object.defineProperty(prototype, 'prepForXml', own); else delete (prototype as { prepForXml?: unknown }).prepForXml;
    }
  });
});

describe('runs written as their XML', () => {
  const speedups = () => import('../../../src/writers/docx/docx-speedups.js');
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

  /** The sample document as docx's own runs write it, and as runs written as XML do. */
  async function bothWays(options: { thaiLanguage?: boolean } = {}): Promise<{ own: Uint8Array; written: Uint8Array; stillWritten: boolean }> {
    const { writeRunsAsXml, runsWrittenAsXml } = await speedups();
    try {
      writeRunsAsXml(false);
      const own = await writeDocx(sampleDocument(), options);
      writeRunsAsXml(true);
      const written = await writeDocx(sampleDocument(), options);
      return { own, written, stillWritten: runsWrittenAsXml() };
    } finally {
      writeRunsAsXml(true);
    }
  }

  it('give the same DOCX bytes as docx’s own runs, and are kept, with the docx this project pins', async () => {
    for (const thaiLanguage of [false, true]) {
      const { own, written, stillWritten } = await bothWays({ thaiLanguage });
      expect(same(written, own)).toBe(true);
      expect(stillWritten).toBe(true);
    }
  });

  it('write a w:rPr as docx’s writer does', async () => {
    const { xmlOfXmlable } = await speedups();
    expect(xmlOfXmlable({ 'w:rPr': [{ 'w:rFonts': { _attr: { 'w:ascii': 'A "&\' <>', 'w:cs': 1 } } }, { 'w:b': {} }, { 'w:sz': { _attr: { 'w:val': 32 } } }] }))
      .toBe('<w:rPr><w:rFonts w:ascii="A &quot;&amp;&apos; &lt;&gt;" w:cs="1"/><w:b/><w:sz w:val="32"/></w:rPr>');
    expect(xmlOfXmlable({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a\u0001<b>'] })).toBe('<w:t xml:space="preserve">a&lt;b&gt;</w:t>');
    expect(xmlOfXmlable(undefined)).toBe('');
  });

  /**
   * A docx that writes runs otherwise than the runs written as XML expect: what the writer then
   * writes must be docx's own runs, and later documents too.
   */
  async function withDocxWriting(change: (xml: { [key: string]: unknown[] }, rootKey: string) => void): Promise<void> {
    const { writeRunsAsXml, runsWrittenAsXml } = await speedups();
    const installed = componentPrototype.prepForXml;
    componentPrototype.prepForXml = function (this: unknown, context) {
      const xml = installed.call(this, context) as { [key: string]: unknown[] };
      change(xml, (this as { rootKey: string }).rootKey);
      return xml;
    };
    try {
      writeRunsAsXml(false);
      const own = await writeDocx(sampleDocument());
      writeRunsAsXml(true);
      const written = await writeDocx(sampleDocument());
      expect(runsWrittenAsXml()).toBe(false);
      expect(same(written, own)).toBe(true);
      expect(same(await writeDocx(sampleDocument()), own)).toBe(true);
    } finally {
      componentPrototype.prepForXml = installed;
      writeRunsAsXml(true);
    }
  }

  it('fall back to docx’s own runs when docx writes a run’s w:t otherwise', async () => {
    await withDocxWriting((xml, rootKey) => {
      if (rootKey === 'w:t') xml['w:t']?.unshift({ _attr: { 'w:changed': 'yes' } });
    });
  });

  it('fall back to docx’s own runs when docx does not write an element’s XML as given', async () => {
    // As a docx whose writer left out what the runs written as XML hand it.
    await withDocxWriting((xml) => {
      for (const children of Object.values(xml)) {
        if (!Array.isArray(children)) continue;
        for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === 'object' && '' in (children[i] as object)) children.splice(i, 1);
      }
    });
  });
});
