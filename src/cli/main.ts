// argv → command → exit code. Thin: the work is in pipeline/.
// Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { PACKAGE_ROOT, findProject } from '../pipeline/project.js';
import { loadOfficeConfig, renderMeetingFile, validateMeetingFile, type RunOptions } from '../pipeline/render-file.js';
import { FORMATS, type Format } from '../writers/index.js';
import { formatDiagnostic, sortDiagnostics } from './print-diagnostics.js';
import { helpText } from './help.js';
import { newMeetingYaml } from './new-meeting.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang: Lang = langOf(argv);
  const say = (th: string, en: string) => (lang === 'th' ? th : en);
  try {
    return await run(argv, lang, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`minutes: ${error.message}`);
      io.err(say('ดูวิธีใช้: minutes --help', 'see: minutes --help'));
      return EXIT.usage;
    }
    // A bug of ours: say so plainly, without a stack trace unless asked for.
    io.err(say(`minutes: ข้อผิดพลาดภายในโปรแกรม: ${(error as Error).message}`, `minutes: internal error: ${(error as Error).message}`));
    if (process.env['MINUTES_DEBUG'] === '1') io.err(String((error as Error).stack));
    else io.err(say('กรุณาแจ้งผู้ดูแลระบบ พร้อมไฟล์ที่ใช้ (ตั้ง MINUTES_DEBUG=1 เพื่อดูรายละเอียด)', 'please report it with the input file (MINUTES_DEBUG=1 shows details)'));
    return EXIT.internal;
  }
}

function langOf(argv: string[]): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index < 0) return process.env['MINUTES_LANG'] === 'en' ? 'en' : 'th';
  const value = argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'th';
}

async function run(argv: string[], lang: Lang, io: Io): Promise<number> {
  const say = (th: string, en: string) => (lang === 'th' ? th : en);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        'pdf-engine': { type: 'string' },
        strict: { type: 'boolean' },
        config: { type: 'string' },
        templates: { type: 'string' },
        force: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(say(`ตัวเลือกไม่ถูกต้อง: ${(error as Error).message}`, (error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== 'th' && values.lang !== 'en') {
    throw new UsageError(say(`--lang ต้องเป็น th หรือ en`, `--lang must be th or en`));
  }
  const [command, ...paths] = positionals;
  if (values.version) {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    io.out(pkg.version);
    return EXIT.ok;
  }
  if (values.help || command === undefined || command === 'help') {
    io.out(helpText(lang));
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }

  const project = findProject({
    ...(values.templates === undefined ? {} : { templatesDir: resolve(values.templates) }),
    ...(values.config === undefined ? {} : { configFile: resolve(values.config) }),
  });
  if (values.config !== undefined && !existsSync(values.config)) {
    throw new UsageError(say(`ไม่พบไฟล์ตั้งค่า ${values.config}`, `no configuration file ${values.config}`));
  }

  switch (command) {
    case 'new':
      return newCommand(paths, values.force === true, lang, io);
    case 'validate':
    case 'render': {
      const files = expandPaths(paths, say);
      const config = loadOfficeConfig(project, lang);
      printAll(config.diagnostics, lang, io, values.strict === true);
      if (config.diagnostics.some((d) => d.severity === 'error')) return EXIT.invalid;
      const options: RunOptions = { lang, strict: values.strict === true, project, office: config.office };
      if (command === 'validate') return validateCommand(files, options, io);
      return renderCommand(files, options, values, io);
    }
    default:
      throw new UsageError(say(`ไม่รู้จักคำสั่ง "${command}"`, `unknown command "${command}"`));
  }
}

function expandPaths(paths: string[], say: (th: string, en: string) => string): string[] {
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

function printAll(diagnostics: Diagnostic[], lang: Lang, io: Io, strict: boolean): void {
  for (const d of sortDiagnostics(diagnostics)) io.err(formatDiagnostic(d, lang, strict));
}

function validateCommand(files: string[], options: RunOptions, io: Io): number {
  let bad = 0;
  for (const file of files) {
    const result = validateMeetingFile(file, options);
    printAll(result.diagnostics, options.lang, io, options.strict);
    if (!result.ok) bad++;
  }
  const say = (th: string, en: string) => (options.lang === 'th' ? th : en);
  if (bad === 0) io.out(say(`ตรวจแล้ว ${files.length} ไฟล์ ถูกต้องทั้งหมด`, `checked ${files.length} file(s): all valid`));
  else io.err(say(`ตรวจแล้ว ${files.length} ไฟล์ ไม่ผ่าน ${bad} ไฟล์`, `checked ${files.length} file(s): ${bad} invalid`));
  return bad === 0 ? EXIT.ok : EXIT.invalid;
}

function parseFormats(text: string | undefined, say: (th: string, en: string) => string): Format[] {
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

async function renderCommand(
  files: string[],
  options: RunOptions,
  values: { out?: string | undefined; format?: string | undefined; 'pdf-engine'?: string | undefined },
  io: Io,
): Promise<number> {
  const say = (th: string, en: string) => (options.lang === 'th' ? th : en);
  const formats = parseFormats(values.format, say);
  const engine = values['pdf-engine'] ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'libreoffice') {
    throw new UsageError(say(`--pdf-engine ต้องเป็น builtin หรือ libreoffice`, `--pdf-engine must be builtin or libreoffice`));
  }
  const outDir = values.out ?? 'out';
  let bad = 0;
  for (const file of files) {
    const result = await renderMeetingFile(file, { ...options, outDir, formats, pdfEngine: engine });
    printAll(result.diagnostics, options.lang, io, options.strict);
    if (!result.ok) {
      bad++;
      continue;
    }
    for (const output of result.outputs) io.out(say(`เขียน ${output}`, `wrote ${output}`));
  }
  if (bad > 0) io.err(say(`สร้างเอกสารไม่สำเร็จ ${bad} จาก ${files.length} ไฟล์ (ไม่มีการเขียนไฟล์ของการประชุมที่มีข้อผิดพลาด)`, `${bad} of ${files.length} file(s) failed (nothing written for them)`));
  return bad === 0 ? EXIT.ok : EXIT.invalid;
}

function newCommand(paths: string[], force: boolean, lang: Lang, io: Io): number {
  const say = (th: string, en: string) => (lang === 'th' ? th : en);
  if (paths.length > 1) throw new UsageError(say('minutes new รับชื่อไฟล์ได้ไฟล์เดียว', 'minutes new takes one file name'));
  const text = newMeetingYaml();
  const target = paths[0];
  if (target === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  if (existsSync(target) && !force) {
    throw new UsageError(say(`มีไฟล์ ${target} อยู่แล้ว (ใช้ --force เพื่อเขียนทับ)`, `${target} exists (use --force to overwrite)`));
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  writeFileSync(target, text);
  io.out(say(`สร้าง ${target} แล้ว แก้ข้อมูลในวงเล็บ แล้วสั่ง minutes validate ${target}`, `created ${target}; fill it in, then run minutes validate ${target}`));
  return EXIT.ok;
}
