// `minutes watch <file|dir>... [render options]`: renders, then renders again whenever a meeting,
// a photo, a template, the year data or the configuration changes. Each round is a fresh
// `minutes render` process: it reads every file as it is now (the pipeline caches templates and
// year data for the life of a process), and the manifest makes it render only what changed.
// Ctrl-C stops it (exit 0).
import { spawn } from 'node:child_process';
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import { expandPaths, projectOf, type CommandContext } from './context.js';
import { EXIT } from './io.js';

/** Editors save in bursts (write, rename, chmod): one round after the last event. */
const DEBOUNCE_MS = 150;

/** The command line of each round: `render`, the same paths and options, without `watch`. */
function renderArgs(argv: string[]): string[] {
  const index = argv.indexOf('watch');
  return ['render', ...argv.slice(0, index), ...argv.slice(index + 1)];
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** Files an editor or minutes itself writes beside the real ones: never a reason to render. */
function ignored(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.startsWith('.') || base.endsWith('~') || base.endsWith('.swp') || base.endsWith('.tmp');
}

export async function watchCommand(ctx: CommandContext): Promise<number> {
  const { io, say, values } = ctx;
  expandPaths(ctx.paths, say); // the same usage errors as render
  const project = projectOf(values, say);
  const outDir = resolve(values.out ?? 'out');
  const targets = [...ctx.paths, project.templatesDir, project.dataDir, ...(project.configFile === null ? [] : [project.configFile])]
    .filter((p) => existsSync(p))
    .map((p) => resolve(p));

  let running = false;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'minutes.js'), ...renderArgs(ctx.argv)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (print: (text: string) => void) => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').replace(/\n$/, '').split('\n')) print(line);
    };
    child.stdout.on('data', forward(io.out));
    child.stderr.on('data', forward(io.err));
    child.on('close', () => {
      running = false;
      if (!stopped) io.out(say('รอการแก้ไข… (Ctrl-C เพื่อหยุด)', 'watching for changes… (Ctrl-C to stop)'));
      if (again) {
        again = false;
        round();
      }
    });
  };
  const changed = (dir: string) => (_event: string, name: string | null) => {
    const path = name === null ? dir : join(dir, name);
    if (name !== null && ignored(name)) return;
    if (inside(outDir, path)) return;
    clearTimeout(timer);
    timer = setTimeout(round, DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = targets.map((target) => {
    const isDir = statSync(target).isDirectory();
    // A file is watched through its folder: editors replace a file on save, which ends a watch on the file itself.
    const dir = isDir ? target : dirname(target);
    const onChange = changed(dir);
    return watch(dir, { recursive: isDir }, (event, name) => {
      if (!isDir && name !== null && resolve(dir, name) !== target) return;
      onChange(event, name);
    });
  });
  round();
  await new Promise<void>((done) => {
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
