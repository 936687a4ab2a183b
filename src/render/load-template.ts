// templates/<kind>/: template.yaml, document.hbs and partials/*.hbs → one render function.
// Template mistakes are reported as path:line:column in the .hbs file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const partialFiles = existsSync(partialsDir) ? readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort() : [];
  for (const file of partialFiles) {
    const path = join(partialsDir, file);
    const partial = templateOf(hb, readFileSync(path, 'utf8'), path, reporter);
    if (partial !== null) hb.registerPartial(basename(file, '.hbs'), partial);
    else ok = false;
  }
  const template = templateOf(hb, readFileSync(mainFile, 'utf8'), mainFile, reporter);
  if (template === null || !ok) return null;
  return { kind, mainFile, config, render: (context) => template(context) };
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
