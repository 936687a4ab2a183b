// A PDF's objects as pypdf reads them (pdf_dump.py), and the content-stream facts the PDF/A and
// tagged-PDF checks need: which glyph codes each font shows, and what paints outside marked content.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withFile } from './pdf-engines.js';

export interface StructElement {
  type: string;
  alt?: string;
  attributes?: Record<string, unknown>;
  page?: number;
  kids: Array<StructElement | { mcid: number; page?: number }>;
}

export interface PdfDump {
  header: string;
  trailer: Record<string, unknown>;
  catalog: Record<string, unknown>;
  info: Record<string, string>;
  metadataDict: Record<string, unknown>;
  xmp: string;
  outputIntents: Array<{ dict: Record<string, unknown>; profileDict: Record<string, unknown>; profile: string }>;
  structTree: StructElement[] | null;
  parentTree: boolean;
  pages: Array<{ dict: Record<string, unknown>; content: string; fonts: Record<string, number>; xobjects: Record<string, Record<string, unknown>> }>;
  fonts: Record<string, {
    font: Record<string, unknown>;
    descendant: Record<string, unknown>;
    descriptor: Record<string, unknown>;
    programDict: Record<string, unknown>;
    program: string;
    toUnicode: string;
  }>;
}

const script = fileURLToPath(new URL('./pdf_dump.py', import.meta.url));

export function dumpPdf(pdf: Uint8Array): PdfDump {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  return withFile(pdf, (file) => JSON.parse(execFileSync(python, [script, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as PdfDump);
}

/** Content-stream tokens: strings, hex strings, arrays and dictionaries kept whole. */
function tokens(content: string): string[] {
  return content.match(/\[[^\]]*\]|<<[^>]*>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|[^\s[\]<>()]+/g) ?? [];
}

const PAINTING = new Set(['TJ', 'Tj', "'", '"', 'Do', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);

export interface ContentFacts {
  /** Glyph codes shown, by font resource name. */
  codes: Map<string, Set<number>>;
  /** Painting operators outside every structure-content (MCID) and artifact sequence. */
  unmarked: string[];
  /** Marked-content sequences left open at the end, or closed without being open. */
  unbalanced: number;
}

export function contentFacts(content: string): ContentFacts {
  const codes = new Map<string, Set<number>>();
  const unmarked: string[] = [];
  const stack: Array<'mcid' | 'artifact' | 'other'> = [];
  let font = '';
  let unbalanced = 0;
  const operands: string[] = [];
  for (const token of tokens(content)) {
    if (/^[A-Za-z'"*]+$/.test(token) && !token.startsWith('/')) {
      if (token === 'BDC' || token === 'BMC') {
        const tag = operands[operands.length - (token === 'BDC' ? 2 : 1)] ?? '';
        const props = token === 'BDC' ? operands[operands.length - 1] ?? '' : '';
        stack.push(tag === '/Artifact' ? 'artifact' : /\/MCID/.test(props) ? 'mcid' : 'other');
      } else if (token === 'EMC') {
        if (stack.pop() === undefined) unbalanced++;
      } else if (token === 'Tf') {
        font = (operands[operands.length - 2] ?? '').slice(1);
      } else if (PAINTING.has(token)) {
        if (!stack.some((s) => s !== 'other')) unmarked.push(`${operands.slice(-2).join(' ').slice(0, 40)} ${token}`);
        if (token === 'TJ' || token === 'Tj') {
          const used = codes.get(font) ?? new Set<number>();
          for (const hex of (operands[operands.length - 1] ?? '').match(/<[0-9A-Fa-f]*>/g) ?? []) {
            const digits = hex.slice(1, -1);
            for (let i = 0; i + 4 <= digits.length; i += 4) used.add(Number.parseInt(digits.slice(i, i + 4), 16));
          }
          codes.set(font, used);
        }
      }
      operands.length = 0;
    } else {
      operands.push(token);
    }
  }
  return { codes, unmarked, unbalanced: unbalanced + stack.length };
}

/** A ToUnicode CMap's bfchar and bfrange entries: code → text. */
export function toUnicodeEntries(cmap: string): Map<number, string> {
  const entries = new Map<number, string>();
  const text = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) entries.set(Number.parseInt(m[1] as string, 16), text(m[2] as string));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      const from = Number.parseInt(m[1] as string, 16);
      const to = Number.parseInt(m[2] as string, 16);
      const start = Number.parseInt(m[3] as string, 16);
      for (let c = from; c <= to; c++) entries.set(c, String.fromCharCode(start + c - from));
    }
  }
  return entries;
}

/** The text each MCID sequence of a page shows, decoded with its fonts' ToUnicode maps. */
export function mcidTexts(content: string, mapOf: (font: string) => Map<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  const stack: Array<number | null> = [];
  const operands: string[] = [];
  let font = '';
  for (const token of tokens(content)) {
    if (!/^[A-Za-z'"*]+$/.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === 'BDC' || token === 'BMC') {
      const mcid = token === 'BDC' ? /\/MCID (\d+)/.exec(operands[operands.length - 1] ?? '')?.[1] : undefined;
      stack.push(mcid === undefined ? null : Number(mcid));
    } else if (token === 'EMC') {
      stack.pop();
    } else if (token === 'Tf') {
      font = (operands[operands.length - 2] ?? '').slice(1);
    } else if (token === 'TJ' || token === 'Tj') {
      const owner = [...stack].reverse().find((s) => s !== null);
      if (owner !== undefined && owner !== null) {
        const map = mapOf(font);
        let text = out.get(owner) ?? '';
        for (const hex of (operands[operands.length - 1] ?? '').match(/<[0-9A-Fa-f]*>/g) ?? []) {
          const digits = hex.slice(1, -1);
          for (let i = 0; i + 4 <= digits.length; i += 4) text += map.get(Number.parseInt(digits.slice(i, i + 4), 16)) ?? '';
        }
        out.set(owner, text);
      }
    }
    operands.length = 0;
  }
  return out;
}
