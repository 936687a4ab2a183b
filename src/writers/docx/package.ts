// Post-processing of the zip docx packs: Thai runs marked complex script, docx's unused
// default list dropped, fixed dates, and a re-zip whose bytes depend on the input only.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CHART_CONTENT_TYPE, CHART_RELATIONSHIP } from './chart.js';
import { markComplexScriptRuns } from './complex-script.js';

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

export function finishPackage(packed: Uint8Array, options: PackageOptions): Uint8Array {
  const parts = unzipSync(packed);
  for (const name of Object.keys(parts)) {
    const bytes = parts[name];
    if (!bytes || !name.endsWith('.xml')) continue;
    const xml = strFromU8(bytes);
    let next = xml;
    if (TEXT_PART.test(name)) next = markComplexScriptRuns(next);
    if (name === 'word/numbering.xml') next = withoutDefaultBulletList(next, strFromU8(parts['word/document.xml'] ?? new Uint8Array()));
    if (name === 'docProps/core.xml') next = withFixedCoreProperties(next, options);
    if (next !== xml) parts[name] = strToU8(next);
  }
  addChartParts(parts, options.charts ?? []);
  return rezip(parts, options.modified);
}

/** Each chart as its own part, with the relationship its run names and its content type. */
function addChartParts(parts: Record<string, Uint8Array>, charts: readonly string[]): void {
  if (charts.length === 0) return;
  const edit = (name: string, before: string, added: string): void => {
    const xml = strFromU8(parts[name] ?? new Uint8Array());
    if (!xml.includes(before)) throw new Error(`${name} has no ${before}`);
    parts[name] = strToU8(xml.replace(before, added + before));
  };
  charts.forEach((xml, i) => {
    parts[`word/charts/chart${i + 1}.xml`] = strToU8(xml);
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

function rezip(parts: Record<string, Uint8Array>, modified: Date): Uint8Array {
  // Zip times are local DOS times: build one from fixed fields so no time zone shows through.
  const year = Math.min(Math.max(modified.getUTCFullYear(), 1980), 2099);
  const mtime = new Date(year, modified.getUTCMonth(), modified.getUTCDate(), 12, 0, 0);
  const names = Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const entries: Zippable = {};
  for (const name of names) {
    const bytes = parts[name] as Uint8Array;
    // Pictures are compressed already.
    entries[name] = [bytes, { level: name.startsWith('word/media/') ? 0 : 6, mtime }];
  }
  return zipSync(entries);
}

function rank(name: string): number {
  const index = FIRST.indexOf(name);
  return index === -1 ? FIRST.length : index;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
