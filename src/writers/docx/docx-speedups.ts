// Faster equivalents of two docx methods that every element goes through when docx writes a
// part's XML, installed once when the DOCX writer loads (docx is pinned to an exact version).
//
// - NextAttributeComponent, the attributes of every BuilderElement (most elements docx 9
//   writes), gathers its attributes with a reduce that copies the object for each attribute
//   through Babel's _objectSpread2: about a sixth of a warm DOCX render.
// - XmlComponent.prepForXml, which every element calls for its children, builds them with
//   flatMap and filter and their closures: about a tenth.
//
// Each replacement returns the same objects as docx's own. Each is kept only if a probe of
// the cases it handles gives the same result with it as with docx's own, so a docx whose
// methods do something else keeps its own.
import { isDeepStrictEqual } from 'node:util';
import { EMPTY_OBJECT, IgnoreIfEmptyXmlComponent, isXmlComponent, NextAttributeComponent, TextRun, UnderlineType, XmlComponent, type IRunOptions } from 'docx';

interface Attribute { key: string; value: unknown }
type Xmlable = Record<string, unknown>;
type Context = { stack: unknown[] };
interface Preparable { prepForXml(context: Context): unknown; readonly writtenAs?: readonly Preparable[] }
type Prep<T> = (this: T, context: Context) => unknown;

/** What NextAttributeComponent.prepForXml returns, without a copy per attribute. */
export const fastAttributesPrepForXml: Prep<{ root: Record<string, Attribute> }> = function prepForXml() {
  const attributes: Record<string, unknown> = {};
  const { root } = this;
  for (const name of Object.keys(root)) {
    const { key, value } = root[name] as Attribute;
    if (value === undefined) continue;
    // As docx's _defineProperty: an own property even for __proto__.
    if (key === '__proto__') Object.defineProperty(attributes, key, { value, enumerable: true, configurable: true, writable: true });
    else attributes[key] = value;
  }
  return { _attr: attributes };
};

/**
 * What XmlComponent.prepForXml returns: each child's XML, a child's parts' XML for a child
 * written as parts, arrays flattened one level and undefined left out, as flatMap and filter
 * did; the element's attributes alone as its content; EMPTY_OBJECT for no content.
 */
export const fastComponentPrepForXml: Prep<{ root: unknown[]; rootKey: string }> = function prepForXml(context) {
  context.stack.push(this);
  const children: unknown[] = [];
  const add = (value: unknown) => {
    if (!Array.isArray(value)) {
      if (value !== undefined) children.push(value);
      return;
    }
    for (const item of value as unknown[]) if (item !== undefined) children.push(item);
  };
  for (const child of this.root) {
    if (!isXmlComponent(child)) {
      add(child);
      continue;
    }
    const parts = (child as Preparable).writtenAs;
    if (!parts) {
      add((child as Preparable).prepForXml(context));
      continue;
    }
    for (const part of parts) {
      const xml = part.prepForXml(context);
      if (xml !== undefined) children.push(xml);
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null | undefined) : undefined;
  return { [this.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children };
};

class Element extends XmlComponent {
  constructor(name: string, children: unknown[]) {
    super(name);
    this.root.push(...(children as XmlComponent[]));
  }
}

/** An element written only if it has content. */
class Optional extends IgnoreIfEmptyXmlComponent {}

/** A component written as parts, as a text run split at page numbers is. */
class Parts extends XmlComponent {
  constructor(private readonly parts: XmlComponent[]) {
    super('parts');
  }

  override get writtenAs(): XmlComponent[] {
    return this.parts;
  }
}

/** Elements with every kind of child XmlComponent.prepForXml meets. */
export function componentProbe(): XmlComponent {
  const attributes = () => new NextAttributeComponent<{ a: string; b: number; c?: string }>({
    a: { key: 'w:a', value: 'x' }, b: { key: 'w:b', value: 1 }, c: { key: 'w:c', value: undefined },
  });
  const returnsArray = { prepForXml: () => [{ 'w:x': EMPTY_OBJECT }, undefined, [{ 'w:y': EMPTY_OBJECT }]] };
  return new Element('w:probe', [
    attributes(),
    new Element('w:onlyAttributes', [attributes()]),
    new Element('w:empty', []),
    new Optional('w:ignored'),
    'text',
    undefined,
    null,
    [new Element('w:inArray', [])],
    { 'w:raw': { _attr: { 'w:val': 1 } } },
    returnsArray,
    new Parts([new Element('w:part', ['one']), new Optional('w:ignoredPart'), new Element('w:part', ['two'])]),
    new Element('w:nested', [new Element('w:deeper', [attributes(), 'text'])]),
  ]);
}

const ATTRIBUTES_PROBE: Record<string, Attribute> = {
  b: { key: 'w:b', value: 1 },
  a: { key: 'w:a', value: 'x' },
  skipped: { key: 'w:skipped', value: undefined },
  again: { key: 'w:b', value: 2 },
  10: { key: 'w:n', value: false },
};

/**
 * Puts `fast` in place of the prototype's method, and keeps it if the probe writes the same
 * with it, and the same elements see the same stacks, as with the method it replaces.
 */
export function replaceIfSame<T>(prototype: { prepForXml: Prep<T> }, fast: Prep<T>, probe: () => unknown): boolean {
  if (prototype.prepForXml === fast) return true;
  const original = prototype.prepForXml;
  try {
    const expected = probe();
    prototype.prepForXml = fast;
    if (isDeepStrictEqual(probe(), expected)) return true;
  } catch {
    // A probe docx's own method fails on: keep docx's own.
  }
  prototype.prepForXml = original;
  return false;
}

/** Installs the faster methods docx's own agree with; says which it installed. */
export function installDocxSpeedups(): { attributes: boolean; components: boolean } {
  const attributes = replaceIfSame(
    NextAttributeComponent.prototype as unknown as { prepForXml: Prep<{ root: Record<string, Attribute> }> },
    fastAttributesPrepForXml,
    () => (NextAttributeComponent.prototype.prepForXml as Prep<{ root: Record<string, Attribute> }>).call({ root: ATTRIBUTES_PROBE }, { stack: [] }),
  );
  const components = replaceIfSame(
    XmlComponent.prototype as unknown as { prepForXml: Prep<{ root: unknown[]; rootKey: string }> },
    fastComponentPrepForXml,
    () => {
      const stacks: number[] = [];
      const watched = new Proxy([] as unknown[], {
        get(target, property, receiver) {
          if (property === 'push') stacks.push(target.length);
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      const xml = componentProbe().prepForXml({ stack: watched } as never) as Xmlable;
      return { xml, stacks, emptyIsShared: (xml['w:probe'] as Xmlable[])[2]?.['w:empty'] === EMPTY_OBJECT };
    },
  );
  return { attributes, components };
}

/** The run properties of a TextRun (font, size, bold…): everything but its content. */
export type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;
/** The content of a text run: its text, or a line break. */
export interface RunContent { text?: string; break?: number }
interface RunInternals { root: unknown[]; properties: unknown }

/**
 * Makes a document's text runs (see runMaker), and says after docx has written the document
 * whether its XML holds every run as the maker meant it.
 */
export interface RunMaker {
  (style: RunStyle, key: string, content: RunContent): TextRun;
  /** Whether word/document.xml, as docx wrote it, has every run this maker made as it expects. */
  wroteAsExpected(documentXml: string): boolean;
}

const always = (): boolean => true;

function ownRun(style: RunStyle, _key: string, content: RunContent): TextRun {
  return new TextRun({ ...style, ...content });
}

/** A maker of runs that share one w:rPr per style key, for one document. */
function sharingRuns(): (style: RunStyle, key: string, content: RunContent) => TextRun {
  const shared = new Map<string, XmlComponent>();
  return (style, key, content) => {
    let properties = shared.get(key);
    if (properties === undefined) {
      properties = (new TextRun(style) as unknown as RunInternals).properties as XmlComponent;
      const own = properties.prepForXml.bind(properties);
      let prepared: { xml: unknown } | undefined;
      // Prepared once: w:rPr's children read nothing from the context, and docx's writer
      // only reads what prepForXml returns.
      properties.prepForXml = (context) => (prepared ??= { xml: own(context) }).xml as never;
      shared.set(key, properties);
    }
    const run = new TextRun(content) as unknown as RunInternals;
    if (run.root[0] !== run.properties) throw new Error('docx: a run\'s first child is not its w:rPr');
    run.root[0] = properties;
    run.properties = properties;
    return run as unknown as TextRun;
  };
}

/**
 * docx's writer of the objects prepForXml returns, for no indentation: its stringifyXmlable
 * (resolve, then format), which docx does not export. Used here only for a run's w:rPr, and
 * every w:rPr written through it is checked against docx's own XML of a run (writtenRuns).
 */
export function xmlOfXmlable(data: unknown): string {
  if (data === undefined || data === null) return '';
  return formatted(resolved(data as Xmlable));
}

interface Resolved { name: string | undefined; attributes: string[]; content: unknown[] }

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** What docx escapes in text and attribute values; control characters it drops. */
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value);

function resolved(data: Xmlable): Resolved {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (Object.keys(value as object)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(resolved(value as Xmlable));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

function formatted(element: unknown): string {
  if (typeof element !== 'object' || element === null) return String(element);
  const { name, attributes, content } = element as Resolved;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.map((child) => (child === undefined ? '' : formatted(child))).join('') + (name ? `</${name}>` : '');
}

/**
 * A component docx writes as the XML given, as it is: docx's writer gives an element with no
 * name its content alone, and a content that is neither text nor an object as String() of it.
 * Only for runs (writtenRuns), which check that it did.
 */
class WrittenXml {
  readonly rootKey: string;
  private readonly xml: Xmlable;

  constructor(rootKey: string, xml: string) {
    this.rootKey = rootKey;
    const text = () => xml;
    text.toString = text;
    this.xml = { '': text };
  }

  prepForXml(): Xmlable {
    return this.xml;
  }
}

/** Run text docx writes escaped or without some characters: such a run stays docx's own. */
const NEEDS_ESCAPING = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** The XML of a run's content: its text, or its line breaks. */
function contentXml(content: RunContent): string {
  return content.break !== undefined ? '<w:br/>'.repeat(content.break) : `<w:t xml:space="preserve">${content.text ?? ''}</w:t>`;
}

/**
 * Text runs written as their XML, without docx's objects for each run: docx makes a Run, its
 * Text and their attributes for every run, then walks them and writes each element: most of
 * the elements of word/document.xml (profiled). The first run of each style and kind of content
 * (text, line break) in a document is docx's own, and so is every run whose text docx would
 * escape; each of the others is written as
 * <w:r>, the w:rPr as docx wrote it for its style, its w:t or w:br, </w:r>.
 * Once docx has written the document, wroteAsExpected finds, in order, docx's own runs as
 * this formula writes them and the others as given: if docx wrote any otherwise, the writer
 * makes the document again with docx's own runs (index.ts).
 */
function writtenRuns(): RunMaker {
  const properties = new Map<string, string>();
  const expected: string[] = [];
  const make = (style: RunStyle, key: string, content: RunContent): TextRun => {
    const kind = `${key}\n${content.break !== undefined ? `break ${content.break}` : 'text'}`;
    if (content.text !== undefined && NEEDS_ESCAPING.test(content.text)) return ownRun(style, key, content);
    const rPr = properties.get(kind);
    if (rPr === undefined) {
      // docx's own run, with a w:rPr of its own: that docx writes it twice the same is checked too.
      const run = ownRun(style, key, content);
      const prepared = ((run as unknown as RunInternals).properties as XmlComponent).prepForXml({ stack: [] } as never);
      const xml = xmlOfXmlable(prepared);
      properties.set(kind, xml);
      expected.push(`<w:r>${xml}${contentXml(content)}</w:r>`);
      return run;
    }
    const xml = `<w:r>${rPr}${contentXml(content)}</w:r>`;
    expected.push(xml);
    return new WrittenXml('w:r', xml) as unknown as TextRun;
  };
  return Object.assign(make, {
    wroteAsExpected(documentXml: string): boolean {
      let at = 0;
      for (const xml of expected) {
        const found = documentXml.indexOf(xml, at);
        if (found === -1) return false;
        at = found + xml.length;
      }
      return true;
    },
  });
}

function runXml(run: TextRun): unknown {
  return run.prepForXml({ stack: [] } as never);
}

/** Whether runs with shared properties write as docx's own, for every kind of style the writer uses. */
export function sharingWritesTheSame(): boolean {
  try {
    const styles: RunStyle[] = [
      { font: 'TH Sarabun New', size: 32 },
      { font: 'TH Sarabun New', size: 28, bold: true, italics: true, underline: { type: UnderlineType.SINGLE }, language: { bidirectional: 'th-TH' } },
    ];
    const contents: RunContent[] = [{ text: 'ก ข <&>' }, { text: '' }, { break: 1 }];
    const make = sharingRuns();
    return styles.every((style, i) => contents.every((content) => [0, 1].every(() =>
      isDeepStrictEqual(runXml(make(style, String(i), content)), runXml(ownRun(style, '', content))))));
  } catch {
    return false;
  }
}

let sharing: boolean | undefined;
let writing = true;

/** Tests: runs made with shared w:rPr (true), docx's own (false), or as the probe says (undefined). */
export function shareRunProperties(on: boolean | undefined): void {
  sharing = on;
}

/**
 * Runs written as their XML (writtenRuns) or not; index.ts turns it off for the process once
 * docx has written a document's runs otherwise than expected. Tests turn it off and on.
 */
export function writeRunsAsXml(on: boolean): void {
  writing = on;
}

/** Whether runs are written as their XML (until a document's runs were not written as expected). */
export function runsWrittenAsXml(): boolean {
  return writing;
}

/**
 * A run maker for one document: runs written as XML, checked against docx's own (writtenRuns);
 * once refused, runs sharing one w:rPr per style when those write as docx's own (checked once),
 * else docx's own runs.
 */
export function runMaker(): RunMaker {
  if (writing) return writtenRuns();
  sharing ??= sharingWritesTheSame();
  if (!sharing) return Object.assign((style: RunStyle, key: string, content: RunContent) => ownRun(style, key, content), { wroteAsExpected: always });
  return Object.assign(sharingRuns(), { wroteAsExpected: always });
}
