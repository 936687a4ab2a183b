// `minutes watch <file|dir>... [render options]`: renders, then renders again whenever a meeting,
// a photo, a template, the year data, the configuration or a file it names (emblem, fonts, word
// list) changes. Each round runs `render` in this process, warm: the session forgets only what
// was made from the files that changed (or from files it does not watch), and a round renders
// only the meetings made from a changed file; a change to anything else (a template, the year
// data, the configuration, a meeting added or removed) plans every meeting again, and the
// manifest makes it render only what changed. Ctrl-C (or SIGTERM) stops it with exit 130, after
// the round in progress has finished writing.
import { existsSync, lstatSync, readdirSync, statSync, watch as watchPath, type Dirent, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { INDEX_NAME } from '../archive/archive-index.js';
import type { MeetingOutcome } from '../archive/render-archive.js';
import { officeFilesOf } from '../pipeline/render-file.js';
import { formatWorker, type FormatWorker } from '../archive/renderers.js';
import { changesOf, session } from '../session.js';
import { expandPaths, parseFormats, projectOf, type CommandContext } from './context.js';
import { EXIT, UsageError } from './io.js';
import { renderCommand } from './render-command.js';

/**
 * Editors save in bursts (write, rename, chmod) within a few milliseconds: one round after the
 * last event. A round started inside a slower burst only costs another round after it (events
 * during a round start one more), never a wrong output: 10 ms, a tenth of the 100 ms a round has.
 */
const DEBOUNCE_MS = 10;

export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Files an editor or minutes itself writes beside the real ones (any part of the path hidden): never a reason to render. */
export function ignored(name: string): boolean {
  return name.split(/[\\/]/).some((part) => part.startsWith('.') || part.endsWith('~') || part.endsWith('.swp') || part.endsWith('.tmp'));
}

/**
 * What a render writes into the output folder: its documents and the index. Only these are ignored
 * there, so `--out` may be the watched folder itself, or a folder above it (issue 13, item 15:
 * every event inside it was ignored, and the watch never rendered again).
 */
export function isOutput(outDir: string, path: string): boolean {
  if (!inside(outDir, path)) return false;
  return ['.docx', '.pdf'].includes(extname(path).toLowerCase()) || basename(path) === INDEX_NAME;
}

/**
 * Node 20's recursive watch on Linux is a JavaScript walk that watches each file of the tree: once
 * an editor has replaced a file (sed -i, vim, most editors' safe save: a new file renamed over the
 * old one), that file's watch is gone, and after a few such saves the folder's own events stop as
 * well (seen: five saves of one meeting by `sed -i`, events for the first only; a clerk's archive
 * rendered only the first save of each file). Watching a folder itself reports every entry made,
 * replaced or changed in it, so on Linux each folder of the tree gets a watch of its own. macOS
 * and Windows watch a tree natively, and a watch per folder on Windows would keep the folders
 * from being renamed or deleted.
 */
const FOLDER_BY_FOLDER = process.platform === 'linux';

/**
 * One watched file or folder. A file is watched through its folder: editors replace a file on
 * save, which ends a watch on the file itself. The folder's parent is watched too, for the folder's
 * own name: a folder deleted and made again (a `git checkout`, a restored copy) is a new folder,
 * which the old watch never hears of, so the watch is opened again on it.
 */
class Watched {
  /** The watches of the target's folder and, for a watched folder, of every folder under it. */
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly parent: FSWatcher | null;
  private readonly isDir: boolean;
  private readonly dir: string;

  constructor(
    private readonly target: string,
    private readonly onChange: (path: string) => void,
  ) {
    this.isDir = statSync(target).isDirectory();
    this.dir = this.isDir ? target : dirname(target);
    this.open();
    const up = dirname(this.dir);
    this.parent = up === this.dir ? null : this.tryWatch(up, false, (name) => {
      if (name === null || name === basename(this.dir)) {
        this.reopen();
        this.onChange(this.dir);
      }
    });
  }

  private tryWatch(dir: string, recursive: boolean, listener: (name: string | null) => void): FSWatcher | null {
    try {
      const watcher = watchPath(dir, { recursive }, (_event, name) => listener(name === null ? null : String(name)));
      // A watched folder removed (EPERM on Windows) ends its watch: the parent's watch opens it again.
      watcher.on('error', () => this.reopen());
      return watcher;
    } catch {
      return null; // not there now; the parent's watch sees it come back
    }
  }

  private open(): void {
    if (this.isDir && FOLDER_BY_FOLDER) {
      this.openFolder(this.dir);
      return;
    }
    const watcher = this.tryWatch(this.dir, this.isDir, (name) => {
      const path = name === null ? this.dir : join(this.dir, name);
      if (!this.isDir && name !== null && resolve(path) !== this.target) return;
      this.onChange(path);
    });
    if (watcher !== null) this.watchers.set(this.dir, watcher);
  }

  /** Watches `dir` and every folder under it (not through symbolic links, which could loop). */
  private openFolder(dir: string): void {
    if (this.watchers.has(dir)) return;
    const watcher = this.tryWatch(dir, false, (name) => {
      const path = name === null ? dir : join(dir, name);
      if (name !== null) this.follow(path);
      this.onChange(path);
    });
    if (watcher === null) return;
    this.watchers.set(dir, watcher);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // gone again: its parent's watch reports that
    }
    for (const entry of entries) if (entry.isDirectory()) this.openFolder(join(dir, entry.name));
  }

  /** After an event for `path` in a watched folder: a folder made or moved in is watched; one gone is not. */
  private follow(path: string): void {
    let folder = false;
    try {
      folder = lstatSync(path).isDirectory();
    } catch {
      folder = false;
    }
    if (folder) {
      this.openFolder(path);
      return;
    }
    for (const [dir, watcher] of this.watchers) {
      if (dir === path || dir.startsWith(`${path}${sep}`)) {
        watcher.close();
        this.watchers.delete(dir);
      }
    }
  }

  private closeWatchers(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private reopen(): void {
    this.closeWatchers();
    this.open();
  }

  close(): void {
    this.closeWatchers();
    this.parent?.close();
  }
}

export interface WatchControl {
  /** Ends the watch once the round in progress is done. */
  signal: AbortSignal;
  /** After each round, with its number (1 is the first render) and its exit code. */
  afterRound?: (round: number, code: number) => void;
}

/** What the last rounds learnt of the meetings: which files each was made from, and which failed. */
class MeetingInputs {
  /** The meeting files as the last full listing found them (resolved). */
  private listed = new Set<string>();
  /** By resolved meeting file: the resolved files it was made from, when it loaded. */
  private readonly inputs = new Map<string, Set<string>>();
  private readonly failed = new Set<string>();

  learn(all: readonly string[], outcomes: readonly MeetingOutcome[], full: boolean): void {
    if (full) this.listed = new Set(all.map((f) => resolve(f)));
    for (const o of outcomes) {
      const file = resolve(o.file);
      if (o.inputs === undefined) this.inputs.delete(file);
      else this.inputs.set(file, new Set([file, ...o.inputs.map((i) => resolve(i))]));
      if (o.status === 'failed') this.failed.add(file);
      else this.failed.delete(file);
    }
  }

  /**
   * The meetings a round must render after `changed`: those made from a changed file, and those
   * that failed last time (what they lacked may have come). Null: every meeting, because a change
   * is not one of the known meetings' files (a template, the year data, the configuration, a
   * folder, a photo no meeting has read) or the listing is not what it was (a meeting added,
   * removed or renamed may be another's earlier meeting).
   */
  affected(all: readonly string[], changed: ReadonlySet<string>): string[] | null {
    if (this.listed.size === 0 || all.length !== this.listed.size || !all.every((f) => this.listed.has(resolve(f)))) return null;
    const hit = new Set<string>(this.failed);
    for (const path of changed) {
      let known = false;
      for (const [file, inputs] of this.inputs) {
        if (!inputs.has(path)) continue;
        known = true;
        hit.add(file);
      }
      if (!known) return null;
    }
    return all.filter((f) => hit.has(resolve(f)));
  }
}

/** Watches until `control.signal` aborts; resolves when the last round has finished. */
export async function watch(ctx: CommandContext, control: WatchControl): Promise<void> {
  const { io, say, values } = ctx;
  expandPaths(ctx.paths, say); // the same usage errors as render
  const project = projectOf(values, say);
  const outDir = resolve(values.out ?? 'out');
  const config = project.configFile;
  // The files the configuration names (emblem, fonts, word list) join the watch as each round's
  // render loads the configuration.
  const targets = [...ctx.paths, project.templatesDir, project.dataDir, ...(config === null ? [] : [config])]
    .filter((p) => existsSync(p))
    .map((p) => resolve(p));
  // What was watched when the last round began: a file that joined the watch later (a font the
  // configuration named) was read before its changes were heard, so what was made from it is not kept.
  let watchedBefore: string[] = [];
  const meetings = new MeetingInputs();
  // DOCX and PDF: the PDF of a meeting rendered here is written in a worker thread kept warm,
  // while this thread writes the DOCX. Started now, it loads while the first round renders.
  const formats = (() => {
    try {
      return parseFormats(values.format, say);
    } catch {
      return []; // said by each round's render
    }
  })();
  const pdfWriter: FormatWorker | null = formats.includes('docx') && formats.includes('pdf') && (values['pdf-engine'] ?? 'builtin') === 'builtin' ? formatWorker() : null;

  let round = 0;
  let running: Promise<void> | null = null;
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let officeFiles: string[] = [];

  const runRound = async (): Promise<void> => {
    const these = changed;
    changed = new Set();
    round++;
    // What was made from a changed file, or from one not watched, is read again; the rest
    // (compiled templates, year data, the configuration and its fonts) and what the tool itself
    // loaded (its fonts, HarfBuzz) stay warm.
    const changes = { paths: [...these], targets: watchedBefore };
    if (round === 1) session().reset();
    else {
      session().reset(changesOf(changes));
      pdfWriter?.reset(changes);
    }
    watchedBefore = [...targets];
    let all: string[] | null = null;
    let files: string[] | null = null;
    try {
      all = expandPaths(ctx.paths, say);
      files = round === 1 ? null : meetings.affected(all, these);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
    }
    // A save of one or two meetings renders here, warm, in a few tens of milliseconds; worker
    // threads, which start cold (~0.3 s each), only for the first render and wider changes.
    const few = files !== null && files.length <= 2;
    const roundValues = few && values.jobs === undefined ? { ...values, jobs: '1' } : values;
    let code: number;
    try {
      code = files !== null && files.length === 0 ? EXIT.ok : await renderCommand({ ...ctx, values: roundValues }, {
        ...(files === null ? {} : { files }),
        options: (options) => (officeFiles = officeFilesOf(options.office)),
        ...(pdfWriter === null ? {} : { write: pdfWriter.write }),
        result: (result) => meetings.learn(all ?? [], result.outcomes, files === null),
      });
    } catch (error) {
      // A folder emptied or removed for a moment (a checkout): said, and the watch goes on.
      if (!(error instanceof UsageError)) throw error;
      io.err(`minutes: ${error.message}`);
      code = EXIT.usage;
    }
    // A configuration saved with a new emblem, font or word list: that file is watched from now on.
    for (const file of officeFiles) {
      if (targets.includes(file) || !existsSync(file)) continue;
      targets.push(file);
      watched.push(new Watched(file, onChange));
    }
    control.afterRound?.(round, code);
    if (!control.signal.aborted) io.out(say('รอการแก้ไข… (Ctrl-C เพื่อหยุด)', 'watching for changes… (Ctrl-C to stop)'));
  };
  const start = () => {
    if (control.signal.aborted) return;
    if (running !== null) {
      // Saved during a round: another round once this one is done.
      void running.then(() => schedule());
      return;
    }
    running = runRound().finally(() => {
      running = null;
    });
  };
  const schedule = () => {
    if (changed.size === 0 || control.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(start, DEBOUNCE_MS);
  };
  const onChange = (path: string) => {
    if (ignored(basename(path)) || hiddenUnder(targets, path) || isOutput(outDir, path)) return;
    changed.add(resolve(path));
    schedule();
  };
  const watched = targets.map((target) => new Watched(target, onChange));
  changed.add('');
  start();
  await new Promise<void>((done) => {
    if (control.signal.aborted) done();
    else control.signal.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watched) w.close();
  while (running !== null) await running;
  await pdfWriter?.close();
}

/** A path with a hidden part (.git, .backup, an editor's .swp) below one of the watched targets. */
function hiddenUnder(targets: readonly string[], path: string): boolean {
  const target = targets.find((t) => inside(t, path));
  return target !== undefined && ignored(relative(target, path));
}

export async function watchCommand(ctx: CommandContext): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await watch(ctx, { signal: controller.signal });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  // Stopped by Ctrl-C or a kill, as render reports an interrupted run (README: 130).
  return EXIT.interrupted;
}
