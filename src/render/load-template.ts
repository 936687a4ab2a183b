// templates/<kind>/: template.yaml, document.hbs and partials/*.hbs → one render function.
// Template mistakes are reported as path:line:column in the .hbs file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isEditorLitter } from '../load/editor-files.js';
import { readRegularFile } from '../load/resolve-path.js';
import { basename, join } from 'node:path';
import type Handlebars from 'handlebars';
import type { Reporter } from '../i18n/reporter.js';
import { templateConfigSchema, type TemplateConfig } from '../schema/template-config.js';
import { validateFile } from '../schema/validate-file.js';
import { createEnvironment } from './handlebars-env.js';
import { session } from '../session.js';

export interface CompiledTemplate {
  kind: string;
  mainFile: string;
  config: TemplateConfig;
  render(context: object): string;
}

interface HandlebarsError extends Error {
  lineNumber?: number;
  column?: number;
}

/** Compiled templates by folder, once per session: `minutes watch` compiles an edited one anew. */
const cache = () => session().map<string, CompiledTemplate | null>('render/templates');

/**
 * Options every template is compiled with; part of a precompiled template's key. Handlebars
 * writes into the options it is given: it always gets a copy.
 */
export const COMPILE_OPTIONS = Object.freeze({ noEscape: false, strict: false, preventIndent: true });

/**
 * Templates compiled by `npm run compile` (tools/precompile-templates.mjs), by precompileKey: the
 * shipped ones. Compiling them took ~20 ms of every command's first render (profiled); a
 * precompiled one is only evaluated. A template edited by an office has another key and is
 * compiled as before.
 */

export function precompileKey(source: string): string {
  return createHash('sha256').update(JSON.stringify(COMPILE_OPTIONS)).update(source).digest('hex');
}

function precompiledSpec(source: string): object | null {
  const precompiled = session().value('render/precompiled', (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(new URL('../templates.precompiled.json', import.meta.url), 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }, 'tool');
  const spec = precompiled[precompileKey(source)];
  // eslint-disable-next-line no-new-func -- Handlebars' own precompiled output, made by our build from our templates.
  return spec === undefined ? null : (new Function(`return ${spec};`)() as object);
}

/** The template of `source`: precompiled when the build compiled this very text, else compiled now. */
function templateOf(hb: typeof Handlebars, source: string, path: string, reporter: Reporter): Handlebars.TemplateDelegate | null {
  const spec = precompiledSpec(source);
  if (spec !== null) return hb.template(spec as Parameters<typeof hb.template>[0]);
  return parses(hb, source, path, reporter) ? hb.compile(source, { ...COMPILE_OPTIONS }) : null;
}

/** A template file is text an office writes: a few KB; anything near this is a wrong file. */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/** A template file's text; a FIFO, a device, a folder or a huge file is reported, never read (issue 13, 7). */
function readTemplateFile(path: string, reporter: Reporter): string | null {
  const read = readRegularFile(path, MAX_TEMPLATE_BYTES);
  if (read instanceof Uint8Array) return new TextDecoder('utf-8').decode(read);
  const reason = read.kind === 'not-file' ? reporter.say('ไม่ใช่ไฟล์ปกติ', 'not a regular file')
    : read.kind === 'too-large' ? reporter.say(`ใหญ่เกิน ${read.limit} ไบต์`, `larger than ${read.limit} bytes`)
      : read.kind === 'unreadable' ? reporter.say(read.reasonTh, read.reason) : reporter.say('ไม่มีไฟล์นี้', 'no such file');
  reporter.child(path).error('TEMPLATE_FILE_INVALID', null, { reason });
  return null;
}

/**
 * Prototype properties stay denied, as Handlebars denies them by default, but said so explicitly:
 * without a default, Handlebars logs an English warning to stderr for each one a template
 * touches (`{{constructor}}`), even under --json (issue 13, 17; handlebars
 * lib/handlebars/internal/proto-access.js, checkWhiteList). The value renders as empty.
 */
const PROTO_ACCESS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

export function availableKinds(templatesDir: string): string[] {
  if (!existsSync(templatesDir)) return [];
  return readdirSync(templatesDir).filter((name) => existsSync(join(templatesDir, name, 'document.hbs'))).sort();
}

export function loadTemplate(templatesDir: string, kind: string, reporter: Reporter): CompiledTemplate | null {
  const dir = join(templatesDir, kind);
  if (cache().has(dir)) return cache().get(dir) ?? null;
  const compiled = compile(dir, kind, reporter);
  if (compiled !== null) cache().set(dir, compiled);
  return compiled;
}

function compile(dir: string, kind: string, reporter: Reporter): CompiledTemplate | null {
  const mainFile = join(dir, 'document.hbs');
  if (!existsSync(mainFile)) {
    reporter.error('TEMPLATE_MISSING', null, { value: kind, allowed: availableKinds(join(dir, '..')).join(', ') });
    return null;
  }
  const configFile = join(dir, 'template.yaml');
  const config = existsSync(configFile)
    ? validateFile(configFile, templateConfigSchema, reporter.child(configFile))?.value ?? null
    : { name: kind };
  if (config === null) return null;

  const hb = createEnvironment();
  let ok = true;
  const partialsDir = join(dir, 'partials');
  // Editor swap and lock files (.#header.hbs, a dangling link while Emacs edits) are no partials.
  const partialFiles = existsSync(partialsDir) ? readdirSync(partialsDir).filter((f) => f.endsWith('.hbs') && !isEditorLitter(f)).sort() : [];
  for (const file of partialFiles) {
    const path = join(partialsDir, file);
    const text = readTemplateFile(path, reporter);
    const partial = text === null ? null : templateOf(hb, text, path, reporter);
    if (partial !== null) hb.registerPartial(basename(file, '.hbs'), partial);
    else ok = false;
  }
  const mainText = readTemplateFile(mainFile, reporter);
  const template = mainText === null ? null : templateOf(hb, mainText, mainFile, reporter);
  if (template === null || !ok) return null;
  return { kind, mainFile, config, render: (context) => template(context, PROTO_ACCESS) };
}

/** Handlebars compiles lazily: parse now so a syntax error names its file and position. */
function parses(hb: typeof Handlebars, source: string, path: string, reporter: Reporter): boolean {
  try {
    hb.parse(source);
    return true;
  } catch (error) {
    const e = error as HandlebarsError;
    const match = /Parse error on line (\d+)/.exec(e.message);
    const line = e.lineNumber ?? (match ? Number(match[1]) : 0);
    // Handlebars columns are 0-based.
    const column = e.column !== undefined ? e.column + 1 : 1;
    const reason = e.message.split('\n').filter((l) => l.trim() !== '').pop() ?? e.message;
    reporter.child(path).error('TEMPLATE_SYNTAX', { line, column }, { reason });
    return false;
  }
}
