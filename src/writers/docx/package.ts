// The package's parts from docx, then their post-processing: Thai runs marked complex script,
// docx's unused default list dropped, fixed dates, and a zip whose bytes depend on the input only.
import { Packer, type File } from 'docx';

/** UTF-8 both ways by Node's native codec: fflate's JavaScript one cost ~8 ms of a command's first DOCX (profiled). */
const strToU8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const strFromU8 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
import { CHART_CONTENT_TYPE, CHART_RELATIONSHIP } from './chart.js';
import { markComplexScriptRuns } from './complex-script.js';
import { escapeXml } from './xml.js';
import { zipParts } from './zip.js';

export interface PackageOptions {
  /** docProps/core.xml created and modified. */
  modified: Date;
  /** BCP 47 language for docProps/core.xml (dc:language). */
  language: string;
  /** Chart parts the document places (see figure.ts): word/charts/chart{n}.xml, relationship rIdChart{n}. */
  charts?: readonly string[];
}

/** Parts whose runs can hold text. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
/** Parts first, in the order Office writes them; the rest follow sorted by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** A package's parts: path → XML text (as docx wrote it, until zipped) or bytes. */
export type Parts = Record<string, string | Uint8Array>;

/** A part's text: docx's XML as it is, bytes decoded as UTF-8. */
export const textOf = (part: string | Uint8Array | undefined): string => (part === undefined ? '' : typeof part === 'string' ? part : strFromU8(part));

/** What docx's Packer zips: each part's path and its XML text or bytes. */
type CompiledParts = Map<string, string | ArrayBufferView>;
interface PackerCompiler { compile(file: File): CompiledParts }

/**
 * The parts of the package docx would zip, unzipped. Packer.toBuffer deflates every part,
 * pictures too, only for finishPackage to inflate and deflate them again; its compiler gives
 * the parts themselves. The compiler is private to Packer (docx is pinned to an exact
 * version): without it, the parts come from Packer's zip as before.
 */
export async function compileParts(file: File): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackerCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return partsFromPackerZip(file);
  const parts: Parts = {};
  for (const [name, data] of compiler.compile(file)) parts[name] = typeof data === 'string' ? data : bytesOf(data);
  return parts;
}

/** The parts of the zip Packer makes: the same parts, at the cost of a deflate and an inflate. */
export async function partsFromPackerZip(file: File): Promise<Parts> {
  // Loaded only here: fflate's tables cost ~3 ms of every command's start (profiled).
  const { unzipSync } = await import('fflate');
  return unzipSync(new Uint8Array(await Packer.toBuffer(file)));
}

/** Text as UTF-8; bytes from another realm (a vm context's Buffer) as this realm's Uint8Array. */
function bytesOf(data: string | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return strToU8(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export function finishPackage(parts: Parts, options: PackageOptions): Uint8Array {
  for (const name of Object.keys(parts)) {
    const part = parts[name];
    if (!part || !name.endsWith('.xml')) continue;
    const xml = textOf(part);
    let next = xml;
    if (TEXT_PART.test(name)) next = markComplexScriptRuns(next);
    if (name === 'word/numbering.xml') next = withoutDefaultBulletList(next, textOf(parts['word/document.xml']));
    if (name === 'docProps/core.xml') next = withFixedCoreProperties(next, options);
    if (next !== xml) parts[name] = next;
  }
  addChartParts(parts, options.charts ?? []);
  return rezip(parts, options.modified);
}

/** Each chart as its own part, with the relationship its run names and its content type. */
function addChartParts(parts: Parts, charts: readonly string[]): void {
  if (charts.length === 0) return;
  const edit = (name: string, before: string, added: string): void => {
    const xml = textOf(parts[name]);
    if (!xml.includes(before)) throw new Error(`${name} has no ${before}`);
    parts[name] = xml.replace(before, added + before);
  };
  charts.forEach((xml, i) => {
    parts[`word/charts/chart${i + 1}.xml`] = xml;
  });
  edit('word/_rels/document.xml.rels', '</Relationships>', charts.map((_, i) =>
    `<Relationship Id="rIdChart${i + 1}" Type="${CHART_RELATIONSHIP}" Target="charts/chart${i + 1}.xml"/>`).join(''));
  edit('[Content_Types].xml', '</Types>', charts.map((_, i) =>
    `<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`).join(''));
}

/** W3CDTF without milliseconds, as Word writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function withFixedCoreProperties(xml: string, options: PackageOptions): string {
  const when = w3cdtf(options.modified);
  return xml
    .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${when}$3`)
    .replace('</cp:coreProperties>', `<dc:language>${escapeXml(options.language)}</dc:language></cp:coreProperties>`);
}

/**
 * docx always defines a bullet list (abstractNum 1, num 1) for its `bullet` option, in
 * the Symbol-like ● without a font. No paragraph here uses it, so it goes.
 */
function withoutDefaultBulletList(numbering: string, document: string): string {
  if (/<w:numId w:val="1"\/>/.test(document)) return numbering;
  return numbering
    .replace(/<w:abstractNum w:abstractNumId="1"[\s\S]*?<\/w:abstractNum>/, '')
    .replace(/<w:num w:numId="1">[\s\S]*?<\/w:num>/, '');
}

function rezip(parts: Parts, modified: Date): Uint8Array {
  const names = Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  // Pictures are compressed already.
  return zipParts(names.map((name) => {
    const part = parts[name] as string | Uint8Array;
    return { name, bytes: typeof part === 'string' ? strToU8(part) : part, store: name.startsWith('word/media/') };
  }), modified);
}

function rank(name: string): number {
  const index = FIRST.indexOf(name);
  return index === -1 ? FIRST.length : index;
}
