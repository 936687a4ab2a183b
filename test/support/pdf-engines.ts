// The PDF read back by the engines people read it with: pdf.js (Firefox), PDFium (Chrome, Edge),
// poppler (Evince, Okular, pdftotext), MuPDF, Ghostscript's txtwrite and pypdf. Each returns the
// text of every page and, where the engine gives them, character boxes. A missing tool fails the
// test with what to install: it never skips. The CLIs read one temporary file per PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type EngineName = 'poppler' | 'pdfium' | 'pdfjs' | 'mupdf' | 'ghostscript' | 'pypdf';

export const ENGINES: EngineName[] = ['poppler', 'pdfium', 'pdfjs', 'mupdf', 'ghostscript', 'pypdf'];

/** A character's box in points from the page's top-left corner. */
export interface CharBox {
  page: number;
  char: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils', mutool: 'mupdf-tools', gs: 'ghostscript', python3: 'python3-pypdf', '/usr/bin/python3': 'python3-pypdf',
};

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: apt-get install ${PACKAGES[tool] ?? tool} to run the PDF engine tests`);
    }
    throw error;
  }
}

/** Runs `use` with the PDF in a temporary file. */
export function withFile<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-engine-'));
  try {
    const file = join(dir, 'input.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const splitPages = (text: string): string[] => text.split('\f').slice(0, -1);

export function popplerPages(file: string): string[] {
  return splitPages(run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']));
}

export function mupdfPages(file: string): string[] {
  return splitPages(run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file]).replace(/\n\f/g, '\f'));
}

export function ghostscriptPages(file: string): string[] {
  // txtwrite writes one file per page with %d in the output name.
  const dir = mkdtempSync(join(tmpdir(), 'gs-text-'));
  try {
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=txtwrite', `-sOutputFile=${join(dir, 'page-%d.txt')}`, file]);
    const count = readdirSync(dir).length;
    return Array.from({ length: count }, (_, i) => readFileSync(join(dir, `page-${i + 1}.txt`), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `gs -dPDFA=2`, the usual free PDF/A conversion, of `file`: the converted file's bytes. */
export function ghostscriptPdfa(file: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'gs-pdfa-'));
  try {
    const out = join(dir, 'out.pdf');
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dPDFA=2', '-dPDFACompatibilityPolicy=1', '-sColorConversionStrategy=RGB', '-sDEVICE=pdfwrite', `-sOutputFile=${out}`, file]);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pypdfPages(file: string): string[] {
  const script = 'import json,sys,pypdf\nr=pypdf.PdfReader(sys.argv[1])\nprint(json.dumps([p.extract_text() for p in r.pages]))';
  // Debian's python3 (python3-pypdf), not whatever python3 comes first on PATH.
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  return JSON.parse(run(python, ['-c', script, file])) as string[];
}

/** Word boxes from `pdftotext -bbox`: where poppler (Evince, Okular) selects and highlights. */
export function popplerWordBoxes(file: string): CharBox[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const boxes: CharBox[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1] === undefined) {
      page++;
      continue;
    }
    boxes.push({ page, char: m[5] as string, left: Number(m[1]), top: Number(m[2]), right: Number(m[3]), bottom: Number(m[4]) });
  }
  return boxes;
}

const require = createRequire(import.meta.url);

interface PdfiumModule {
  HEAPU8: Uint8Array;
  HEAPF64: Float64Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  _FPDF_CloseDocument(doc: number): void;
  _FPDF_GetPageCount(doc: number): number;
  _FPDF_LoadPage(doc: number, index: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDF_GetPageHeightF(page: number): number;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(text: number): void;
  _FPDFText_CountChars(text: number): number;
  _FPDFText_GetText(text: number, start: number, count: number, buffer: number): number;
  _FPDFText_GetUnicode(text: number, index: number): number;
  _FPDFText_GetCharBox(text: number, index: number, left: number, right: number, bottom: number, top: number): number;
  _FPDFText_FindStart(text: number, what: number, flags: number, start: number): number;
  _FPDFText_FindNext(search: number): number;
  _FPDFText_FindClose(search: number): void;
}

let pdfiumModule: Promise<PdfiumModule> | null = null;

function pdfium(): Promise<PdfiumModule> {
  pdfiumModule ??= import('@hyzyla/pdfium').then(async ({ PDFiumLibrary }) => {
    const library = await PDFiumLibrary.init();
    return (library as unknown as { module: PdfiumModule }).module;
  });
  return pdfiumModule;
}

function utf16z(m: PdfiumModule, text: string): number {
  const bytes = Buffer.from(`${text}\0`, 'utf16le');
  const ptr = m._malloc(bytes.length);
  m.HEAPU8.set(bytes, ptr);
  return ptr;
}

/** What PDFium (Chrome, Edge) gives: each page's text, its character boxes, and which words its find matches. */
export interface PdfiumReading {
  pages: string[];
  boxes: CharBox[];
  /** For each query, how many matches on all pages. */
  found: Record<string, number>;
}

export async function pdfiumRead(pdf: Uint8Array, queries: readonly string[] = []): Promise<PdfiumReading> {
  const m = await pdfium();
  const data = m._malloc(pdf.length);
  m.HEAPU8.set(pdf, data);
  const doc = m._FPDF_LoadMemDocument(data, pdf.length, 0);
  if (doc === 0) throw new Error('PDFium could not open the PDF');
  const reading: PdfiumReading = { pages: [], boxes: [], found: Object.fromEntries(queries.map((q) => [q, 0])) };
  const box = m._malloc(32);
  try {
    for (let p = 0; p < m._FPDF_GetPageCount(doc); p++) {
      const page = m._FPDF_LoadPage(doc, p);
      const height = m._FPDF_GetPageHeightF(page);
      const text = m._FPDFText_LoadPage(page);
      const count = m._FPDFText_CountChars(text);
      const buffer = m._malloc((count + 1) * 2);
      m._FPDFText_GetText(text, 0, count, buffer);
      reading.pages.push(Buffer.from(m.HEAPU8.slice(buffer, buffer + count * 2)).toString('utf16le'));
      m._free(buffer);
      for (let i = 0; i < count; i++) {
        const char = String.fromCodePoint(m._FPDFText_GetUnicode(text, i));
        if (!m._FPDFText_GetCharBox(text, i, box, box + 8, box + 16, box + 24)) continue;
        const [left, right, bottom, top] = m.HEAPF64.slice(box / 8, box / 8 + 4) as unknown as number[];
        reading.boxes.push({ page: p + 1, char, left: left as number, right: right as number, top: height - (top as number), bottom: height - (bottom as number) });
      }
      for (const query of queries) {
        const what = utf16z(m, query);
        const search = m._FPDFText_FindStart(text, what, 0, 0);
        while (m._FPDFText_FindNext(search)) reading.found[query] = (reading.found[query] ?? 0) + 1;
        m._FPDFText_FindClose(search);
        m._free(what);
      }
      m._FPDFText_ClosePage(text);
      m._FPDF_ClosePage(page);
    }
  } finally {
    m._free(box);
    m._FPDF_CloseDocument(doc);
    m._free(data);
  }
  return reading;
}

interface PdfjsTextItem {
  str?: string;
  hasEOL?: boolean;
}

/** What pdf.js (Firefox) gives: each page's text content as its text layer and copy use it. */
export async function pdfjsPages(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as {
    getDocument(options: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: PdfjsTextItem[] }> }>; destroy(): Promise<void> }> };
  };
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/**
 * pdf.js's find: it normalises the page text and the query the same way (NFKC, so ำ becomes
 * ํา in both) and joins a Thai line end with a space; the count of matches of `query`.
 */
export function pdfjsFindCount(pageText: string, query: string): number {
  const normalise = (s: string) => s.normalize('NFKC');
  const page = normalise(pageText.replace(/\n/g, ' '));
  return page.split(normalise(query)).length - 1;
}

/** Each page's text as `engine` gives it (PDFium and pdf.js from the bytes, the others from a file). */
export async function enginePages(engine: EngineName, pdf: Uint8Array): Promise<string[]> {
  if (engine === 'pdfium') return (await pdfiumRead(pdf)).pages;
  if (engine === 'pdfjs') return pdfjsPages(pdf);
  return withFile(pdf, { poppler: popplerPages, mupdf: mupdfPages, ghostscript: ghostscriptPages, pypdf: pypdfPages }[engine]);
}
