// PDF/A-2u (ISO 19005-2:2011, conformance level U): what the archive standard asks of this
// writer beyond a plain PDF, in one place — an sRGB OutputIntent (§6.2.3), XMP metadata that
// identifies the file as PDF/A-2u (§6.6.4) and says what the Info dictionary says (§6.6.2.3).
// The fonts (embedded, widths consistent, every glyph mapped to Unicode, no .notdef drawn,
// §6.2.11) are pdf-font.ts's and shaping.ts's; docs/pdf-a.md lists every clause and its test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { session } from '../../session.js';
import type { RefMaker } from './pdf-font.js';

/** The claim written into the XMP: part 2, level U (Unicode). */
export const PDFA_PART = 2;
export const PDFA_CONFORMANCE = 'U';

/** The sRGB profile (Debian icc-profiles-free, zlib licence: assets/icc/LICENSE), found above this module. */
const PROFILE = join('assets', 'icc', 'sRGB.icc');

/** Read once per process: a file of the tool's own, kept by the session across a watch reset. */
function srgbProfile(): Uint8Array {
  return session().value('pdf/srgb-profile', readProfile, 'tool');
}

function readProfile(): Uint8Array {
  // From dist/writers/pdf/, src/writers/pdf/ or dist/bundle/: the package folder is an ancestor.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, PROFILE);
    if (existsSync(file)) {
      return new Uint8Array(readFileSync(file));
    }
    dir = dirname(dir);
  }
  throw new Error(`${PROFILE} not found above ${fileURLToPath(import.meta.url)}: the package is incomplete`);
}

/** The OutputIntents array for the catalog (ISO 19005-2 §6.2.3): the colours are sRGB. */
export function outputIntents(pdf: RefMaker): unknown[] {
  const bytes = srgbProfile();
  const icc = pdf.ref({ N: 3 });
  icc.end(bytes);
  const intent = pdf.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
    Info: new String('sRGB IEC61966-2.1'),
    RegistryName: new String('http://www.color.org'),
    DestOutputProfile: icc,
  });
  intent.end();
  return [intent];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** The Info entries that have a value: an empty one would have no XMP twin (§6.6.2.3.1). */
export interface InfoText {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator: string;
  Producer: string;
}

/** A date as XMP writes it, to the second in UTC, as the Info dictionary's D:…Z. */
function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0] as string}Z`;
}

/**
 * The rdf:Description elements of the XMP packet: each Info entry's twin (Title dc:title,
 * Author dc:creator, Subject dc:description, Keywords pdf:Keywords, Creator xmp:CreatorTool,
 * Producer pdf:Producer, CreationDate xmp:CreateDate, ModDate xmp:ModifyDate) and pdfaid.
 */
export function xmpDescriptions(info: InfoText, created: Date, modified: Date, language: string): string {
  const e = escapeXml;
  const dc = [
    '<dc:format>application/pdf</dc:format>',
    info.Title === undefined ? '' : `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(info.Title)}</rdf:li></rdf:Alt></dc:title>`,
    info.Author === undefined ? '' : `<dc:creator><rdf:Seq><rdf:li>${e(info.Author)}</rdf:li></rdf:Seq></dc:creator>`,
    info.Subject === undefined ? '' : `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(info.Subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${e(language)}</rdf:li></rdf:Bag></dc:language>`,
  ].filter((line) => line !== '');
  return [
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    `<pdfaid:part>${PDFA_PART}</pdfaid:part><pdfaid:conformance>${PDFA_CONFORMANCE}</pdfaid:conformance>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmpDate(created)}</xmp:CreateDate><xmp:ModifyDate>${xmpDate(modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(modified)}</xmp:MetadataDate><xmp:CreatorTool>${e(info.Creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dc,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${e(info.Producer)}</pdf:Producer>${info.Keywords === undefined ? '' : `<pdf:Keywords>${e(info.Keywords)}</pdf:Keywords>`}`,
    '</rdf:Description>',
  ].join('\n');
}
