// From the parsed command line to what the pipeline needs: files, options, the office configuration.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { findProject, type Project } from '../pipeline/project.js';
import { loadOfficeConfig, type RunOptions } from '../pipeline/render-file.js';
import { FORMATS, type Format } from '../writers/index.js';
import { formatDiagnostic, sortDiagnostics } from './print-diagnostics.js';
import { UsageError, type Io, type Say } from './io.js';

/** The options every command accepts, as parseArgs gives them. */
export interface Values {
  out?: string | undefined;
  format?: string | undefined;
  'pdf-engine'?: string | undefined;
  strict?: boolean | undefined;
  config?: string | undefined;
  templates?: string | undefined;
  force?: boolean | undefined;
  check?: boolean | undefined;
  json?: boolean | undefined;
  jobs?: string | undefined;
  kind?: string | undefined;
  lang?: string | undefined;
}

export interface CommandContext {
  /** The positionals after the command name. */
  paths: string[];
  values: Values;
  /** The whole command line, for commands that run the tool again (watch). */
  argv: string[];
  lang: Lang;
  say: Say;
  io: Io;
}

export type Command = (ctx: CommandContext) => number | Promise<number>;

export function projectOf(values: Values, say: Say): Project {
  if (values.config !== undefined && !existsSync(values.config)) {
    throw new UsageError(say(`ไม่พบไฟล์ตั้งค่า ${values.config}`, `no configuration file ${values.config}`));
  }
  return findProject({
    ...(values.templates === undefined ? {} : { templatesDir: resolve(values.templates) }),
    ...(values.config === undefined ? {} : { configFile: resolve(values.config) }),
  });
}

/** The run options, or the configuration's diagnostics when it is broken. */
export function runOptionsOf(ctx: CommandContext): { options: RunOptions; diagnostics: Diagnostic[] } {
  const project = projectOf(ctx.values, ctx.say);
  const config = loadOfficeConfig(project, ctx.lang);
  return { options: { lang: ctx.lang, strict: ctx.values.strict === true, project, office: config.office }, diagnostics: config.diagnostics };
}

/** Files and folders → meeting files; a folder means every .yaml/.yml in it, in name order. */
export function expandPaths(paths: string[], say: Say): string[] {
  if (paths.length === 0) throw new UsageError(say('ระบุไฟล์หรือโฟลเดอร์การประชุมอย่างน้อยหนึ่งรายการ', 'name at least one meeting file or folder'));
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      files.push(path); // reported as READ_FAILED with the file's name, like any unreadable input
      continue;
    }
    if (statSync(path).isDirectory()) {
      const found = readdirSync(path)
        .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
        .sort()
        .map((name) => join(path, name));
      if (found.length === 0) throw new UsageError(say(`ไม่พบไฟล์ .yaml ในโฟลเดอร์ ${path}`, `no .yaml files in ${path}`));
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files;
}

export function parseFormats(text: string | undefined, say: Say): Format[] {
  const names = (text ?? 'docx').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const formats: Format[] = [];
  for (const name of names) {
    const format = FORMATS.find((f) => f === name);
    if (format === undefined) throw new UsageError(say(`ไม่รู้จักชนิดเอกสาร "${name}" (ใช้ได้: ${FORMATS.join(', ')})`, `unknown format "${name}" (use: ${FORMATS.join(', ')})`));
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw new UsageError(say('--format ว่าง', '--format is empty'));
  return formats;
}

export function printAll(diagnostics: readonly Diagnostic[], lang: Lang, io: Io, strict: boolean): void {
  for (const d of sortDiagnostics(diagnostics)) io.err(formatDiagnostic(d, lang, strict));
}
