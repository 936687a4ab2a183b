// templates/<kind>/: template.yaml, document.hbs and partials/*.hbs → one render function.
// Template mistakes are reported as path:line:column in the .hbs file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Handlebars from 'handlebars';
import type { Reporter } from '../i18n/reporter.js';
import { templateConfigSchema, type TemplateConfig } from '../schema/template-config.js';
import { validateFile } from '../schema/validate-file.js';
import { createEnvironment } from './handlebars-env.js';

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

const cache = new Map<string, CompiledTemplate | null>();

export function availableKinds(templatesDir: string): string[] {
  if (!existsSync(templatesDir)) return [];
  return readdirSync(templatesDir).filter((name) => existsSync(join(templatesDir, name, 'document.hbs'))).sort();
}

export function loadTemplate(templatesDir: string, kind: string, reporter: Reporter): CompiledTemplate | null {
  const dir = join(templatesDir, kind);
  if (cache.has(dir)) return cache.get(dir) ?? null;
  const compiled = compile(dir, kind, reporter);
  if (compiled !== null) cache.set(dir, compiled);
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
    const source = readFileSync(path, 'utf8');
    if (parses(hb, source, path, reporter)) hb.registerPartial(basename(file, '.hbs'), source);
    else ok = false;
  }
  const mainSource = readFileSync(mainFile, 'utf8');
  if (!parses(hb, mainSource, mainFile, reporter) || !ok) return null;
  const template = hb.compile(mainSource, { noEscape: false, strict: false, preventIndent: true });
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
