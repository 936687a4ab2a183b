// `minutes render <file|dir>...`: renders what changed, on every core when there are several
// meetings, with progress and a summary. `--check` writes nothing and exits 1 when the output
// folder is not what a render would make.
import { availableParallelism } from 'node:os';
import { renderArchive, type ArchiveOptions, type ArchiveResult, type MeetingOutcome } from '../archive/render-archive.js';
import { checkOutDir, expandPaths, parseFormats, printAll, runOptionsOf, type CommandContext } from './context.js';
import { visible } from './print-diagnostics.js';
import { EXIT, UsageError, type Say } from './io.js';
import { diagnosticJson, printJson } from './json-report.js';
import { createProgress } from './progress.js';
import type { WriteFormat } from '../pipeline/render-file.js';

function jobsOf(text: string | undefined, say: Say): number {
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(say('--jobs ต้องเป็นจำนวนเต็ม 1–64', '--jobs must be a whole number 1–64'));
  return jobs;
}

/** The options of a render as the command line gives them. */
export function archiveOptionsOf(ctx: CommandContext): { options: ArchiveOptions; configDiagnostics: ArchiveResult['archiveDiagnostics'] } {
  const { values, say } = ctx;
  const formats = parseFormats(values.format, say);
  const engine = values['pdf-engine'] ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'libreoffice') {
    throw new UsageError(say(`--pdf-engine ต้องเป็น builtin หรือ libreoffice`, `--pdf-engine must be builtin or libreoffice`));
  }
  const jobs = jobsOf(values.jobs, say);
  const { options, diagnostics } = runOptionsOf(ctx);
  return {
    options: { ...options, outDir: checkOutDir(values.out ?? 'out', say), formats, pdfEngine: engine, check: values.check === true, force: values.force === true, jobs },
    configDiagnostics: diagnostics,
  };
}

function printOutcome(ctx: CommandContext, options: ArchiveOptions, outcome: MeetingOutcome): void {
  const { io, say } = ctx;
  printAll(outcome.diagnostics, options.lang, io, options.strict);
  for (const { path, backup } of outcome.backups) {
    io.out(visible(say(`เก็บ ${path} ที่แก้ด้วยมือไว้ที่ ${backup} แล้วเขียนทับ`, `kept the hand-edited ${path} as ${backup}, then overwrote it`)));
  }
  // File names are shown, never obeyed: an escape sequence in one must not reach the terminal (issue 13, 5).
  if (!options.check) for (const output of outcome.outputs) io.out(visible(say(`เขียน ${output}`, `wrote ${output}`)));
}

function printSummary(ctx: CommandContext, options: ArchiveOptions, result: ArchiveResult, total: number): void {
  const { io, say } = ctx;
  const { rendered, unchanged, stale, failed } = result.counts;
  if (options.check) {
    const staleFiles = [...result.outcomes.flatMap((o) => (o.status === 'stale' ? o.outputs : [])), ...result.archiveFiles];
    if (staleFiles.length === 0 && failed === 0) {
      io.out(say(`${options.outDir} เป็นปัจจุบัน (ตรวจ ${total} การประชุม)`, `${options.outDir} is up to date (${total} meeting(s) checked)`));
      return;
    }
    io.err(say(`${options.outDir} ไม่เป็นปัจจุบัน: ต้องสร้างใหม่ ${staleFiles.length} ไฟล์${failed > 0 ? ` การประชุมที่มีข้อผิดพลาด ${failed}` : ''}`,
      `${options.outDir} is not up to date: ${staleFiles.length} file(s) to render${failed > 0 ? `, ${failed} meeting(s) with errors` : ''}`));
    for (const file of staleFiles) io.err(visible(`  ${file}`));
    if (stale > 0 || result.archiveFiles.length > 0) io.err(say('สั่ง minutes render แล้ว commit ผลลัพธ์', 'run minutes render and commit the result'));
    return;
  }
  if (result.removedTemps.length > 0) {
    io.err(say(`ลบไฟล์ชั่วคราว ${result.removedTemps.length} ไฟล์ที่ค้างจากการทำงานที่ถูกหยุดกลางคัน`, `removed ${result.removedTemps.length} temporary file(s) left by an interrupted run`));
  }
  if (rendered === 0 && failed === 0 && !result.aborted) {
    io.out(say(`ไม่มีอะไรต้องสร้างใหม่: เอกสารของทั้ง ${unchanged} การประชุมเป็นปัจจุบันแล้ว`, `nothing to render: all ${unchanged} meeting(s) up to date`));
    return;
  }
  const line = say(`สร้างใหม่ ${rendered} ไม่เปลี่ยน ${unchanged} ไม่สำเร็จ ${failed} (จาก ${total} การประชุม)`,
    `rendered ${rendered}, unchanged ${unchanged}, failed ${failed} (of ${total} meeting(s))`);
  if (failed > 0 || result.aborted) io.err(line);
  else io.out(line);
  if (failed > 0) io.err(say('ไม่มีการเขียนไฟล์ของการประชุมที่ไม่สำเร็จ', 'nothing was written for the meetings that failed'));
  if (result.aborted) io.err(say('หยุดก่อนครบทุกไฟล์ (ไฟล์ที่เขียนแล้วสมบูรณ์ทุกไฟล์)', 'stopped before every file was done (every file written is complete)'));
}

function resultJson(options: ArchiveOptions, result: ArchiveResult, total: number, ok: boolean): object {
  return {
    command: options.check ? 'render --check' : 'render',
    ok,
    summary: { files: total, ...result.counts, aborted: result.aborted },
    files: result.outcomes.map((o) => ({
      file: o.file,
      status: o.status,
      outputs: o.outputs,
      ...(o.backups.length === 0 ? {} : { backups: o.backups }),
      diagnostics: o.diagnostics.map((d) => diagnosticJson(d, options.strict, options.lang)),
    })),
    archive: { files: result.archiveFiles, diagnostics: result.archiveDiagnostics.map((d) => diagnosticJson(d, options.strict, options.lang)) },
  };
}

/**
 * Stops the batch on Ctrl-C, a kill or a closed terminal: no meeting starts after it, those
 * rendering in worker threads are dropped at once (renderArchive), the one rendering in this
 * thread (never a heavy one) finishes, nothing is left half written (every write is atomic and
 * journaled in the manifest), exit 130. A second signal exits at once, between two writes. On
 * Windows, Ctrl-C is SIGINT and closing the console window SIGHUP (Node emulates both); SIGTERM is
 * never delivered there, and a process killed from the Task Manager stops like a SIGKILL: the
 * journal covers that too.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function abortOnSignals(): { signal: AbortSignal; release: () => Promise<void> } {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
  };
  for (const name of STOP_SIGNALS) process.on(name, stop);
  return {
    signal: controller.signal,
    release: async () => {
      // A signal that came during the last synchronous stretch of the render (the PDF's layout)
      // waits in libuv until the event loop turns; removing the listeners before that turn would
      // drop it, and the stopped run would exit 0. One turn of the loop delivers it first.
      await new Promise((resolve) => setImmediate(resolve));
      for (const name of STOP_SIGNALS) process.off(name, stop);
    },
  };
}

/** What `minutes watch` asks of a round: which meetings, and what the round loaded and found. */
export interface RenderRound {
  /** The meeting files to render instead of all those the paths name. */
  files?: string[];
  /** The options as loaded (with the office configuration), before anything renders. */
  options?: (options: ArchiveOptions) => void;
  /** The batch's result, when it ran. */
  result?: (result: ArchiveResult) => void;
  /** Where the formats of meetings rendered in this thread are written (the watch's warm worker). */
  write?: WriteFormat;
}

export async function renderCommand(ctx: CommandContext, round: RenderRound = {}): Promise<number> {
  const { io, say } = ctx;
  const files = round.files ?? expandPaths(ctx.paths, say);
  const { options, configDiagnostics } = archiveOptionsOf(ctx);
  round.options?.(options);
  const json = ctx.values.json === true;
  if (configDiagnostics.some((d) => d.severity === 'error')) {
    if (json) printJson(io, { command: 'render', ok: false, configuration: configDiagnostics.map((d) => diagnosticJson(d, options.strict, options.lang)), files: [] });
    else printAll(configDiagnostics, options.lang, io, options.strict);
    return EXIT.invalid;
  }
  if (!json) printAll(configDiagnostics, options.lang, io, options.strict);
  const progress = createProgress(io, files.length, say, !json);
  const { signal, release } = abortOnSignals();
  let result: ArchiveResult;
  try {
    result = await renderArchive(files, { ...options, signal }, {
      progress: (done, total, file) => progress.update(done, total, file),
      outcome: (outcome) => {
        if (json) return;
        progress.clear();
        printOutcome(ctx, options, outcome);
      },
    }, round.write === undefined ? {} : { write: round.write });
  } finally {
    await release();
    progress.clear();
  }
  round.result?.(result);
  const aborted = result.aborted || signal.aborted;
  if (!json) printAll(result.archiveDiagnostics, options.lang, io, options.strict);
  const ok = result.counts.failed === 0 && result.counts.stale === 0 && !result.archiveDiagnostics.some((d) => d.severity === 'error');
  if (json) printJson(io, resultJson(options, { ...result, aborted }, files.length, ok && !aborted));
  else printSummary(ctx, options, { ...result, aborted }, files.length);
  if (aborted) return EXIT.interrupted;
  return ok ? EXIT.ok : EXIT.invalid;
}
