// Reading a .docx in tests: a part's XML, and a pretty-printed, normalised form of it for
// golden files a reviewer can diff (one element per line; ids, rsids and dates replaced).
import { strFromU8, unzipSync } from 'fflate';

export function docxPartNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

/**
 * A part's XML as a reader finds its text: without the zero-width no-break joiners
 * (U+FEFF) the writer puts where a line must not break (src/writers/docx/keep-whole.ts;
 * test/writers/docx/keep-whole.test.ts reads them with readDocxPartRaw).
 */
export function readDocxPart(bytes: Uint8Array, part: string): string {
  return readDocxPartRaw(bytes, part).replace(/\uFEFF/g, '');
}

export function readDocxPartRaw(bytes: Uint8Array, part: string): string {
  const file = unzipSync(bytes, { filter: (entry) => entry.name === part })[part];
  if (!file) throw new Error(`no part ${part} in the package`);
  return strFromU8(file);
}

export function normalizedDocumentXml(bytes: Uint8Array): string {
  return normalizedPartXml(bytes, 'word/document.xml');
}

export function normalizedPartXml(bytes: Uint8Array, part: string): string {
  return prettyXml(normalizeXml(readDocxPart(bytes, part)));
}

/** Drops namespace declarations and revision ids; replaces relationship ids and dates. */
export function normalizeXml(xml: string): string {
  return xml
    .replace(/\s(xmlns(:\w+)?|mc:Ignorable)="[^"]*"/g, '')
    .replace(/\sw:rsid\w*="[^"]*"/g, '')
    .replace(/\sw14:(paraId|textId)="[^"]*"/g, '')
    .replace(/\s(r:id|r:embed)="[^"]*"/g, ' $1="rId*"')
    .replace(/\sw:date="[^"]*"/g, ' w:date="DATE"')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'DATE');
}

/** One element per line, two spaces per level; an element holding only text stays on one line. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const pad = '  '.repeat(depth);
    if (token.startsWith('<?') || token.endsWith('/>')) {
      lines.push(pad + token);
    } else if (token.startsWith('</')) {
      depth -= 1;
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<')) {
      const next = tokens[i + 1] ?? '';
      const after = tokens[i + 2] ?? '';
      if (next.startsWith('</')) {
        lines.push(pad + token + next);
        i += 1;
      } else if (!next.startsWith('<') && after.startsWith('</')) {
        lines.push(pad + token + next + after);
        i += 2;
      } else {
        lines.push(pad + token);
        depth += 1;
      }
    } else if (token.trim()) {
      lines.push(pad + token);
    }
  }
  return `${lines.join('\n')}\n`;
}
