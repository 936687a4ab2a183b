// One meeting file → its documents under the output folder; nothing written when the input is bad.
import { basename, dirname, extname, join, resolve } from 'node:path';
import { resolveWritten } from '../load/resolve-path.js';
import { checkOfficeFiles, officeNamedFiles } from './office-files.js';
import { session } from '../session.js';
import { Reporter } from '../i18n/reporter.js';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { officeConfigSchema } from '../schema/office-config.js';
import { fieldsThatParse, validateWith } from '../schema/validate.js';
import { loadYamlFile } from '../load/load-yaml.js';
import { loadTemplate } from '../render/load-template.js';
import { writerFor, type Format, type WriterOptions } from '../writers/index.js';
import { buildDocument } from './build-document.js';
import { loadMeeting, pathReporter, type LoadedMeeting } from './load-meeting.js';
import { kindOf } from '../kinds/index.js';
import type { Project } from './project.js';
import { writeAtomic } from './write-atomic.js';

export interface RunOptions {
  lang: Lang;
  strict: boolean;
  project: Project;
  office: OfficeConfig | null;
}

export interface RenderOptions extends RunOptions {
  outDir: string;
  formats: Format[];
  pdfEngine: 'builtin' | 'libreoffice';
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  ok: boolean;
  outputs: string[];
  document?: Document;
}

/** With --strict, warnings fail the file too. */
function failed(diagnostics: Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

export interface LoadedOffice {
  office: OfficeConfig | null;
  diagnostics: Diagnostic[];
  /** The configuration file and the files it names, resolved: what the load read. */
  files: string[];
}

/** The configuration as loaded, by file and language, once per session (its fonts are read to be checked). */
const officeCache = () => session().map<string, LoadedOffice>('pipeline/office', { files: (_key, loaded) => loaded.files });

/** The files the configuration names, resolved against its folder. */
export function officeFilesOf(office: OfficeConfig | null): string[] {
  if (office === null) return [];
  return officeNamedFiles(office).map((p) => resolve(office.dir ?? '.', p));
}

export function loadOfficeConfig(project: Project, lang: Lang): LoadedOffice {
  if (project.configFile === null) return { office: null, diagnostics: [], files: [] };
  const key = `${resolve(project.configFile)}\u0000${lang}`;
  let loaded = officeCache().get(key);
  if (loaded === undefined) {
    const reporter = new Reporter(project.configFile, lang);
    const source = loadYamlFile(project.configFile, reporter);
    const value = source === null ? null : validateWith(officeConfigSchema, source.value, source, reporter);
    // Paths in the configuration (fonts, emblem) are relative to the configuration file, and confined to its folder.
    const dir = dirname(resolve(project.configFile));
    const office = value === null ? null : { ...value, dir };
    // The files it names are checked even when another setting is wrong (size: 16pt once hid a missing words: file).
    if (source !== null) checkOfficeFiles(office ?? { ...(fieldsThatParse(officeConfigSchema, source.value) as OfficeConfig), dir }, source, reporter);
    loaded = { office, diagnostics: reporter.diagnostics, files: [resolve(project.configFile), ...officeFilesOf(office)] };
    officeCache().set(key, loaded);
  }
  return { ...loaded, diagnostics: [...loaded.diagnostics] };
}

export function validateMeetingFile(file: string, options: RunOptions): FileResult & { loaded: LoadedMeeting | null } {
  const reporter = new Reporter(file, options.lang);
  const loaded = loadMeeting(file, options.project, reporter);
  if (loaded !== null) {
    // A template error is as much a reason not to render as a data error; so is what the
    // meeting lacks that this template needs (a title for an agenda item past its headings).
    const template = loadTemplate(options.project.templatesDir, loaded.meeting.kind, reporter);
    if (template !== null) kindOf(loaded.kind).templateChecks?.(loaded, template, pathReporter(loaded.source, reporter));
    // A configuration that is there but did not load has said its own errors: the kind's
    // checks of it would only add that it is missing.
    if (options.office !== null || options.project.configFile === null) kindOf(loaded.kind).officeChecks?.(loaded, options.office, reporter);
  }
  return { file, diagnostics: reporter.diagnostics, ok: !failed(reporter.diagnostics, options.strict), outputs: [], loaded };
}

export function outputPath(file: string, outDir: string, format: Format): string {
  return join(outDir, `${basename(file, extname(file))}.${format}`);
}

/** The date written into the documents' properties: the meeting's own date, so output never depends on the clock. */
function documentDate(loaded: LoadedMeeting): Date {
  const { year, month, day } = loaded.meeting.date;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The office's own PDF fonts, resolved against the configuration's folder like every path in it. */
export function pdfFontsOf(office: OfficeConfig | null): WriterOptions['pdfFonts'] {
  const fonts = office?.pdf?.fonts;
  if (fonts === undefined) return undefined;
  const at = (p: string | undefined) => {
    if (p === undefined) return undefined;
    const resolved = resolveWritten(office?.dir ?? '.', p);
    return 'path' in resolved ? resolved.path : p;
  };
  return Object.fromEntries(
    Object.entries({ regular: at(fonts.regular), bold: at(fonts.bold), italic: at(fonts.italic), boldItalic: at(fonts.boldItalic) })
      .filter(([, v]) => v !== undefined),
  ) as WriterOptions['pdfFonts'];
}

/** One output made in memory: where it goes and its bytes. */
export interface MadeOutput {
  format: Format;
  path: string;
  bytes: Uint8Array;
}

export interface RenderedInMemory extends FileResult {
  made: MadeOutput[];
}

/** Validates and renders every format in memory; writes nothing. A failure in one format makes none. */
/** Makes one format's bytes; by default here, with the writer registry. */
export type WriteFormat = (format: Format, document: Document, options: WriterOptions) => Promise<Uint8Array>;

export const writeHere: WriteFormat = async (format, document, options) => (await writerFor(format))(document, options);

export interface InMemoryOptions {
  /** The meeting already validated by the caller, so it is not read twice. */
  validated?: ReturnType<typeof validateMeetingFile>;
  /** Where each format is written; by default here. */
  write?: WriteFormat;
}

/** Validates and renders every format in memory; writes nothing. A failure in one format makes none. */
export async function renderMeetingInMemory(file: string, options: RenderOptions, how: InMemoryOptions = {}): Promise<RenderedInMemory> {
  const validated = how.validated ?? validateMeetingFile(file, options);
  const reporter = new Reporter(file, options.lang, validated.diagnostics);
  const loaded = validated.loaded;
  const none = (): RenderedInMemory => ({ file, diagnostics: reporter.diagnostics, ok: false, outputs: [], made: [] });
  if (!validated.ok || loaded === null) return none();
  const template = loadTemplate(options.project.templatesDir, loaded.meeting.kind, reporter);
  const built = template === null ? null : buildDocument(loaded, template, options.office, reporter);
  if (built === null || failed(reporter.diagnostics, options.strict)) return none();

  const writerOptions = writerOptionsFor(loaded, options);
  const write = how.write ?? writeHere;
  const made = await Promise.all(options.formats.map(async (format): Promise<MadeOutput | null> => {
    try {
      return { format, path: outputPath(file, options.outDir, format), bytes: await write(format, built.document, writerOptions) };
    } catch (error) {
      // The one writer failure a user can cause: asking for LibreOffice where there is none.
      const code = (error as { code?: string }).code;
      if (code === 'LIBREOFFICE_MISSING') reporter.error('LIBREOFFICE_MISSING', null);
      else if (code === 'LIBREOFFICE_FAILED') reporter.error('LIBREOFFICE_FAILED', null, { reason: (error as Error).message });
      else throw error;
      return null;
    }
  }));
  if (made.some((m) => m === null)) return none();
  const outputs = made as MadeOutput[];
  return { file, diagnostics: reporter.diagnostics, ok: true, outputs: outputs.map((m) => m.path), made: outputs, document: built.document };
}

/** The writers' options for a meeting: its own date (never the clock), the office's PDF fonts. */
export function writerOptionsFor(loaded: LoadedMeeting | null, options: RenderOptions): WriterOptions {
  const writerOptions: WriterOptions = { modified: loaded === null ? new Date(Date.UTC(2000, 0, 1)) : documentDate(loaded), pdfEngine: options.pdfEngine };
  const pdfFonts = pdfFontsOf(options.office);
  if (pdfFonts !== undefined) writerOptions.pdfFonts = pdfFonts;
  return writerOptions;
}

/** Renders one meeting and writes its documents atomically; nothing is written when it fails. */
export async function renderMeetingFile(file: string, options: RenderOptions): Promise<FileResult> {
  const { made, ...result } = await renderMeetingInMemory(file, options);
  for (const output of made) writeAtomic(output.path, output.bytes);
  return result;
}
