// argv → command → exit code. Thin: the work is in pipeline/ and archive/.
// Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error, 130 interrupted.
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import type { Lang } from '../i18n/messages.js';
import { toolVersion } from '../archive/hash.js';
import { KINDS } from '../kinds/index.js';
import type { Command, CommandContext } from './context.js';
import { helpText } from './help.js';
import { writeFailure } from '../archive/write-failure.js';
import { Reporter } from '../i18n/reporter.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { OutputWriteError } from '../pipeline/write-atomic.js';
import { printAll } from './context.js';
import { visible } from './print-diagnostics.js';
import { defaultIo, EXIT, UsageError, type Io } from './io.js';

export { EXIT } from './io.js';

/**
 * Every command, by name: adding one is a line here and a file beside this one. Each loads when
 * it runs, so a command starts only what it uses (`validate` neither the render nor `init`'s files).
 */
const COMMANDS: Record<string, Command> = {
  validate: async (ctx) => (await import('./validate-command.js')).validateCommand(ctx),
  render: async (ctx) => (await import('./render-command.js')).renderCommand(ctx),
  watch: async (ctx) => (await import('./watch-command.js')).watchCommand(ctx),
  new: async (ctx) => (await import('./new-command.js')).newCommand(ctx),
  register: async (ctx) => (await import('./register-command.js')).registerCommand(ctx),
  init: async (ctx) => (await import('./init-command.js')).initCommand(ctx),
};

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  'pdf-engine': { type: 'string' },
  strict: { type: 'boolean' },
  config: { type: 'string' },
  templates: { type: 'string' },
  force: { type: 'boolean' },
  check: { type: 'boolean' },
  json: { type: 'boolean' },
  jobs: { type: 'string' },
  kind: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** parseArgs's complaint in the user's language, with the option a misspelt one was probably meant to be. */
function optionError(error: Error & { code?: string }, say: (th: string, en: string) => string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const names = Object.keys(OPTIONS).map((name) => `--${name}`);
    const guess = closest(unknown.split('=')[0] as string, names);
    const near = distance(unknown, guess) <= 2;
    return say(
      `ไม่รู้จักตัวเลือก ${unknown}${near ? ` หมายถึง ${guess} หรือไม่?` : ''}`,
      `unknown option ${unknown}${near ? `: did you mean ${guess}?` : ''}`,
    );
  }
  const missing = /^Option '([^' ]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missing === '--kind') return say(`ตัวเลือก --kind ต้องมีชนิดเอกสารตามหลัง: ${KINDS.join(', ')}`, `option --kind needs a document kind: ${KINDS.join(', ')}`);
  if (missing !== undefined) return say(`ตัวเลือก ${missing} ต้องมีค่าตามหลัง`, `option ${missing} needs a value`);
  const noValue = /^Option '([^']+)' does not take an argument/.exec(error.message)?.[1];
  if (noValue !== undefined) return say(`ตัวเลือก ${noValue} ไม่รับค่า`, `option ${noValue} takes no value`);
  return say(`ตัวเลือกไม่ถูกต้อง: ${error.message}`, error.message);
}

/**
 * `minutes render … | head`: the reader goes away and the next write fails with EPIPE, which
 * Node raises as an unhandled 'error' event with a stack trace (issue 13, 13). Like git or
 * grep, stop quietly: every file written so far is whole, and the manifest says so.
 */
function quietBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang: Lang = langOf(argv);
  const say = (th: string, en: string) => (lang === 'th' ? th : en);
  if (io === defaultIo) quietBrokenPipe();
  try {
    return await run(argv, lang, io);
  } catch (error) {
    if (error instanceof OutputWriteError) {
      // An output that could not be written outside a batch's own handling: the user's to fix.
      const diagnostics: Diagnostic[] = [];
      writeFailure(error, new Reporter(error.path, lang, diagnostics), error.path);
      printAll(diagnostics, lang, io, false);
      return EXIT.invalid;
    }
    if (error instanceof UsageError) {
      io.err(`minutes: ${error.message}`);
      io.err(say('ดูวิธีใช้: minutes --help', 'see: minutes --help'));
      return EXIT.usage;
    }
    // A bug of ours: say so plainly, without a stack trace unless asked for.
    io.err(visible(say(`minutes: ข้อผิดพลาดภายในโปรแกรม: ${firstLine(error)}`, `minutes: internal error: ${firstLine(error)}`)));
    if (process.env['MINUTES_DEBUG'] === '1') io.err(String((error as { workerStack?: string }).workerStack ?? (error as Error).stack));
    else io.err(say('กรุณาแจ้งผู้ดูแลระบบ พร้อมไฟล์ที่ใช้ (ตั้ง MINUTES_DEBUG=1 เพื่อดูรายละเอียด)', 'please report it with the input file (MINUTES_DEBUG=1 shows details)'));
    return EXIT.internal;
  }
}

/** The message alone: a trace (a worker's too) is printed only with MINUTES_DEBUG=1. */
function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] as string;
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
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(optionError(error as Error & { code?: string }, say));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== 'th' && values.lang !== 'en') {
    throw new UsageError(say(`--lang ต้องเป็น th หรือ en`, `--lang must be th or en`));
  }
  const [name, ...paths] = positionals;
  if (values.version) {
    io.out(toolVersion());
    return EXIT.ok;
  }
  if (values.help || name === undefined || name === 'help') {
    io.out(helpText(lang));
    return name === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    // A misspelt command (rendr, valdiate) gets the one it was probably meant to be.
    const guess = closest(name, Object.keys(COMMANDS));
    const near = distance(name.toLowerCase(), guess) <= Math.max(1, Math.floor(guess.length / 3));
    throw new UsageError(near
      ? say(`ไม่รู้จักคำสั่ง "${name}" หมายถึง "minutes ${guess}" หรือไม่?`, `unknown command "${name}": did you mean "minutes ${guess}"?`)
      : say(`ไม่รู้จักคำสั่ง "${name}" คำสั่งที่มี: ${Object.keys(COMMANDS).join(', ')}`, `unknown command "${name}"; the commands are: ${Object.keys(COMMANDS).join(', ')}`));
  }
  const ctx: CommandContext = { paths, values, argv, lang, say, io };
  return command(ctx);
}
